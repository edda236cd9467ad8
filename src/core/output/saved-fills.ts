/**
 * Fills Fordel painted over. FordelSettings.fills holds, for every cell Fordel highlights now, the fill
 * it had before Fordel's first highlight there; an entry lives exactly as long as the highlight. So a
 * rerun that still highlights a cell keeps the entry (the fill now there is Fordel's own, not the
 * user's), a rerun that no longer highlights it puts the saved fill back, and the adapter records the
 * fill of every newly highlighted cell just before painting it.
 */
import { a1, a1Range, parseA1Range, type RangePos } from '../grid/a1';
import type { Highlight, SavedFill } from './plan';

export interface CarriedFills {
  /** Entries whose cells are still highlighted: kept in the settings. */
  readonly kept: SavedFill[];
  /** Entries whose cells no longer are: their fills go back. */
  readonly restore: SavedFill[];
}

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** Cell keys of the highlighted cells. */
export function highlightedCells(highlights: readonly Highlight[]): Set<string> {
  const cells = new Set<string>();
  for (const h of highlights) forEachCell(h.range, (r, c) => cells.add(key(h.sheet, r, c)));
  return cells;
}

export function carryFills(previous: readonly SavedFill[], highlights: readonly Highlight[]): CarriedFills {
  const now = highlightedCells(highlights);
  const [kept, restore] = partitionFills(previous, (sheet, row, col) => now.has(key(sheet, row, col)));
  return { kept, restore };
}

/**
 * Splits saved fills by a test on each cell: whole entries where all their cells agree, cell by cell where
 * they do not. A cell listed twice keeps its first entry, the older one.
 */
export function partitionFills(
  fills: readonly SavedFill[],
  test: (sheet: string, row: number, col: number) => boolean,
): [SavedFill[], SavedFill[]] {
  const yes: SavedFill[] = [];
  const no: SavedFill[] = [];
  const seen = new Set<string>();
  for (const fill of fills) {
    const range = parseA1Range(fill.range);
    if (!range) continue;
    const cells: { row: number; col: number; on: boolean }[] = [];
    forEachCell(range, (row, col) => {
      const k = key(fill.sheet, row, col);
      if (seen.has(k)) return;
      seen.add(k);
      cells.push({ row, col, on: test(fill.sheet, row, col) });
    });
    if (cells.length === rangeSize(range) && cells.every((c) => c.on)) yes.push(fill);
    else if (cells.length === rangeSize(range) && cells.every((c) => !c.on)) no.push(fill);
    else
      for (const c of cells)
        (c.on ? yes : no).push({
          sheet: fill.sheet,
          range: a1(c.row, c.col),
          color: fill.color,
          ...rest(fill),
        });
  }
  return [yes, no];
}

/**
 * The highlighted cells that have no saved fill yet, as the highlights' own ranges where all of a range
 * is new, else cell by cell: what an adapter must record before painting.
 */
export function fillsToRecord(
  highlights: readonly Highlight[],
  saved: readonly SavedFill[],
): { sheet: string; range: RangePos }[] {
  const have = new Set<string>();
  for (const f of saved) {
    const range = parseA1Range(f.range);
    if (range) forEachCell(range, (r, c) => have.add(key(f.sheet, r, c)));
  }
  const out: { sheet: string; range: RangePos }[] = [];
  for (const h of highlights) {
    const fresh: { row: number; col: number }[] = [];
    forEachCell(h.range, (row, col) => {
      const k = key(h.sheet, row, col);
      if (have.has(k)) return;
      have.add(k);
      fresh.push({ row, col });
    });
    if (fresh.length === rangeSize(h.range)) out.push({ sheet: h.sheet, range: h.range });
    else
      for (const c of fresh)
        out.push({ sheet: h.sheet, range: { top: c.row, left: c.col, bottom: c.row, right: c.col } });
  }
  return out;
}

export function savedFill(sheet: string, range: RangePos, color: string | null, raw?: string): SavedFill {
  return raw === undefined
    ? { sheet, range: a1Range(range), color }
    : { sheet, range: a1Range(range), color, raw };
}

function rest(fill: SavedFill): { raw?: string } {
  return fill.raw === undefined ? {} : { raw: fill.raw };
}

function rangeSize(r: RangePos): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function forEachCell(range: RangePos, visit: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) visit(r, c);
}
