/**
 * A scanned worksheet (sheet-scan.ts) as Fordel's grid: the used range of the cells that hold a value or a
 * formula, as one rectangle of values, formats and formula flags, with the sheet's hidden rows and columns,
 * outline, merges and Excel Tables. The same rules as the SheetJS path's grid: a formula without its
 * result reads as NO_RESULT, a number stored as odd text as that text, and a used range too sparse to hold
 * as a rectangle is reported instead.
 */
import type { RangePos } from '../../core/grid/a1';
import { NO_RESULT, type ExcelTableInfo, type RawValue, type SheetGrid } from '../../core/grid/grid';
import type { UnreadSheet } from '../../core/check/unread-sheets';
import type { SheetPart } from './package-parts';
import { FILLED, FORMULA, NO_VALUE, ZERO_OR_EMPTY, type ScannedSheet } from './sheet-scan';
import { tooSparse } from './unread-sheet';

export function scannedGrid(
  name: string,
  sheet: ScannedSheet,
  formats: readonly (string | undefined)[],
  part: SheetPart | undefined,
  hidden: boolean,
  recalcOnOpen: boolean,
): SheetGrid | { unread: UnreadSheet } {
  const { count, rows, cols, styles, flags, values } = sheet;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let filled = 0;
  const widen = (r: number, c: number): void => {
    filled++;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  for (let k = 0; k < count; k++) if (flags[k] & FILLED) widen(rows[k], cols[k]);
  for (const p of sheet.noResult) widen(p.row, p.col);
  const sparse = tooSparse(name, { top, left, bottom, right }, filled);
  if (sparse) return { unread: sparse };
  const height = bottom < 0 ? 0 : bottom - top + 1;
  const width = bottom < 0 ? 0 : right - left + 1;
  const vGrid: RawValue[][] = new Array(height);
  const fGrid: (string | null)[][] = new Array(height);
  const xGrid: boolean[][] = new Array(height);
  // Rows of exactly the grid's width, every cell written, as the SheetJS path makes them.
  for (let r = 0; r < height; r++) {
    const vRow: RawValue[] = new Array(width);
    const fRow: (string | null)[] = new Array(width);
    const xRow: boolean[] = new Array(width);
    for (let c = 0; c < width; c++) {
      vRow[c] = null;
      fRow[c] = 'General';
      xRow[c] = false;
    }
    vGrid[r] = vRow;
    fGrid[r] = fRow;
    xGrid[r] = xRow;
  }
  for (let k = 0; k < count; k++) {
    const r = rows[k] - top;
    const c = cols[k] - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    const f = flags[k];
    const formula = (f & FORMULA) !== 0;
    // A formula's missing result, or its 0/"" placeholder in a workbook that asks for recalculation.
    const unseen = formula && ((f & NO_VALUE) !== 0 || (recalcOnOpen && (f & ZERO_OR_EMPTY) !== 0));
    vGrid[r][c] = unseen ? NO_RESULT : values[k];
    const s = styles[k];
    fGrid[r][c] = (s >= 0 ? formats[s] : undefined) ?? 'General';
    xGrid[r][c] = formula;
  }
  for (const p of sheet.noResult) {
    vGrid[p.row - top][p.col - left] = NO_RESULT;
    xGrid[p.row - top][p.col - left] = true;
  }
  // A number stored as "0x10" or "1e-400" is passed on as its text, never as the 0 the reader made of it.
  for (const odd of sheet.oddNumbers) {
    const line = vGrid[odd.row - top];
    if (line && odd.col >= left && odd.col <= right && !xGrid[odd.row - top][odd.col - left])
      line[odd.col - left] = odd.text;
  }
  const hiddenSet = new Set(sheet.hiddenRows);
  const tables: ExcelTableInfo[] = (part?.tables ?? []).map((t) => {
    let rowsHidden = false;
    for (let r = t.range.top; r <= t.range.bottom && !rowsHidden; r++) rowsHidden = hiddenSet.has(r);
    return { name: t.name, range: t.range, showTotals: t.showTotals, filtered: t.criteria || rowsHidden };
  });
  const merges: RangePos[] = sheet.merges.map((m) => ({ ...m }));
  const empty = bottom < 0;
  return {
    name,
    origin: empty ? { row: 0, col: 0 } : { row: top, col: left },
    values: vGrid,
    formats: fGrid,
    formulas: xGrid,
    hiddenRows: [...sheet.hiddenRows],
    hiddenCols: [...sheet.hiddenCols],
    ...(sheet.outline.length ? { outline: [...sheet.outline] } : {}),
    ...(sheet.indents.length ? { indents: [...sheet.indents] } : {}),
    merges,
    tables,
    protected: part?.protected ?? false,
    hidden,
  };
}
