/** The split kind (fordeling): parties, a key, shares and amounts that must add up to a total. */
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { TableKindPlugin } from '../kind';
import { checkApportionment } from './check';
import { roundedShares } from './diagnose-rounded-shares';
import { sharesOffKey } from './diagnose-shares-off-key';
import { splitStructure, type SplitContext } from './diagnose-structure';
import { swappedAmounts } from './diagnose-swap';
import { splitTypos } from './diagnose-typo';
import { explainSplit } from './explain';

export const splitKind: TableKindPlugin<'apportionment'> = {
  kind: 'apportionment',
  check: checkApportionment,
  diagnose(ctx) {
    const facts = ctx.output.facts;
    if (facts?.kind !== 'apportionment') return [];
    const made: Diagnosis[] = [];
    const step = (): SplitContext => ({ facts, layout: ctx.layout, open: unexplained(ctx.findings, made) });
    // A structural cause first; rounded shares before typos, since when every amount is a rounded share
    // no single slip is worth trying.
    made.push(...splitStructure(step()));
    made.push(...roundedShares(step()));
    made.push(...sharesOffKey(step()));
    made.push(...swappedAmounts(step()));
    made.push(...splitTypos(step()));
    return made;
  },
  explain: (layout, say) => explainSplit(layout, say),
};

/** The findings no earlier step has explained. */
function unexplained<F>(all: readonly F[], made: readonly { explains: readonly F[] }[]): F[] {
  const taken = new Set(made.flatMap((d) => d.explains));
  return all.filter((f) => !taken.has(f));
}
