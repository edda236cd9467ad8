/** The co-financing kind (finansieringsskema): sources of financing per period, own share and matching. */
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { TableKindPlugin } from '../kind';
import { checkCofinancingTable, tableRules } from './check';
import { breakdownPeriodGaps } from './diagnose-breakdown-period';
import { breakdownTypos } from './diagnose-breakdown-typo';
import { cofinancingCells, type CofinancingContext } from './diagnose-cells';
import { matchingShort, ownFinancingShort } from './diagnose-short';
import { explainCofinancing } from './explain';
import { crossTableFindings } from './pairs';

export const cofinancingKind: TableKindPlugin<'cofinancing'> = {
  kind: 'cofinancing',
  check: checkCofinancingTable,
  diagnose(ctx) {
    const facts = ctx.output.facts;
    if (facts?.kind !== 'cofinancing') return [];
    // The same rules the check held the table to, the sheet's own before the user's setting.
    const rules = tableRules(ctx.layout, ctx.params);
    const made: Diagnosis[] = [];
    const step = (): CofinancingContext => {
      const taken = new Set(made.flatMap((d) => d.explains));
      return { input: facts.input, rules, open: ctx.findings.filter((f) => !taken.has(f)) };
    };
    made.push(...cofinancingCells(step()));
    made.push(...breakdownTypos(step()));
    made.push(...breakdownPeriodGaps(step()));
    made.push(...ownFinancingShort(step()));
    // Matching short in kroner, on the sides the matching rule compared.
    made.push(...matchingShort({ ...step(), input: facts.matchingInput ?? facts.input }));
    return made;
  },
  explain: explainCofinancing,
  acrossTables(checked) {
    const inputs = checked.flatMap(({ layout, output }) =>
      output.facts?.kind === 'cofinancing' ? [{ layout, input: output.facts.input }] : [],
    );
    return crossTableFindings(inputs);
  },
};
