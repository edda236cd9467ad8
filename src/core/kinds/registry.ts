/**
 * Every table kind Fordel knows. Adding a kind is adding its folder, one line here and its words in
 * kind-names.ts.
 */
import type { CheckParams } from '../check/params';
import type { ReadingDecision } from '../check/result';
import type { Diagnosis } from '../diagnose/diagnosis';
import type { Finding } from '../findings/finding';
import type { SheetGrid } from '../grid/grid';
import type { TableOutput } from '../output/table-output';
import type { TableKind, TableLayout } from '../tables/layout';
import { budgetKind } from './budget';
import { cofinancingKind } from './cofinancing';
import type { ExplainTools } from './explain-tools';
import type { DiagnoseContext, TableKindPlugin } from './kind';
import { ALL_KINDS } from './kind-names';
import { kpiKind } from './kpi';
import { splitKind } from './split';

const KINDS: { readonly [K in TableKind]: TableKindPlugin<K> } = {
  apportionment: splitKind,
  cofinancing: cofinancingKind,
  kpi: kpiKind,
  budget: budgetKind,
};

/** A table's kind, bound to the table, so the pipeline calls it without asking which kind it is. */
export interface BoundKind {
  readonly plugin: TableKindPlugin;
  check(grid: SheetGrid, params: CheckParams): TableOutput;
  diagnose(ctx: Omit<DiagnoseContext<TableLayout>, 'layout'>): Diagnosis[];
  explain(say: ExplainTools, params: CheckParams): ReadingDecision[];
}

export function kindFor(layout: TableLayout): BoundKind {
  // The layout's kind field is what selects the plugin, so the plugin always gets its own layout type.
  const plugin = KINDS[layout.kind] as unknown as TableKindPlugin<TableKind> & {
    check(g: SheetGrid, l: TableLayout, p: CheckParams): TableOutput;
    diagnose(c: DiagnoseContext<TableLayout>): Diagnosis[];
    explain(l: TableLayout, s: ExplainTools, p: CheckParams): ReadingDecision[];
  };
  return {
    plugin,
    check: (grid, params) => plugin.check(grid, layout, params),
    diagnose: (ctx) => plugin.diagnose({ ...ctx, layout }),
    explain: (say, params) => plugin.explain(layout, say, params),
  };
}

/** The rules that look across tables, kind by kind; tables read with doubt take no part. */
export function acrossTables(outputs: readonly TableOutput[]): Finding[] {
  return ALL_KINDS.flatMap((k) => {
    const plugin = KINDS[k] as unknown as TableKindPlugin<TableKind> & {
      acrossTables?(checked: readonly { layout: TableLayout; output: TableOutput }[]): Finding[];
    };
    if (!plugin.acrossTables) return [];
    const mine = outputs.filter((o) => o.layout.kind === k && !o.layout.unsure?.length);
    return plugin.acrossTables(mine.map((output) => ({ layout: output.layout, output })));
  });
}
