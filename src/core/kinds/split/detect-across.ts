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
  const read = (at: RangePos, h: number) =>
    detectApportionment(view, at, h, across, 'key') ??
    detectApportionment(view, at, h, across, 'amount') ??
    detectApportionment(view, at, h, across, 'content');
  const named = searchHeader(view, area, (h) => {
    const found = read(area, h);
    return found && !figuresAsNames(view, found) ? found : null;
  });
  const found = named ?? withoutNames(area, read);
  if (!found) return null;
  // The unit stands beside the amounts ("Beløb (t.kr.)", a column of units): in the view, over them.
  const scale = tableAmountScale(view, found, []);
  return backOnSheet(
    scale !== undefined && scale !== 1 ? { ...found, part: { ...found.part, amountScale: scale } } : found,
    named ? null : block.left,
  );
}

/**
 * A split across with no column naming its lines: the row of party names is the first line of the block and
 * the key and amounts follow at once. The view is then read under an empty header line just before it, as a
 * split down the rows under its title line: every field is found by what it holds (names in the register,
 * shares summing to 100, amounts following the key), and the reading is weighed like any other.
 */
function withoutNames(area: RangePos, read: (at: RangePos, h: number) => Detected | null): Detected | null {
  const header = area.top - 1;
  return read({ ...area, top: header }, header);
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
export function backOnSheet(found: Detected, firstParty: number | null = null): Detected | null {
  const part = found.part;
  if (part.kind !== 'apportionment') return null;
  const range = swapRange(found.range);
  // With no column of line names, the table starts at its first party, and no field has a heading.
  if (firstParty !== null) {
    return {
      part: { ...part, orientation: 'across' },
      range: { ...range, left: firstParty },
      headerRow: part.partyCol,
      notes: found.notes,
    };
  }
  return {
    part: { ...part, orientation: 'across', headerCol: found.headerRow },
    range,
    headerRow: part.partyCol,
    notes: found.notes,
  };
}
