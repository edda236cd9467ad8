/**
 * A column of period labels down the rows: years in order, "1. kvt. 2026", "Q1 2025", "2025/26", with an
 * "I alt"/"Alt i alt" row first or last and at most one unlabelled row at an end. Used to find tables whose
 * periods run down the rows, and to notice a table whose header and first column both hold periods.
 */
import { isNil } from '../../numbers/nil';
import { BLANK, NUMBER, type SheetCells } from '../../reader/cells';
import { isTotalLabel, periodLabel } from '../../reader/labels';

export interface PeriodColumn {
  readonly periods: readonly { readonly row: number; readonly label: string }[];
  /** Rows labelled "I alt", "Alt i alt", "Total" ... in sheet order. */
  readonly totals: readonly number[];
  /** Rows at an end with no label, or (when asked) a label that is no period: a total only by its figures. */
  readonly blanks: readonly number[];
}

/**
 * The periods in `col` over `rows`, or null unless every row is a period, a total or (at an end) blank,
 * there are at least `minPeriods` distinct periods (two unless the caller has other evidence: a one-year
 * table needs its total), and the years in them never go back.
 */
export function periodColumn(
  cells: SheetCells,
  col: number,
  rows: readonly number[],
  minPeriods = 2,
  unknownWords = false,
): PeriodColumn | null {
  const periods: { row: number; label: string }[] = [];
  const totals: number[] = [];
  const blanks: number[] = [];
  // The first row that is none of these rules the column out: the rest are not looked at.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const kind = cells.kind(r, col);
    const raw = cells.raw(r, col);
    const end = i === 0 || i === rows.length - 1;
    if (kind === BLANK || isNil(raw)) {
      if (!end) return null;
      blanks.push(r);
      continue;
    }
    const label = periodLabel(raw);
    if (label !== null) periods.push({ row: r, label });
    else if (kind !== NUMBER && isTotalLabel(cells.text(r, col))) totals.push(r);
    // A word Fordel does not know at an end ("Beregnet", "Hele projektet") may name the total: the caller
    // takes it only when its figures are the sum of the periods.
    else if (kind !== NUMBER && end && unknownWords) blanks.push(r);
    else return null;
  }
  if (periods.length < minPeriods) return null;
  if (new Set(periods.map((p) => normal(p.label))).size < periods.length) return null;
  // Amounts that happen to lie between 2000 and 2100 are not years: years go forward.
  const years = periods.map((p) => yearOf(p.label));
  if (years.every((y) => y !== null)) {
    for (let i = 1; i < years.length; i++) if (years[i]! < years[i - 1]!) return null;
    const plain = periods.every((p) => /^\d{4}$/.test(p.label));
    if (plain && new Set(years).size < years.length) return null;
  }
  return { periods, totals, blanks };
}

function normal(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

function yearOf(label: string): number | null {
  const m = /(?:19|20|21)\d\d/.exec(label);
  return m ? Number(m[0]) : null;
}
