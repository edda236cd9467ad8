/**
 * A negative amount is normal where money comes back (a refund, unspent grant returned, income) and only
 * worth a warning where a contribution cannot be negative: own financing, or a source whose whole
 * contribution over the periods comes out below zero without its label saying it returns money. A source
 * that gives in one year and repays part of it in another (its sum stays positive) is a repayment. The
 * amount stays in every sum either way: the table is checked as written.
 */
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { formatKroner } from '../../../money/format';
import { oereToPlain } from '../../../money/oere';
import { normalizeLabel } from '../../../reader/labels';
import { RETURN_LINE } from '../words';
import type { CofinancingInput, CofinancingRowInput } from './input';
import { rowOverall } from './parts';

/** True when the row's label says it returns or brings in money. */
export function isReturnLine(label: string): boolean {
  return typeof label === 'string' && RETURN_LINE.test(normalizeLabel(label));
}

/** Whether a negative amount in this row is worth a warning (see above). */
function negativeIsSuspect(r: CofinancingRowInput): boolean {
  if (r.type === 'own') return true;
  if (isReturnLine(r.label)) return false;
  const overall = rowOverall(r);
  return overall === null || overall < 0n;
}

export function checkNegative(input: CofinancingInput): Finding[] {
  const out: Finding[] = [];
  for (const r of input.rows) {
    if (!negativeIsSuspect(r)) continue;
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
