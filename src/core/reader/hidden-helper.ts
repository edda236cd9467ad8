/**
 * A hidden column whose cells are all formulas ("=C3/1000" under "t.kr. (hj.)") is a colleague's helper:
 * worked out from figures the table already shows, and not shown itself. It is no part of what the user
 * checks, so its figures are never judged beside the amounts they come from.
 */
import { isFormulaAt } from '../grid/grid';
import { BLANK, type SheetCells } from './cells';

export function isHiddenHelper(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  if (!(cells.grid.hiddenCols ?? []).includes(col)) return false;
  let filled = 0;
  for (const r of rows) {
    if (cells.kind(r, col) === BLANK) continue;
    if (!isFormulaAt(cells.grid, r, col)) return false;
    filled++;
  }
  return filled > 0;
}
