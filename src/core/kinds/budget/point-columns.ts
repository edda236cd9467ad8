/**
 * A column of amounts written as text with a decimal point ("77.7", "-1592.6"): what an English CSV export
 * becomes when a Danish spreadsheet opens it. One such cell alone is ambiguous on a Danish sheet (the
 * number reader warns), but a whole column where every text amount has one point followed by the same one
 * or two digits cannot be thousands separators (they take three digits): the column is read with the point
 * as decimal sign. Its cells still fall out of Excel's SUM, which the text-amounts rule reports once per
 * column, rather than one warning per cell (26.532 on the finance bill 2016 opened in Danish).
 */
import { parsePlainDecimal, type Decimal } from '../../decimal/decimal';
import type { RawValue } from '../../grid/grid';

/** "77.7", "-1592.6", "0.25": digits, a point, one or two digits. */
const POINT_AMOUNT = /^(-?\d+)\.(\d{1,2})$/;
/** A column needs this many such cells before the point is read as its decimal sign. */
export const MIN_POINT_CELLS = 2;

/**
 * The point-written amounts of one column, by row, or null when the column is not written that way: fewer
 * than MIN_POINT_CELLS of them, a text amount of another form, or different numbers of decimals.
 */
export function pointAmounts(
  rows: readonly number[],
  raw: (row: number) => RawValue,
): Map<number, Decimal> | null {
  const found = new Map<number, Decimal>();
  let places: number | null = null;
  for (const row of rows) {
    const v = raw(row);
    if (typeof v !== 'string' || v.trim() === '') continue;
    const m = POINT_AMOUNT.exec(v.trim().replace(/^\u2212/, '-'));
    if (!m) {
      // Words in a line's amount cell ("-", "ikke opgjort") say nothing about the decimal sign.
      if (/\d/.test(v)) return null;
      continue;
    }
    if (places !== null && m[2].length !== places) return null;
    places = m[2].length;
    const d = parsePlainDecimal(`${m[1]}.${m[2]}`);
    if (d) found.set(row, d);
  }
  return found.size >= MIN_POINT_CELLS ? found : null;
}
