/**
 * One table kind behind one small interface. The pipeline (check/check-workbook.ts) reads a table, then
 * asks the table's kind to check it, to diagnose its findings and to explain its reading; it never asks
 * which kind it holds. A new kind (a budget, say) is one more folder beside split/, cofinancing/ and kpi/,
 * one more line in registry.ts and its words in kind-names.ts.
 */
import type { CheckParams } from '../check/params';
import type { ReadingDecision } from '../check/result';
import type { Diagnosis } from '../diagnose/diagnosis';
import type { Finding } from '../findings/finding';
import type { SheetGrid } from '../grid/grid';
import type { TableOutput } from '../output/table-output';
import type { TableKind, TableLayout } from '../tables/layout';
import type { ExplainTools } from './explain-tools';

export type LayoutOf<K extends TableKind> = Extract<TableLayout, { kind: K }>;

/** What a kind's diagnoses see: its table, what its check handed on, and its findings. */
export interface DiagnoseContext<L extends TableLayout> {
  readonly layout: L;
  readonly output: TableOutput;
  readonly grid: SheetGrid | undefined;
  readonly params: CheckParams;
  /** The table's findings, as its check and the rules across tables reported them. */
  readonly findings: readonly Finding[];
}

/** A table's check, kept for the rules that look across tables of one kind (breakdown against summary). */
export interface CheckedTable<L extends TableLayout> {
  readonly layout: L;
  readonly output: TableOutput;
}

export interface TableKindPlugin<K extends TableKind = TableKind> {
  /** Its name and label are in kind-names.ts, where the reader and the pane find them without the rules. */
  readonly kind: K;
  /** Runs the kind's rules on one table: findings, the columns Fordel adds, and facts for the diagnoses. */
  check(grid: SheetGrid, layout: LayoutOf<K>, params: CheckParams): TableOutput;
  /** Causes that explain several findings at once; each step sees only what earlier steps left open. */
  diagnose(ctx: DiagnoseContext<LayoutOf<K>>): Diagnosis[];
  /** The reading's decisions for this kind (which row is the total and why ...), in the user's words. */
  explain(layout: LayoutOf<K>, say: ExplainTools, params: CheckParams): ReadingDecision[];
  /** Rules across the tables of this kind in one workbook; tables read with doubt are left out. */
  acrossTables?(checked: readonly CheckedTable<LayoutOf<K>>[]): Finding[];
}
