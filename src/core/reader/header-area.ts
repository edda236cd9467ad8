/**
 * The header area of a table: the header row plus up to two rows above it (and a unit row or a second header
 * line under it), as finance staff type them -
 * a group title merged over the years ("Statslig bevilling (kr.)" over 2021-2024), "I alt" merged down
 * beside it, the label column's heading merged over all rows. A merged title belongs to every column it
 * spans; a column's header is what stands above it in each row of the area, top to bottom. A title line (one
 * piece of text in the left column) is not part of the area.
 */
import type { RangePos } from '../grid/a1';
import { BLANK, TEXT, type SheetCells } from './cells';
import { isSingleTextRow, rowHasContent } from './body';
import { headerBottom } from './sub-header';

/** At most this many rows above the header row belong to its header area. */
const MAX_ROWS_ABOVE = 2;

export interface HeaderArea {
  /** First row of the area (the header row when there is nothing above it). */
  readonly top: number;
  /** The row that holds the periods or column names. */
  readonly headerRow: number;
  /** Last row of the area: the header row, or a unit row or second header line under it. */
  readonly bottom: number;
  /** The texts above a column in the area, top to bottom, without repeats from a merge. */
  texts(col: number): string[];
  /** The texts joined, as a person reads the column's header. */
  text(col: number): string;
}

export function headerArea(cells: SheetCells, rect: RangePos, headerRow: number): HeaderArea {
  const merges = (cells.grid.merges ?? []).filter(
    (m) => m.bottom >= rect.top && m.top <= headerRow + 2 && m.right >= rect.left && m.left <= rect.right,
  );
  let top = headerRow;
  for (let r = headerRow - 1; r >= rect.top && headerRow - r <= MAX_ROWS_ABOVE; r--) {
    if (!isHeaderLine(cells, rect, r, merges)) break;
    top = r;
  }
  // What a cell shows: its own text, or the text of the merge it lies in (Excel keeps it top-left).
  const shown = (row: number, col: number): string => {
    const own = cells.kind(row, col) === BLANK ? '' : cells.text(row, col);
    if (own !== '') return own;
    const m = merges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
    return m ? cells.text(m.top, m.left) : '';
  };
  // Unit rows and second header lines under the header row are part of it too.
  const bottom = headerBottom(cells, rect, headerRow);
  // A hidden line in the area ("tjekket" ticks of a helper column, turned on its side) names nothing the
  // user sees: it is left out of the columns' names.
  const hidden = new Set(cells.grid.hiddenRows ?? []);
  const cache = new Map<number, string[]>();
  const texts = (col: number): string[] => {
    let out = cache.get(col);
    if (out) return out;
    out = [];
    for (let r = top; r <= bottom; r++) {
      if (r !== headerRow && hidden.has(r)) continue;
      const t = shown(r, col);
      if (t !== '' && out[out.length - 1] !== t) out.push(t);
    }
    cache.set(col, out);
    return out;
  };
  return { top, headerRow, bottom, texts, text: (col) => texts(col).join(' ') };
}

/**
 * A row above the header that is part of its header: texts only (no numbers), and not a title line - one
 * text in the left column, unless a merge carries it down to the header row.
 */
function isHeaderLine(cells: SheetCells, rect: RangePos, row: number, merges: readonly RangePos[]): boolean {
  if (!rowHasContent(cells, row, rect.left, rect.right)) return false;
  for (let c = rect.left; c <= rect.right; c++) {
    const k = cells.kind(row, c);
    if (k !== BLANK && k !== TEXT) return false;
  }
  if (!isSingleTextRow(cells, row, rect.left, rect.right)) return true;
  if (cells.kind(row, rect.left) !== TEXT) return true;
  // One text at the left: a title, unless it is a merge down over the header (the label column's heading)
  // or a group title merged over part of the row only.
  return merges.some(
    (m) =>
      m.top === row &&
      m.left === rect.left &&
      (m.bottom > row || (m.right > m.left && m.right < rect.right && cells.text(row, rect.left) !== '')),
  );
}
