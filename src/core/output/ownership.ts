/**
 * Which cells are Fordel's. Fordel writes its columns beside a table under a header that starts with
 * "Fordel:". A cell is Fordel's to (re)write when it is empty, or when it sits under such a header and
 * holds what Fordel writes there (a number or a status word). Anything else is the user's: text typed
 * into Fordel's column, a column the user inserted, a row that grew into the output. Judging by content
 * rather than by remembered positions keeps this right when the user inserts rows or columns.
 */
import { a1 } from '../grid/a1';
import { cellAt, isBlank, type RawValue, type SheetGrid } from '../grid/grid';

const HEADER = /^Fordel:/;

/** Status words Fordel writes, in both languages. */
const STATUS_WORDS = new Set(
  [
    'OK',
    'Fejl',
    'Advarsel',
    'Error',
    'Warning',
    'Nået',
    'På vej',
    'I fare',
    'Ikke nået',
    'Ingen data',
    'Met',
    'On track',
    'At risk',
    'Not met',
    'No data',
  ].map((s) => s.toLowerCase()),
);

export function isFordelHeader(v: RawValue): boolean {
  // Every cell of a sheet is asked: most hold no "Fordel:" at all and need no trimmed copy.
  return typeof v === 'string' && v.includes('Fordel:') && HEADER.test(v.trim());
}

export function looksLikeOutput(v: RawValue): boolean {
  return (
    isBlank(v) ||
    typeof v === 'number' ||
    (typeof v === 'string' && (STATUS_WORDS.has(v.trim().toLowerCase()) || isFordelHeader(v)))
  );
}

/**
 * First cell of the rectangle that holds the user's data, as A1, or null when Fordel may write.
 * headerRow is the table's header row, where Fordel's column headers stand.
 */
export function firstForeignCell(
  grid: SheetGrid,
  headerRow: number,
  top: number,
  left: number,
  rows: number,
  cols: number,
): string | null {
  // Only cells inside the grid can hold anything; clamping keeps this linear in the used range.
  const bottom = Math.min(top + rows - 1, grid.origin.row + grid.values.length - 1);
  const right = Math.min(left + cols - 1, grid.origin.col + (grid.values[0]?.length ?? 0) - 1);
  for (let col = Math.max(left, grid.origin.col); col <= right; col++) {
    const ours = isFordelHeader(cellAt(grid, headerRow, col));
    for (let row = Math.max(top, grid.origin.row); row <= bottom; row++) {
      const v = cellAt(grid, row, col);
      if (isBlank(v) || (ours && looksLikeOutput(v))) continue;
      return a1(row, col);
    }
  }
  return null;
}

/**
 * A copy of the grid without Fordel's own columns from an earlier run, so a rerun reads only the
 * user's tables. Under each "Fordel:" header, cells are blanked while they look like Fordel's output or
 * stand beside a table row; text the user typed there is then caught by firstForeignCell on writing.
 */
export function withoutFordelColumns(grid: SheetGrid): SheetGrid {
  let values: RawValue[][] | null = null;
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r];
    for (let c = 0; c < line.length; c++) {
      if (!isFordelHeader(line[c])) continue;
      const copy = (values ??= grid.values.map((l) => [...l]));
      const beside = (i: number) => c > 0 && !isBlank(grid.values[i][c - 1]);
      for (let i = r; i < copy.length && (looksLikeOutput(copy[i][c]) || beside(i)); i++) copy[i][c] = null;
    }
  }
  return values ? { ...grid, values } : grid;
}
