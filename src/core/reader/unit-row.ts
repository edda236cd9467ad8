/** A row of units under a table's header ("kr." or "t.kr." under each year): part of the header, not data. */
import { BLANK, TEXT, type SheetCells } from './cells';
import { normalizeLabel } from './labels';

/** A unit written under each column instead of a number: "kr.", "t.kr.", "mio. kr.", "%", "antal". */
export function isUnitText(text: string): boolean {
  const label = normalizeLabel(text).replace(/^\((.*)\)$/, '$1');
  return /^(?:i\s+)?(?:kr\.?|kroner|dkk|eur|euro|€|t\.?\s?kr\.?|tkr\.?|1\.?000\s?kr\.?|mio\.?\s?kr\.?|mia\.?\s?kr\.?|%|pct\.?|procent|antal|stk\.?|personer|timer|indbyggere)$/.test(
    label,
  );
}

/** A row of units right under the header: every filled cell a unit, at least one of them. */
export function isUnitRow(cells: SheetCells, row: number, left: number, right: number): boolean {
  let units = 0;
  for (let c = left; c <= right; c++) {
    const k = cells.kind(row, c);
    if (k === BLANK) continue;
    if (k !== TEXT || !isUnitText(cells.text(row, c))) return false;
    units++;
  }
  return units > 0;
}
