/** The target kind (resultatmål, KPI): targets with baselines, actuals and deadlines. */
import type { TableKindPlugin } from '../kind';
import { checkKpiTable } from './check';
import { kpiBehind } from './diagnose-behind';
import { explainKpi } from './explain';

export const kpiKind: TableKindPlugin<'kpi'> = {
  kind: 'kpi',
  check: checkKpiTable,
  diagnose(ctx) {
    const facts = ctx.output.facts;
    return facts?.kind === 'kpi' ? kpiBehind(facts, ctx.findings, ctx.params.asOf) : [];
  },
  explain: (layout, say) => explainKpi(layout, say),
};
