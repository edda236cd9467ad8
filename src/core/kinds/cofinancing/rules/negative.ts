/**
 * A negative contribution in a financing table is almost always a sign error or a correction typed
 * into the wrong row. It stays in every sum (the table is checked as written), but it is pointed out.
 */
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { formatKroner } from '../../../money/format';
import { oereToPlain } from '../../../money/oere';
import type { CofinancingInput } from './input';

export function checkNegative(input: CofinancingInput): Finding[] {
  const out: Finding[] = [];
  for (const r of input.rows) {
    for (const a of r.amounts) {
      if (a === null || a.value >= 0n) continue;
      out.push(
        finding(
          'negative-amount',
          input.sheet,
          a.cell,
          text(
            `${r.label}: beløbet i ${a.cell} er negativt (${formatKroner(a.value, 'da')}).`,
            `${r.label}: the amount in ${a.cell} is negative (${formatKroner(a.value, 'en')}).`,
          ),
          { actual: oereToPlain(a.value) },
        ),
      );
    }
  }
  return out;
}
