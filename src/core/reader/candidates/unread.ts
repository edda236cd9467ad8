/**
 * Figures a reading leaves unexplained: rows of the block holding numbers that the reading gives no part
 * (no party, source, line, total, key row ...), and columns of figures beside its own that it passes over.
 * A reading that swallows a second table's rows, or skips a column whose sums it would break, is no better
 * for having no failing sum: those figures are simply never checked.
 */
import type { RangePos } from '../../grid/a1';
import { periodLabel } from '../labels';
import type { SheetCells } from '../cells';
import type { KindPart } from '../detect-types';

/** How many of the block's lines (rows, and columns across the rows it reads) hold figures the reading does not use. */
export function unreadLines(cells: SheetCells, block: RangePos, part: KindPart, headerRow: number): number {
  const { rows, cols } = usedLines(part);
  rows.add(headerRow);
  let n = 0;
  for (let r = block.top; r <= block.bottom; r++) {
    if (!rows.has(r) && figuresInRow(cells, r, block) > 0) n++;
  }
  if (cols === null) return n;
  const read = [...rows].filter((r) => r !== headerRow && r >= block.top && r <= block.bottom);
  for (let c = block.left; c <= block.right; c++) {
    if (!cols.has(c) && read.filter((r) => isFigure(cells, r, c)).length >= 2) n++;
  }
  return n;
}

/**
 * The sheet rows and columns a reading uses. Columns are null where the kind reads columns of words a
 * number may stand in (a target list's notes and deadlines): only its rows are weighed there.
 */
function usedLines(part: KindPart): { rows: Set<number>; cols: Set<number> | null } {
  switch (part.kind) {
    case 'apportionment': {
      const fields = [
        part.partyCol,
        part.keyCol,
        part.shareCol,
        part.amountCol,
        ...(part.moreAmountCols ?? []),
      ].filter(isLine);
      const lines = [
        ...part.dataRows,
        ...[part.totalRow, ...(part.otherTotalRows ?? [])].filter(isLine),
        ...(part.subtotalRows ?? []).map((s) => s.row),
      ];
      return part.orientation === 'across'
        ? { rows: new Set(fields), cols: new Set([...lines, part.headerCol].filter(isLine)) }
        : { rows: new Set(lines), cols: new Set(fields) };
    }
    case 'cofinancing': {
      const positions = [...part.periodCols.map((p) => p.col), part.totalCol, part.labelCol].filter(isLine);
      const lines = [
        ...part.sourceRows.map((s) => s.row),
        ...[part.totalRow, ...(part.otherTotalRows ?? [])].filter(isLine),
        ...(part.subtotalRows ?? []).map((s) => s.row),
        ...(part.breakdownRows ?? []).map((b) => b.row),
      ];
      return part.orientation === 'rows'
        ? { rows: new Set(positions), cols: new Set([...lines, part.periodLabelCol].filter(isLine)) }
        : { rows: new Set(lines), cols: new Set(positions) };
    }
    case 'budget':
      return {
        rows: new Set(part.lines.map((l) => l.row)),
        cols: new Set([...part.columns.map((c) => c.col), part.labelCol, part.codeCol].filter(isLine)),
      };
    case 'kpi':
      return { rows: new Set(part.dataRows), cols: null };
  }
}

function isLine(r: number | null | undefined): r is number {
  return r !== null && r !== undefined;
}

/** A number that is not a period label (a year heading a column is part of a header, not a figure). */
function isFigure(cells: SheetCells, row: number, col: number): boolean {
  return cells.isNumeric(row, col) && periodLabel(cells.raw(row, col)) === null;
}

function figuresInRow(cells: SheetCells, row: number, block: RangePos): number {
  let n = 0;
  for (let c = block.left; c <= block.right; c++) if (isFigure(cells, row, c)) n++;
  return n;
}
