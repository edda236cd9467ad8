/**
 * Own financing under the minimum share, or matching under the ratio, said in kroner: how much more own
 * financing each short period needs, and in all, with the other sources as they are. One diagnosis per
 * table replaces the per-period percentages.
 */
import type { CofinancingInput } from './rules/input';
import { amountsOnly, isOther, isOwn, overallSum, periodSum, wholeOf } from './rules/parts';
import { divInt } from '../../decimal/ratio';
import { pow10, type Decimal } from '../../decimal/decimal';
import { text, type Finding } from '../../findings/finding';
import { formatNumber, formatPercent } from '../../money/format';
import type { CofinancingContext } from './diagnose-cells';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { kr, list } from '../../diagnose/say';

interface Shortfall {
  readonly label: string;
  readonly missing: bigint;
}

/** What own must at least be, given the others' money: own >= need(others). */
type Need = (others: bigint) => bigint;

function shortfalls(input: CofinancingInput, need: Need): { periods: Shortfall[]; overall: bigint } {
  const own = input.rows.filter(isOwn);
  const others = input.rows.filter(isOther);
  const periods: Shortfall[] = [];
  // A plan without periods is short as a whole.
  (amountsOnly(input) ? [] : input.periods).forEach((period, p) => {
    const o = periodSum(own, p, true);
    const x = periodSum(others, p, true);
    if (o === null || x === null || o + x <= 0n) return;
    const missing = need(x) - o;
    if (missing > 0n) periods.push({ label: period.label, missing });
  });
  const o = overallSum(own, true);
  const x = overallSum(others, true);
  const overallMissing = o === null || x === null ? 0n : need(x) - o;
  const sumOfPeriods = periods.reduce((s, p) => s + p.missing, 0n);
  // Every short period topped up also meets the whole period; without short periods, the whole period says.
  return { periods, overall: periods.length ? sumOfPeriods : overallMissing > 0n ? overallMissing : 0n };
}

function describe(
  input: CofinancingInput,
  periods: readonly Shortfall[],
  overall: bigint,
  lang: 'da' | 'en',
): string {
  const parts = periods.map((s) =>
    lang === 'da' ? `${kr(s.missing, lang)} i ${s.label}` : `${kr(s.missing, lang)} in ${s.label}`,
  );
  if (parts.length === 0) {
    if (amountsOnly(input)) return `${kr(overall, lang)} ${wholeOf(input)[lang]}`;
    return lang === 'da'
      ? `${kr(overall, lang)} for hele perioden`
      : `${kr(overall, lang)} over the whole period`;
  }
  const all = list(parts, lang);
  if (periods.length === 1) return all;
  return lang === 'da' ? `${all}, i alt ${kr(overall, lang)}` : `${all}, ${kr(overall, lang)} in all`;
}

function firstCell(found: readonly Finding[]): string {
  return found[0]?.cell ?? '';
}

export function ownFinancingShort(ctx: CofinancingContext): Diagnosis[] {
  const found = ctx.open.filter((f) => f.rule === 'cofinancing-below-minimum');
  if (found.length === 0) return [];
  const min: Decimal | undefined = ctx.rules.minOwnShare;
  if (!min) return [];
  const whole = 100n * pow10(min.scale);
  if (min.digits <= 0n || min.digits >= whole) return [];
  // own / (own + others) >= m  <=>  own >= m x others / (1 - m), rounded up to whole øre.
  const need: Need = (others) => divInt(min.digits * others, whole - min.digits, 'ceil');
  const { periods, overall } = shortfalls(ctx.input, need);
  if (overall <= 0n) return [];
  const m = (lang: 'da' | 'en') => formatPercent(min, lang, min.scale);
  return [
    {
      rule: 'own-financing-short',
      sheet: ctx.input.sheet,
      cell: firstCell(found),
      confidence: 'certain',
      message: text(
        `Egenfinansieringen mangler ${describe(ctx.input, periods, overall, 'da')} for at nå mindst ${m('da')} af finansieringen, når de øvrige bidrag er uændrede.`,
        `Own financing is short by ${describe(ctx.input, periods, overall, 'en')} of the minimum ${m('en')} of the financing, with the other contributions unchanged.`,
      ),
      explains: found,
    },
  ];
}

export function matchingShort(ctx: CofinancingContext): Diagnosis[] {
  const found = ctx.open.filter((f) => f.rule === 'matching-shortfall');
  const ratio = ctx.rules.matchingRatio;
  if (found.length === 0 || !ratio) return [];
  const need: Need = (others) => divInt(ratio.digits * others, pow10(ratio.scale), 'ceil');
  const { periods, overall } = shortfalls(ctx.input, need);
  if (overall <= 0n) return [];
  const r = (lang: 'da' | 'en') => `${formatNumber(ratio, lang)}:1`;
  return [
    {
      rule: 'matching-short',
      sheet: ctx.input.sheet,
      cell: firstCell(found),
      confidence: 'certain',
      message: ctx.input.matched
        ? text(
            `Modfinansieringen når ikke forholdet ${r('da')}: de øvrige bidrag skal øges med ${describe(ctx.input, periods, overall, 'da')} for at matche »${ctx.input.matched}«.`,
            `Matching does not reach the ratio ${r('en')}: the other contributions must rise by ${describe(ctx.input, periods, overall, 'en')} to match "${ctx.input.matched}".`,
          )
        : text(
            `Modfinansieringen når ikke forholdet ${r('da')}: egenfinansieringen skal øges med ${describe(ctx.input, periods, overall, 'da')} for at matche de øvrige bidrag.`,
            `Matching does not reach the ratio ${r('en')}: own financing must rise by ${describe(ctx.input, periods, overall, 'en')} to match the other contributions.`,
          ),
      explains: found,
    },
  ];
}
