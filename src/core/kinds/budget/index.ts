/** The budget kind: account lines in a hierarchy, budget columns, and the sums and derived columns that must agree. */
import { text } from '../../findings/finding';
import type { TableKindPlugin } from '../kind';
import { checkBudget } from './check';
import { subtotalTypos } from './diagnose';
import { explainBudget } from './explain';

export const budgetKind: TableKindPlugin<'budget'> = {
  kind: 'budget',
  name: text('et budget', 'a budget'),
  label: text('budget', 'budget'),
  check: checkBudget,
  diagnose(ctx) {
    const facts = ctx.output.facts;
    return facts?.kind === 'budget' ? subtotalTypos(facts, ctx.findings) : [];
  },
  explain: explainBudget,
};
