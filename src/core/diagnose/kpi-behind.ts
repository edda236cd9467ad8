/**
 * A KPI at risk, said as a colleague would: how far behind the straight line the result is today, and
 * what it takes per month from now to the deadline to reach the target. Counts stay whole numbers (no
 * one reaches 87,3 participants a month): the monthly need is rounded up, the gap to the line to whole.
 */
import { compare, decimal, isInteger, sub, type Decimal } from '../decimal/decimal';
import { divDecimal } from '../decimal/ratio';
import { text, type Finding } from '../findings/finding';
import { dayNumber, showDate } from '../kpi/dates';
import { formatNumber } from '../money/format';
import type { Diagnosis } from './diagnosis';
import type { KpiFacts } from './facts';

/** Whole calendar months from asOf to the deadline, at least 1. */
export function monthsLeft(asOf: string, deadline: string): number {
  const [y1, m1, d1] = asOf.split('-').map(Number);
  const [y2, m2, d2] = deadline.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 >= d1 ? 0 : -1);
  return Math.max(1, months);
}

const absD = (d: Decimal): Decimal => (d.digits < 0n ? { digits: -d.digits, scale: d.scale } : d);

function divide(a: Decimal, n: number, scale: number, mode: 'ceil' | 'half-up'): Decimal {
  return divDecimal(a.digits, BigInt(n) * 10n ** BigInt(a.scale), scale, mode);
}

export function kpiBehind(facts: KpiFacts, open: readonly Finding[], asOf: string): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const { input, result } of facts.rows) {
    if (result.status !== 'at-risk') continue;
    const f = open.find((x) => x.rule === 'kpi-at-risk' && x.cell === input.actual?.cell);
    const deadline = input.deadline?.value;
    if (!f || !input.actual || !deadline || !result.expectedNow || !result.targetValue) continue;
    if (dayNumber(deadline) === null || dayNumber(asOf) === null) continue;
    const actual = input.actual.value;
    const counts = [actual, result.targetValue, input.baseline?.value ?? decimal(0)].every(isInteger);
    const behindExact = absD(sub(result.expectedNow, actual));
    const behind = counts
      ? divDecimal(behindExact.digits, 10n ** BigInt(behindExact.scale), 0, 'half-up')
      : behindExact;
    const remaining = absD(sub(result.targetValue, actual));
    const months = monthsLeft(asOf, deadline);
    const perMonth = counts ? divide(remaining, months, 0, 'ceil') : divide(remaining, months, 2, 'half-up');
    const n = (d: Decimal, lang: 'da' | 'en') => formatNumber(d, lang, counts ? 0 : 2);
    const line = (lang: 'da' | 'en') => formatNumber(result.expectedNow!, lang, counts ? 0 : 2);
    const atLeast = counts && compare(divide(remaining, months, 6, 'half-up'), perMonth) !== 0;
    out.push({
      rule: 'kpi-behind-line',
      sheet: input.sheet,
      cell: input.actual.cell,
      confidence: 'certain',
      message: text(
        `${input.name}: resultatet ${n(actual, 'da')} ligger ${n(behind, 'da')} under den lige linje mod målet (i dag ${line('da')}). For at nå ${n(result.targetValue, 'da')} inden ${showDate(deadline, 'da')} skal der ${n(remaining, 'da')} til, ${atLeast ? 'mindst ' : ''}${n(perMonth, 'da')} om måneden i de ${months} måneder, der er tilbage.`,
        `${input.name}: the actual ${n(actual, 'en')} is ${n(behind, 'en')} behind the straight line to the target (today ${line('en')}). To reach ${n(result.targetValue, 'en')} by ${showDate(deadline, 'en')} it needs ${n(remaining, 'en')} more, ${atLeast ? 'at least ' : ''}${n(perMonth, 'en')} a month for the ${months} months left.`,
      ),
      explains: [f],
    });
  }
  return out;
}
