/**
 * A target list with its results per year across the columns: "Indikator | 2024 | 2025 | 2026 | 2027-mål". The
 * year columns are a time series of actuals, not the periods of a co-financing table: the column beside them is
 * a target ("2027-mål", "Mål 2027"), not their sum. The latest year filled in a row is its result, the first its
 * baseline, and the target's year its deadline when no column gives one.
 */
import { BLANK, type SheetCells } from '../../reader/cells';
import { normalizeLabel, periodLabel } from '../../reader/labels';
import { compare, sum, type Decimal } from '../../decimal/decimal';

/** "2027-mål", "Mål 2027", "Målværdi 2025", "Målsætning for 2027", "Target 2027": a target for a year, with the year. */
const TARGET_WORD = String.raw`(?:maal|maalsaetning|maaltal|maalvaerdi|maalniveau|target)`;
const TARGET_FOR_YEAR = [
  new RegExp(String.raw`^(20\d\d)\s*[-–]?\s*${TARGET_WORD}\b`),
  // "Mål 2025-2027" is a period, not the year a target is due.
  new RegExp(String.raw`^${TARGET_WORD}\s*(?:for|i|in)?\s*(20\d\d)\b(?!\s*[-–/]\s*(?:20)?\d\d)`),
];

export function targetYearOf(header: string): number | null {
  const label = normalizeLabel(header);
  for (const p of TARGET_FOR_YEAR) {
    const m = p.exec(label);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The year a target is due, written after its figure: "2,5 % i 2027", "450 senest i 2027", "30 (2027)". */
const DUE_IN_TARGET = /^(?:\(?\s*(?:i|in|by|senest(?:\s+i)?)\s+)?\(?(20\d\d)\)?$/;

export function dueYearOf(wordsAfterFigure: string | undefined): number | null {
  if (!wordsAfterFigure) return null;
  const m = DUE_IN_TARGET.exec(normalizeLabel(wordsAfterFigure));
  return m ? Number(m[1]) : null;
}

const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const PERIOD = /(?:19|20)\d\d\s*[-–/]\s*\d|\d\s*[-–/]\s*(?:19|20)\d\d/;

/** The one year a baseline column's header gives its figures: "Baseline 2025", "Udgangspunkt (2024)"; not a period. */
export function baselineYearOf(header: string): number | null {
  const label = normalizeLabel(header);
  const years = label.match(YEARS) ?? [];
  return years.length === 1 && !PERIOD.test(label) ? Number(years[0]) : null;
}

export interface Series {
  readonly years: readonly { readonly col: number; readonly year: number }[];
  readonly targetYear: number;
}

/**
 * Year columns (one year each in the header, figures below) left of a target for a later year, which is not
 * their sum in any row: then they are a series of results.
 */
export function findSeries(
  cells: SheetCells,
  headerRow: number,
  left: number,
  targetCol: number,
  rows: readonly number[],
): Series | null {
  const targetYear = targetYearOf(cells.text(headerRow, targetCol));
  if (targetYear === null) return null;
  const years: { col: number; year: number }[] = [];
  for (let c = left; c < targetCol; c++) {
    const label = periodLabel(cells.raw(headerRow, c));
    const year = label !== null && /^\d{4}$/.test(label.trim()) ? Number(label) : null;
    if (year === null || year > targetYear) continue;
    if (!rows.some((r) => cells.isNumeric(r, c))) continue;
    years.push({ col: c, year });
  }
  if (years.length < 2) return null;
  // A column that sums the years in every filled row is their total, whatever its heading says.
  const sums = rows.filter((r) => {
    const target = cells.number(r, targetCol);
    const parts = years.map((y) => cells.number(r, y.col));
    if (target === null || parts.some((p) => p === null)) return false;
    return compare(sum(parts as Decimal[]), target) === 0;
  });
  const filled = rows.filter((r) => cells.kind(r, targetCol) !== BLANK);
  if (filled.length > 0 && sums.length === filled.length) return null;
  return { years, targetYear };
}
