/**
 * A breakdown and its summary that disagree in one period only disagree for the whole period by the same
 * amount: that is one thing to look at, not two. Said once at the period's cell, with the whole period's
 * cell under it. Which of the two tables is wrong stays open; a single slip that decides it is
 * diagnose-breakdown-typo's, which runs first.
 */
import { text, type Finding } from '../../findings/finding';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { abs, kr, oereOf } from '../../diagnose/say';
import type { CofinancingContext } from './diagnose-cells';
import { OVERALL, periodOf } from './diagnose-breakdown-typo';
import { endSentence } from './rules/parts';

function gapOf(f: Finding): bigint | null {
  const actual = oereOf(f.actual);
  const expected = oereOf(f.expected);
  return actual === null || expected === null ? null : actual - expected;
}

export function breakdownPeriodGaps(ctx: CofinancingContext): Diagnosis[] {
  const { input } = ctx;
  const byPeriod = new Map<number, Finding>();
  for (const f of ctx.open) {
    if (f.rule !== 'breakdown-mismatch' || f.sheet !== input.sheet) continue;
    const p = periodOf(input, f.cell);
    if (p !== null && !byPeriod.has(p)) byPeriod.set(p, f);
  }
  const overall = byPeriod.get(OVERALL);
  const periods = [...byPeriod.entries()].filter(([p]) => p !== OVERALL);
  if (!overall || periods.length !== 1) return [];
  const [, period] = periods[0];
  const gap = gapOf(period);
  if (gap === null || gap === 0n || gapOf(overall) !== gap) return [];
  return [
    {
      rule: 'breakdown-mismatch',
      sheet: input.sheet,
      cell: period.cell,
      confidence: 'certain',
      message: text(
        endSentence(
          `${period.message.da} Derfor afviger også hele perioden (${overall.cell}) med ${kr(abs(gap), 'da')}`,
        ),
        endSentence(
          `${period.message.en} That is also why the whole period (${overall.cell}) is off by ${kr(abs(gap), 'en')}`,
        ),
      ),
      ...(period.expected !== undefined ? { expected: period.expected } : {}),
      ...(period.actual !== undefined ? { actual: period.actual } : {}),
      explains: [period, overall],
    },
  ];
}
