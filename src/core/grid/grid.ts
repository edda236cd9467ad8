/**
 * The one picture of a sheet that every part of Fordel shares: cell values as Excel gives them,
 * plus what is known of formats, formulas, hidden rows, merges and Excel Tables. Adapters (Office.js,
 * ExcelJS, the in-memory fake) fill it; the reader and the rules only ever see this.
 */
import type { RangePos } from './a1';

/** A formula error as Excel shows it: '#REF!', '#DIV/0!', '#N/A', '#VALUE!', ... */
export interface CellError {
  readonly error: string;
  /**
   * A formula saved without its result (by a tool that does not calculate, or with 0 in its place and a
   * recalculation asked for on opening): the file does not hold the value Excel would show.
   */
  readonly noResult?: true;
}

/** The value of a formula whose result the file does not hold. */
export const NO_RESULT: CellError = Object.freeze({ error: '', noResult: true as const });

export function isNoResult(v: RawValue): boolean {
  return isCellError(v) && v.noResult === true;
}

/** Dates arrive as Excel serial numbers; the number format tells them apart. */
export type RawValue = number | string | boolean | null | CellError;

export interface ExcelTableInfo {
  readonly name: string;
  /** Whole table including header (and total row if shown), absolute 0-based. */
  readonly range: RangePos;
  readonly showTotals: boolean;
  /** True when an AutoFilter on the table hides rows or has criteria set. */
  readonly filtered: boolean;
}

export interface SheetGrid {
  readonly name: string;
  /** Absolute 0-based position of values[0][0] (the used range's top-left). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Rectangular: every row has the same length. */
  readonly values: RawValue[][];
  /** Number format per cell ('General', '#,##0', '0.0%', 'dd-mm-yyyy', ...) where known. */
  readonly formats?: (string | null)[][];
  /** True where the cell holds a formula (the value above is its last result). */
  readonly formulas?: boolean[][];
  readonly hiddenRows?: readonly number[];
  /** Rows grouped by Excel's outline (Data > Group), absolute 0-based, with their level (1-7). */
  readonly outline?: readonly { readonly row: number; readonly level: number }[];
  /** Cells indented by their format (Increase Indent), absolute 0-based, with the indent (1-250). */
  readonly indents?: readonly { readonly row: number; readonly col: number; readonly indent: number }[];
  readonly hiddenCols?: readonly number[];
  readonly merges?: readonly RangePos[];
  readonly tables?: readonly ExcelTableInfo[];
  /** Sheet protection is on: Fordel will not write into it. */
  readonly protected?: boolean;
  /** Sheet is hidden or very hidden (Fordel's own settings sheet is). */
  readonly hidden?: boolean;
}

export function isCellError(v: RawValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isBlank(v: RawValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Value at an absolute position, null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): RawValue {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0 || r >= grid.values.length) return null;
  const line = grid.values[r];
  return c < line.length ? line[c] : null;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | null {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  return grid.formats?.[r]?.[c] ?? null;
}

export function isFormulaAt(grid: SheetGrid, row: number, col: number): boolean {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  return grid.formulas?.[r]?.[c] ?? false;
}

/** Absolute bounds of the grid (inclusive), or null for an empty sheet. */
export function gridBounds(grid: SheetGrid): RangePos | null {
  const rows = grid.values.length;
  const cols = rows ? grid.values[0].length : 0;
  if (!rows || !cols) return null;
  return {
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + rows - 1,
    right: grid.origin.col + cols - 1,
  };
}

/** Builds a grid from rows of values (test and fixture helper; pads rows to one width). */
export function gridFromRows(name: string, rows: RawValue[][], origin = { row: 0, col: 0 }): SheetGrid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name,
    origin,
    values: rows.map((r) =>
      r.length === width ? r : [...r, ...Array<RawValue>(width - r.length).fill(null)],
    ),
  };
}
