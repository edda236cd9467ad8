/**
 * Rows under a table's header that still belong to it: a row of units ("kr." or "t.kr." under each year), or a
 * second header line ("Indbyggere | Beløb (kr.)" under a merged "Fordeling efter indbyggertal"; "1. jan. 2025"
 * under "Indbyggere"). They hold text where the data below holds numbers, and nothing in the label column.
 */
import type { RangePos } from '../grid/a1';
import { BLANK, NUMBER, NUMTEXT, TEXT, type SheetCells } from './cells';
import { normalizeLabel } from './labels';

/** At most this many rows under the header row belong to the header. */
const MAX_SUB_ROWS = 2;

/** A unit written under each column instead of a number: "kr.", "t.kr.", "mio. kr.", "%", "antal". */
export function isUnitText(text: string): boolean {
  const label = normalizeLabel(text).replace(/^\((.*)\)$/, '$1');
  return /^(?:i\s+)?(?:kr\.?|kroner|dkk|eur|euro|€|t\.?\s?kr\.?|tkr\.?|1\.?000\s?kr\.?|mio\.?\s?kr\.?|mia\.?\s?kr\.?|%|pct\.?|procent|antal|stk\.?|personer|timer|enhed|unit)$/.test(
    label,
  );
}

/**
 * A row of units: every filled cell a unit, at least one of them. "1.000 kr." reads as a number too; under a
 * blank label it is the unit (t.kr.), where a row of data would name its source.
 */
export function isUnitRow(cells: SheetCells, row: number, left: number, right: number): boolean {
  let units = 0;
  const unlabelled = cells.kind(row, left) === BLANK;
  for (let c = left; c <= right; c++) {
    const k = cells.kind(row, c);
    if (k === BLANK) continue;
    if (!(k === TEXT || (k === NUMTEXT && unlabelled)) || !isUnitText(cells.text(row, c))) return false;
    units++;
  }
  return units > 0;
}

/**
 * The last row of the header: the header row, or the unit rows and second header lines right under it. A
 * second header line has text only, none in the label column, and text over a column the next rows fill
 * with numbers.
 */
export function headerBottom(cells: SheetCells, rect: RangePos, headerRow: number): number {
  let bottom = headerRow;
  for (let r = headerRow + 1; r <= rect.bottom && r - headerRow <= MAX_SUB_ROWS; r++) {
    if (isUnitRow(cells, r, rect.left, rect.right) || isSecondHeaderLine(cells, rect, r, headerRow))
      bottom = r;
    else break;
  }
  return bottom;
}

function isSecondHeaderLine(cells: SheetCells, rect: RangePos, row: number, headerRow: number): boolean {
  // The label column's own header may sit on the lower line ("Category" under a blank, as pivot tables
  // lay out "Sum of Cost" under each year).
  // So may the unit, in the corner ("1.000 kr." over the sources' names, read as a number too).
  const labelHere = cells.kind(row, rect.left) !== BLANK;
  const corner = cells.kind(row, rect.left) === TEXT || isUnitText(cells.text(row, rect.left));
  if (labelHere && (cells.kind(headerRow, rect.left) !== BLANK || !corner)) {
    return false;
  }
  const texts: number[] = [];
  for (let c = rect.left + 1; c <= rect.right; c++) {
    const k = cells.kind(row, c);
    if (k === BLANK) continue;
    if (k !== TEXT) return false;
    texts.push(c);
  }
  if (texts.length === 0) return false;
  // The next row with content must hold numbers under the texts: data, not a third header line of words. A
  // row of units right under words that stand under the header's own cells ("t.kr." under "Budget" under the
  // years) is the header's too.
  const underHeader = 2 * texts.filter((c) => cells.kind(headerRow, c) !== BLANK).length > texts.length;
  for (let r = row + 1; r <= rect.bottom; r++) {
    if (texts.every((c) => cells.kind(r, c) === BLANK) && cells.kind(r, rect.left) === BLANK) continue;
    if (r === row + 1 && underHeader && isUnitRow(cells, r, rect.left, rect.right)) continue;
    return texts.some((c) => cells.kind(r, c) === NUMBER || cells.kind(r, c) === NUMTEXT);
  }
  return false;
}
