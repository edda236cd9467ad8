/**
 * A block of a sheet seen with rows and columns swapped. A table laid out across (parties as columns, the
 * key and the amounts as rows) is read by the same reader as one laid out down: the reader runs on this view,
 * and its rows are the sheet's columns. Values, formats, formulas, merges and hidden lines swap with them.
 */
import type { RangePos } from '../grid/a1';
import { formatAt, isFormulaAt, type RawValue, type SheetGrid } from '../grid/grid';
import { BLANK, SheetCells } from './cells';

export function swapRange(r: RangePos): RangePos {
  return { top: r.left, left: r.top, bottom: r.right, right: r.bottom };
}

/** The block's cells transposed: the view's (row, col) is the sheet's (col, row). */
export function transposedCells(cells: SheetCells, block: RangePos): SheetCells {
  const grid = cells.grid;
  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: boolean[][] = [];
  for (let c = block.left; c <= block.right; c++) {
    const line: RawValue[] = [];
    const lineFormats: (string | null)[] = [];
    const lineFormulas: boolean[] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      // Blank as the sheet's reader sees it: the rest of a merge, or cells an Excel Table already claimed.
      line.push(cells.kind(r, c) === BLANK ? null : cells.raw(r, c));
      lineFormats.push(formatAt(grid, r, c));
      lineFormulas.push(isFormulaAt(grid, r, c));
    }
    values.push(line);
    formats.push(lineFormats);
    formulas.push(lineFormulas);
  }
  const view: SheetGrid = {
    name: grid.name,
    origin: { row: block.left, col: block.top },
    values,
    formats,
    formulas,
    hiddenRows: grid.hiddenCols ?? [],
    hiddenCols: grid.hiddenRows ?? [],
    merges: (grid.merges ?? []).map(swapRange),
  };
  return new SheetCells(view);
}
