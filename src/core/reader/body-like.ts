/**
 * A header names columns in words over cells of another type (text over figures); a first party or source
 * holds the same types of cell as every line after it: a code, a name, figures. A row that looks like the
 * rows under it is one of them, whatever it says, and so is no header. Whether a number is a code or an
 * amount does not matter here, only that the column below holds the same type.
 */
import type { RangePos } from '../grid/a1';
import { BLANK, NUMBER, NUMTEXT, TEXT, type SheetCells } from './cells';
import { periodLabel } from './labels';

/** How many lines under a row are compared with it. */
const LINES_COMPARED = 4;

type CellType = 'figure' | 'words' | 'other';

function typeOf(cells: SheetCells, row: number, col: number): CellType | null {
  const k = cells.kind(row, col);
  if (k === BLANK) return null;
  if (k === NUMBER || k === NUMTEXT) return 'figure';
  return k === TEXT ? 'words' : 'other';
}

/**
 * The row holds a figure that is no period label, and each of its cells has the type most cells of its column
 * have in the next lines (at least two of them).
 */
export function looksLikeBody(cells: SheetCells, rect: RangePos, row: number): boolean {
  const below: number[] = [];
  for (let r = row + 1; r <= rect.bottom && below.length < LINES_COMPARED; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (cells.kind(r, c) !== BLANK) {
        below.push(r);
        break;
      }
    }
  }
  if (below.length < 2) return false;
  let amount = false;
  for (let c = rect.left; c <= rect.right; c++) {
    const own = typeOf(cells, row, c);
    if (own === null) continue;
    const counts = new Map<CellType, number>();
    for (const r of below) {
      const t = typeOf(cells, r, c);
      if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const filled = [...counts.values()].reduce((s, n) => s + n, 0);
    if (filled === 0 || (counts.get(own) ?? 0) * 2 <= filled) return false;
    if (own === 'figure' && periodLabel(cells.raw(row, c)) === null) amount = true;
  }
  return amount;
}
