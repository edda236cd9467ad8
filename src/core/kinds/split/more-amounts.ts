/**
 * A split repeated per period: the same key, one amount column per year ("2026", "2027") or per kind of
 * amount. Each column beside the first that follows the key is a split of its own; leaving it unread would
 * pass a wrong amount in 2027 as "Ingen fund".
 */
import type { RangePos } from '../../grid/a1';
import { BLANK, type SheetCells } from '../../reader/cells';
import { isAmountHeader, keyHeaderKind, periodLabel } from '../../reader/labels';
import { isHiddenHelper } from '../../reader/hidden-helper';
import { columnValues, followsKey, isNumericColumn, isRateHeader } from './content';

/** Columns of amounts beside the chosen one that follow the same key, headed by a period or an amount word. */
export function moreAmountColumns(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  dataRows: readonly number[],
  keyCol: number,
  taken: readonly (number | null | undefined)[],
): number[] {
  const keys = columnValues(cells, keyCol, dataRows);
  const out: number[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    if (taken.includes(c) || cells.kind(headerRow, c) === BLANK) continue;
    const h = cells.text(headerRow, c);
    if (isRateHeader(h) || keyHeaderKind(h) === 'population') continue;
    if (periodLabel(cells.raw(headerRow, c)) === null && !isAmountHeader(h)) continue;
    if (!isNumericColumn(cells, c, dataRows) || isHiddenHelper(cells, c, dataRows)) continue;
    if (followsKey(keys, columnValues(cells, c, dataRows))) out.push(c);
  }
  return out;
}
