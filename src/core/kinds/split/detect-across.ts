/**
 * A split laid out across: the parties as columns, and rows for the key ("Andel (%)", "Indbyggere") and the
 * amounts ("Beløb (kr.)"), maybe an "I alt" column right or left. Read by the one split reader on a
 * transposed view of the block (reader/transposed.ts), so every piece of evidence the reader weighs for a
 * split down the rows counts across as well. The layout keeps the reader's fields with rows and columns
 * swapped (orientation 'across', tables/layout.ts), so every check names the user's own cells.
 */
import type { RangePos } from '../../grid/a1';
import { isSingleTextRow, rowHasContent } from '../../reader/body';
import type { SheetCells } from '../../reader/cells';
import type { Detected, DetectOptions } from '../../reader/detect-types';
import { SPLIT_ACROSS } from '../../reader/labels';
import { swapRange, transposedCells } from '../../reader/transposed';
import { tableAmountScale } from '../../reader/table-unit';
import { detectApportionment } from './detect';

/** The reader's search for the header of a block, tried line by line (reader/detect.ts). */
export type HeaderSearch = (
  cells: SheetCells,
  rect: RangePos,
  detect: (header: number) => Detected | null,
) => Detected | null;

export function detectSplitAcross(
  cells: SheetCells,
  rect: RangePos,
  opts: DetectOptions,
  searchHeader: HeaderSearch,
): Detected | null {
  // A correction names columns of a split down the rows; across is read only by its own evidence.
  if ((opts.kind && opts.kind !== 'apportionment') || opts.roles || opts.totalRow !== undefined) return null;
  const block = withoutTitleLines(cells, rect);
  if (!block || block.right - block.left + 1 < SPLIT_ACROSS.minColumns) return null;
  let lines = 0;
  for (let r = block.top; r <= block.bottom; r++)
    if (rowHasContent(cells, r, block.left, block.right)) lines++;
  if (lines < 2 || lines > SPLIT_ACROSS.maxLines) return null;

  // The header of the view is a column of line names; a group title left of it is its header area.
  const view = transposedCells(cells, block);
  const area = swapRange(block);
  const across = { ...opts, across: true };
  const found = searchHeader(view, area, (h) => {
    const read =
      detectApportionment(view, area, h, across, 'key') ??
      detectApportionment(view, area, h, across, 'amount') ??
      detectApportionment(view, area, h, across, 'content');
    return read && !figuresAsNames(view, read) ? read : null;
  });
  if (!found) return null;
  // The unit stands beside the amounts ("Beløb (t.kr.)", a column of units): in the view, over them.
  const scale = tableAmountScale(view, found, []);
  return backOnSheet(
    scale !== undefined && scale !== 1 ? { ...found, part: { ...found.part, amountScale: scale } } : found,
  );
}

/**
 * A column of figures is no column of line names: with no names left of the parties, the first party would
 * be read as the names and every other party against it. Such a split is left unread rather than misread.
 */
function figuresAsNames(view: SheetCells, found: Detected): boolean {
  const part = found.part;
  if (part.kind !== 'apportionment') return true;
  return [part.keyCol, part.shareCol, part.amountCol].some(
    (c) => c !== null && c !== undefined && view.isNumeric(found.headerRow, c),
  );
}

/** Title lines above the table and single notes under it stay outside the block the view is made of. */
function withoutTitleLines(cells: SheetCells, rect: RangePos): RangePos | null {
  let top = rect.top;
  let bottom = rect.bottom;
  const single = (r: number) =>
    !rowHasContent(cells, r, rect.left, rect.right) || isSingleTextRow(cells, r, rect.left, rect.right);
  while (top <= bottom && single(top)) top++;
  while (bottom >= top && single(bottom)) bottom--;
  return top < bottom ? { ...rect, top, bottom } : null;
}

/**
 * The view's reading in the sheet's terms. Its fields need no change: the view's columns (party, key, share,
 * amount) are sheet rows and its rows (parties, totals) sheet columns, as orientation 'across' says. The range
 * and header swap back; the sheet's header row is the row of party names.
 */
export function backOnSheet(found: Detected): Detected | null {
  const part = found.part;
  if (part.kind !== 'apportionment') return null;
  return {
    part: { ...part, orientation: 'across', headerCol: found.headerRow },
    range: swapRange(found.range),
    headerRow: part.partyCol,
    notes: found.notes,
  };
}
