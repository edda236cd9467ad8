/**
 * Fordel writes only into cells it owns: cells that are empty, or that it wrote on an earlier run
 * (recorded in its settings). Everything else belongs to the user and stops the write.
 */
import { a1, parseA1Range, type RangePos } from '../grid/a1';
import { cellAt, isBlank, type SheetGrid } from '../grid/grid';

export interface OwnedRanges {
  has(sheet: string, row: number, col: number): boolean;
}

export function ownedRanges(owned: readonly string[]): OwnedRanges {
  const bySheet = new Map<string, RangePos[]>();
  for (const ref of owned) {
    const bang = ref.lastIndexOf('!');
    if (bang < 0) continue;
    const sheet = unquote(ref.slice(0, bang));
    const range = parseA1Range(ref.slice(bang + 1));
    if (!range) continue;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), range]);
  }
  return {
    has: (sheet, row, col) =>
      (bySheet.get(sheet) ?? []).some(
        (r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right,
      ),
  };
}

/** First cell in the rectangle that holds the user's data, as A1, or null when Fordel may write. */
export function firstForeignCell(
  grid: SheetGrid,
  owned: OwnedRanges,
  top: number,
  left: number,
  rows: number,
  cols: number,
): string | null {
  // Only cells inside the grid can hold anything; clamp to keep this linear in the used range.
  const bottom = Math.min(top + rows - 1, grid.origin.row + grid.values.length - 1);
  const right = Math.min(left + cols - 1, grid.origin.col + (grid.values[0]?.length ?? 0) - 1);
  for (let row = Math.max(top, grid.origin.row); row <= bottom; row++) {
    for (let col = Math.max(left, grid.origin.col); col <= right; col++) {
      if (!isBlank(cellAt(grid, row, col)) && !owned.has(grid.name, row, col)) return a1(row, col);
    }
  }
  return null;
}

/** A copy of the grid with Fordel's own earlier output blanked, so a rerun reads only the user's tables. */
export function withoutOwnedCells(grid: SheetGrid, owned: readonly string[]): SheetGrid {
  const mine = owned.filter((ref) => unquote(ref.slice(0, ref.lastIndexOf('!'))) === grid.name);
  if (!mine.length) return grid;
  const ranges = ownedRanges(mine);
  const values = grid.values.map((line, r) =>
    line.map((v, c) => (ranges.has(grid.name, grid.origin.row + r, grid.origin.col + c) ? null : v)),
  );
  return { ...grid, values };
}

function unquote(s: string): string {
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}
