/** The budget kind: account lines in a hierarchy, budget columns, and the sums and derived columns that must agree. */
import type { TableKindPlugin } from '../kind';
import { checkBudget } from './check';
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { Finding } from '../../findings/finding';
import { subtotalTypos } from './diagnose';
import { totalsThatUnbalance } from './diagnose-balance';
import { crossingCells } from './diagnose-crossing';
import { derivedCrossings } from './diagnose-derived';
import { financingShort } from './diagnose-financing';
import { misplacedLines } from './diagnose-misplaced';
import { digitSlips } from './diagnose-slip';
import { explainBudget } from './explain';

export const budgetKind: TableKindPlugin<'budget'> = {
  kind: 'budget',
  check: checkBudget,
  diagnose(ctx) {
    const facts = ctx.output.facts;
    if (facts?.kind !== 'budget') return [];
    // A wrong subtotal first, then one figure where a line's "I alt" and its area's sum cross, then a sum
    // over the wrong lines, then a slip in one figure: each step sees only the findings the steps before it
    // left open.
    const made: Diagnosis[] = [];
    const open = (): Finding[] => {
      const taken = new Set(made.flatMap((d) => d.explains));
      return ctx.findings.filter((f) => !taken.has(f));
    };
    made.push(...subtotalTypos(facts, open()));
    made.push(...totalsThatUnbalance(facts, open()));
    made.push(...crossingCells(facts, open()));
    made.push(...derivedCrossings(facts, open()));
    made.push(...misplacedLines(facts, open()));
    made.push(...digitSlips(facts, open()));
    made.push(...financingShort(facts, open(), ctx.params));
    return made;
  },
  explain: explainBudget,
};
