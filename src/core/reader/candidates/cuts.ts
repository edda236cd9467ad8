/**
 * Two tables stacked with only a title line (or a new header) between them look like one block. The rival
 * reading cuts the block at such a line and reads each part on its own; the arithmetic decides whether the
 * block is one table or two (weigh.ts).
 */
import type { RangePos } from '../../grid/a1';
import { hasNumbers, isSingleTextRow, rowHasContent } from '../body';
import { TEXT, type SheetCells } from '../cells';
import type { Detected } from '../detect-types';
import { CANDIDATES } from '../labels';

/** Lines below the first reading's header where a second table could start: a lone title, or a row of names. */
export function cutLines(cells: SheetCells, block: RangePos, first: Detected | null): number[] {
  const out: number[] = [];
  const from = (first ? Math.max(first.headerRow, first.range.top) : block.top) + 2;
  for (let r = from; r <= block.bottom - 1 && out.length < CANDIDATES.maxCuts; r++) {
    if (!rowHasContent(cells, r, block.left, block.right)) continue;
    if (!hasNumbers(cells, above(block, r), columns(block))) continue;
    if (isSingleTextRow(cells, r, block.left, block.right) || namesOnly(cells, r, block)) out.push(r);
  }
  return out;
}

/** The block cut at `line`: the part above it and the part from it down. */
export function cutAt(block: RangePos, line: number): [RangePos, RangePos] {
  return [
    { ...block, bottom: line - 1 },
    { ...block, top: line },
  ];
}

function namesOnly(cells: SheetCells, row: number, block: RangePos): boolean {
  let texts = 0;
  for (let c = block.left; c <= block.right; c++) {
    if (cells.isNumeric(row, c)) return false;
    if (cells.kind(row, c) === TEXT) texts++;
  }
  return texts >= 2;
}

function above(block: RangePos, line: number): number[] {
  const rows: number[] = [];
  for (let r = block.top; r < line; r++) rows.push(r);
  return rows;
}

function columns(block: RangePos): number[] {
  const cols: number[] = [];
  for (let c = block.left; c <= block.right; c++) cols.push(c);
  return cols;
}
