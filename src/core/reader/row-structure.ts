/**
 * The sum relations among a table's rows, read from the sheet: each row's figures in the value columns, its
 * label's words ("heraf", "I alt") and its indent. See sum-relations.ts for how they are weighed.
 */
import type { Decimal } from '../decimal/decimal';
import { isNil } from '../numbers/nil';
import { BLANK, type SheetCells } from './cells';
import { indentOf, isBreakdownLabel } from './labels';
import { findStructure, type SumLine } from './sum-relations';

export interface RowStructure {
  /** Breakdown rows ("heraf ...") and the sheet row each is part of. */
  readonly breakdowns: readonly { readonly row: number; readonly parent: number }[];
  /** Subtotals found by their figures or words, with the sheet rows each sums. */
  readonly subtotals: readonly {
    readonly row: number;
    readonly parts: readonly number[];
    readonly why: 'words' | 'sum';
  }[];
  /** The grand total's sheet row, as given or as found by its figures. */
  readonly total: number | null;
}

export function rowStructure(
  cells: SheetCells,
  rows: readonly number[],
  labelCol: number,
  valueCols: readonly number[],
  total: number | null,
  words: {
    /** Its label says total ("I alt", "Kommuner i alt"). */
    readonly total: (label: string) => boolean;
    /** Its label names a part that can never be a total by its sum alone (own financing, a grant). */
    readonly part?: (label: string) => boolean;
  },
): RowStructure {
  const columns = valueCols.map((c) => rows.map((r) => valueAt(cells, r, c)));
  const lines: SumLine[] = rows.map((r, i) => {
    const label = cells.text(r, labelCol);
    return {
      values: columns.map((col) => col[i]),
      breakdownWords: isBreakdownLabel(label),
      indent: indentOf(cells.raw(r, labelCol)),
      totalWords: words.total(label),
      namedPart: words.part?.(label) ?? false,
    };
  });
  const at = total === null ? -1 : rows.indexOf(total);
  const s = findStructure(lines, { total: at >= 0 ? at : null });
  return {
    breakdowns: s.breakdowns.map((b) => ({ row: rows[b.row], parent: rows[b.parent] })),
    subtotals: s.subtotals.map((x) => ({ row: rows[x.row], parts: x.parts.map((p) => rows[p]), why: x.why })),
    total: s.total === null ? null : rows[s.total],
  };
}

function valueAt(cells: SheetCells, row: number, col: number): Decimal | null {
  if (cells.kind(row, col) === BLANK || isNil(cells.raw(row, col))) return null;
  return cells.number(row, col);
}
