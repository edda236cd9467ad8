/**
 * One quarter of Danmarks Statistik's table FOLK1A (population on the first day of the quarter) for the
 * 98 municipalities, as stored in data/folk1a.ts. Kept as plain data so the register, the key check and
 * the `population add` tool share one shape.
 */
export interface PopulationQuarter {
  /** ISO date of the count: the first day of the quarter ("2026-01-01"). */
  readonly date: string;
  /** Statistikbanken's name of the period ("2026K1"). */
  readonly period: string;
  /** [municipality code, name as Danmarks Statistik writes it, population]; 98 rows, by code. */
  readonly figures: readonly (readonly [code: string, name: string, population: number])[];
  /**
   * The source's own figure for the whole country. It is a little larger than the sum of the
   * municipalities: Christiansø is counted in the country but belongs to no municipality.
   */
  readonly nation: number;
  /** Where the figures were taken from, for the data's README and the attribution. */
  readonly via: string;
}

/** "2026K1" -> "2026-01-01"; null for anything that is not a quarter. */
export function quarterDate(period: string): string | null {
  const m = /^(\d{4})\s*K([1-4])$/i.exec(period.trim());
  if (!m) return null;
  const month = (Number(m[2]) - 1) * 3 + 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** "2026-01-01" -> "2026K1"; null unless the date is the first day of a quarter. */
export function periodOfDate(date: string): string | null {
  const m = /^(\d{4})-(01|04|07|10)-01$/.exec(date);
  return m ? `${m[1]}K${(Number(m[2]) - 1) / 3 + 1}` : null;
}
