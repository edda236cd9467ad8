/**
 * A KPI at risk, said as a colleague would: how far behind the straight line the result is today, and
 * what it takes per month from now to the deadline to reach the target. Counts stay whole numbers (no
 * one reaches 87,3 participants a month): the monthly need is rounded up, the gap to the line to whole.
 */
import { compare, decimal, isInteger, sub, type Decimal } from '../../decimal/decimal';
import { divDecimal } from '../../decimal/ratio';
import { text, type Finding } from '../../findings/finding';
import { dayNumber, showDate } from './rules/dates';
import { formatNumber } from '../../money/format';
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { KpiFacts } from '../../diagnose/facts';
import { shown } from './rules/target';

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
    // A share in percent is no count: 46 % against 50 % is 0,33 percentage points behind, not "0".
    const pct = input.show?.percent === true || input.show?.points === true;
    const counts = !pct && [actual, result.targetValue, input.baseline?.value ?? decimal(0)].every(isInteger);
    const behindExact = absD(sub(result.expectedNow, actual));
    const behind = counts
      ? divDecimal(behindExact.digits, 10n ** BigInt(behindExact.scale), 0, 'half-up')
      : behindExact;
    const remaining = absD(sub(result.targetValue, actual));
    const months = monthsLeft(asOf, deadline);
    const perMonth = counts ? divide(remaining, months, 0, 'ceil') : divide(remaining, months, 2, 'half-up');
    // Levels in the cell's own unit (the one the at-risk finding uses); gaps in percentage points for shares.
    const n = (d: Decimal, lang: 'da' | 'en') =>
      counts ? formatNumber(d, lang, 0) : shown(d, lang, input.show, 1);
    const gap = (d: Decimal, lang: 'da' | 'en') =>
      pct
        ? `${formatNumber(d, lang, 2)} ${lang === 'da' ? 'procentpoint' : 'percentage points'}`
        : n(d, lang);
    const line = (lang: 'da' | 'en') => n(result.expectedNow!, lang);
    const atLeast = counts && compare(divide(remaining, months, 6, 'half-up'), perMonth) !== 0;
    const left = {
      da: months === 1 ? 'i den ene måned, der er tilbage' : `i de ${months} måneder, der er tilbage`,
      en: months === 1 ? 'for the one month left' : `for the ${months} months left`,
    };
    out.push({
      rule: 'kpi-behind-line',
      sheet: input.sheet,
      cell: input.actual.cell,
      confidence: 'certain',
      message: text(
        `${input.name}: resultatet ${n(actual, 'da')} ligger ${gap(behind, 'da')} under den lige linje mod målet (i dag ${line('da')}). For at nå ${n(result.targetValue, 'da')} inden ${showDate(deadline, 'da')} skal der ${gap(remaining, 'da')} til, ${atLeast ? 'mindst ' : ''}${gap(perMonth, 'da')} om måneden ${left.da}.`,
        `${input.name}: the actual ${n(actual, 'en')} is ${gap(behind, 'en')} behind the straight line to the target (today ${line('en')}). To reach ${n(result.targetValue, 'en')} by ${showDate(deadline, 'en')} it needs ${gap(remaining, 'en')} more, ${atLeast ? 'at least ' : ''}${gap(perMonth, 'en')} a month ${left.en}.`,
      ),
      explains: [f],
    });
  }
  return out;
}
