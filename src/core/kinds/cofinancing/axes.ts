/**
 * Where a co-financing table's cells sit on the sheet, whichever way it runs. The layout speaks of
 * source lines and period positions; a table with the periods down the rows (orientation 'rows') keeps
 * the same fields with rows and columns swapped, so the rules read it exactly like a table with the
 * periods across, and every finding still names the user's own cell.
 */
import type { CellPos } from '../../grid/a1';
import type { CofinancingLayout } from '../../tables/layout';

export function periodsDownRows(t: CofinancingLayout): boolean {
  return t.orientation === 'rows';
}

/** The amount cell of a source line (sourceRows[].row, totalRow) at a period position (periodCols[].col, totalCol). */
export function amountPos(t: CofinancingLayout, line: number, position: number): CellPos {
  return periodsDownRows(t) ? { row: position, col: line } : { row: line, col: position };
}

/** The label of a source line: its first cell in the label column, or the header above it when transposed. */
export function sourceLabelPos(t: CofinancingLayout, line: number): CellPos {
  return amountPos(t, line, t.labelCol);
}

/** The label of a period position (or of the total position): the header above it, or beside it when transposed. */
export function periodLabelPos(t: CofinancingLayout, position: number): CellPos {
  return periodsDownRows(t)
    ? { row: position, col: t.periodLabelCol ?? t.range.left }
    : { row: t.headerRow, col: position };
}
