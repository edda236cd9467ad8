/**
 * Figures a reading leaves unexplained: rows of the block holding numbers that the reading gives no part
 * (no party, source, line, total, key row ...). A reading that swallows a second table's rows without using
 * them is no better for having no failing sum: those figures are simply never checked.
 */
import type { RangePos } from '../../grid/a1';
import { periodLabel } from '../labels';
import type { SheetCells } from '../cells';
import type { KindPart } from '../detect-types';

/** The block's rows with figures that the reading does not use. */
export function unreadRows(cells: SheetCells, block: RangePos, part: KindPart, headerRow: number): number {
  const used = usedRows(part);
  used.add(headerRow);
  let n = 0;
  for (let r = block.top; r <= block.bottom; r++) {
    if (used.has(r)) continue;
    if (holdsAmount(cells, r, block)) n++;
  }
  return n;
}

function usedRows(part: KindPart): Set<number> {
  switch (part.kind) {
    case 'apportionment':
      if (part.orientation === 'across') {
        return new Set([part.partyCol, part.keyCol, part.shareCol, part.amountCol].filter(isRow));
      }
      return new Set([
        ...part.dataRows,
        ...[part.totalRow, ...(part.otherTotalRows ?? [])].filter(isRow),
        ...(part.subtotalRows ?? []).map((s) => s.row),
      ]);
    case 'cofinancing':
      if (part.orientation === 'rows') {
        return new Set([...part.periodCols.map((p) => p.col), part.totalCol, part.labelCol].filter(isRow));
      }
      return new Set([
        ...part.sourceRows.map((s) => s.row),
        ...[part.totalRow, ...(part.otherTotalRows ?? [])].filter(isRow),
        ...(part.subtotalRows ?? []).map((s) => s.row),
        ...(part.breakdownRows ?? []).map((b) => b.row),
      ]);
    case 'budget':
      return new Set(part.lines.map((l) => l.row));
    case 'kpi':
      return new Set(part.dataRows);
  }
}

function isRow(r: number | null | undefined): r is number {
  return r !== null && r !== undefined;
}

/** A number that is not a period label (a year heading a column is part of a header, not a figure). */
function holdsAmount(cells: SheetCells, row: number, block: RangePos): boolean {
  for (let c = block.left; c <= block.right; c++) {
    if (cells.isNumeric(row, c) && periodLabel(cells.raw(row, c)) === null) return true;
  }
  return false;
}
