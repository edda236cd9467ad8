/**
 * The sum relations among the columns of a co-financing table whose sources run across: the same arithmetic
 * the rows of a printed table are read with (reader/sum-relations.ts), turned on its side. A column that sums
 * a contiguous group of sources, or is labelled as a group's total ("Delsum", "Gruppe A i alt"), is a
 * subtotal; columns that sum to the column before them ("deraf løn", an indented heading) are its breakdown,
 * counted once. The grand total decides which reading the figures mean.
 */
import type { Decimal } from '../../decimal/decimal';
import { isNil } from '../../numbers/nil';
import { BLANK, type SheetCells } from '../../reader/cells';
import { indentOf, isBreakdownLabel } from '../../reader/labels';
import { findStructure, type SumLine } from '../../reader/sum-relations';
import { classifySource, isFundingSource } from './classify-source';
import { isTotalRowLabel } from './totals-found';

export interface ColumnStructure {
  /** The total column, as given or (with breakdowns or subtotals set apart) found by its figures. */
  readonly total: number | null;
  /** The source columns: neither subtotal nor breakdown. */
  readonly sources: readonly number[];
  readonly subtotals: readonly { readonly row: number; readonly parts: readonly number[] }[];
  readonly breakdowns: readonly { readonly row: number; readonly parent: number }[];
}

/**
 * `cols` are the value columns in sheet order (the total column among them, if any), `labels` their headings,
 * `rows` the period rows and the total row, whose figures are the lines' values.
 */
export function columnStructure(
  cells: SheetCells,
  cols: readonly number[],
  labels: readonly string[],
  headingRaw: (col: number) => unknown,
  rows: readonly number[],
  totalCol: number | null,
): ColumnStructure {
  const lines: SumLine[] = cols.map((c, i) => ({
    values: rows.map((r) => valueAt(cells, r, c)),
    breakdownWords: isBreakdownLabel(labels[i]),
    indent: indentOf(headingRaw(c)),
    totalWords: c !== totalCol && isTotalRowLabel(labels[i]),
    namedPart: isFundingSource(classifySource(labels[i])),
  }));
  const at = totalCol === null ? -1 : cols.indexOf(totalCol);
  const s = findStructure(lines, { total: at >= 0 ? at : null });
  const subtotals = s.subtotals.map((x) => ({ row: cols[x.row], parts: x.parts.map((p) => cols[p]) }));
  const breakdowns = s.breakdowns.map((b) => ({ row: cols[b.row], parent: cols[b.parent] }));
  const away = new Set([...subtotals.map((x) => x.row), ...breakdowns.map((b) => b.row)]);
  const found = s.total === null ? null : cols[s.total];
  const total = totalCol ?? (away.size ? found : null);
  return { total, sources: cols.filter((c) => c !== total && !away.has(c)), subtotals, breakdowns };
}

function valueAt(cells: SheetCells, row: number, col: number): Decimal | null {
  if (cells.kind(row, col) === BLANK || isNil(cells.raw(row, col))) return null;
  return cells.number(row, col);
}
