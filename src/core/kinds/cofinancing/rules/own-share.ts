/**
 * Own financing (egenfinansiering) must be at least a minimum share of the whole: own / (own + others)
 * >= minimum, per period and for the whole period. The culture pool asks for 50 %; other schemes set
 * their own. Compared exactly by cross-multiplying øre, never through a float.
 *
 * Skipped for breakdowns by focus area and for tables without both own money and someone else's.
 * A period whose total is zero or negative has no meaningful share and is left alone.
 */
import { decimal, pow10, toPlainString, type Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { formatPercent } from '../../../money/format';
import { divDecimal } from '../../../decimal/ratio';
import type { CofinancingInput, CofinancingRowInput, CofinancingRules } from './input';
import { hasOwnAndOthers, isOther, isOwn, overallSum, periodSum, partsRange } from './parts';

export const DEFAULT_MIN_OWN_SHARE: Decimal = decimal(50);

export interface OwnShares {
  /** Own share in percent per period, rounded half-up to 2 decimals; null where it cannot be computed. */
  perPeriod: (Decimal | null)[];
  overall: Decimal | null;
}

interface Split {
  own: bigint;
  others: bigint;
}

/** Own and others' money per period and overall; null where a part is missing. */
function splits(input: CofinancingInput): { perPeriod: (Split | null)[]; overall: Split | null } {
  const own = input.rows.filter(isOwn);
  const others = input.rows.filter(isOther);
  const pair = (a: bigint | null, b: bigint | null): Split | null =>
    a === null || b === null ? null : { own: a, others: b };
  return {
    perPeriod: input.periods.map((_, p) => pair(periodSum(own, p, true), periodSum(others, p, true))),
    overall: pair(overallSum(own, true), overallSum(others, true)),
  };
}

function share(s: Split | null): Decimal | null {
  if (s === null || s.own + s.others <= 0n) return null;
  return divDecimal(s.own * 100n, s.own + s.others, 2, 'half-up');
}

export function ownShares(input: CofinancingInput): OwnShares {
  if (!hasOwnAndOthers(input)) return { perPeriod: input.periods.map(() => null), overall: null };
  const s = splits(input);
  return { perPeriod: s.perPeriod.map(share), overall: share(s.overall) };
}

/** own / (own + others) < min / 100, decided in integers. */
function below(s: Split, min: Decimal): boolean {
  return s.own * 100n * pow10(min.scale) < min.digits * (s.own + s.others);
}

export function checkOwnShare(input: CofinancingInput, rules: CofinancingRules = {}): Finding[] {
  if (!hasOwnAndOthers(input)) return [];
  const min = rules.minOwnShare ?? DEFAULT_MIN_OWN_SHARE;
  const own = input.rows.filter(isOwn);
  const s = splits(input);
  const out: Finding[] = [];

  input.periods.forEach((period, p) => {
    const sp = s.perPeriod[p];
    if (sp === null || sp.own + sp.others <= 0n || !below(sp, min)) return;
    const cell = own[0].amounts[p]?.cell ?? own[0].labelCell;
    const related = partsRange(input.rows.flatMap((r) => (r.amounts[p] ? [r.amounts[p]!.cell] : [])));
    out.push(
      belowMinimum(
        input.sheet,
        cell,
        sp,
        min,
        { da: `i ${period.label}`, en: `in ${period.label}` },
        related,
      ),
    );
  });

  const so = s.overall;
  if (so !== null && so.own + so.others > 0n && below(so, min)) {
    const cell = own[0].total?.cell ?? own[0].labelCell;
    out.push(
      belowMinimum(
        input.sheet,
        cell,
        so,
        min,
        { da: 'i hele perioden', en: 'over the whole period' },
        totals(input.rows),
      ),
    );
  }
  return out;
}

function totals(rows: readonly CofinancingRowInput[]): string[] {
  return partsRange(rows.flatMap((r) => (r.total ? [r.total.cell] : [])));
}

function belowMinimum(
  sheet: string,
  cell: string,
  s: Split,
  min: Decimal,
  when: { da: string; en: string },
  related: string[],
): Finding {
  // Rounded down so the text never shows a share at or above the minimum it fails.
  const shown = divDecimal(s.own * 100n, s.own + s.others, 1, 'floor');
  return finding(
    'cofinancing-below-minimum',
    sheet,
    cell,
    text(
      `Egenfinansieringen er ${formatPercent(shown, 'da')} af finansieringen ${when.da}; kravet er mindst ${formatPercent(min, 'da')}.`,
      `Own financing is ${formatPercent(shown, 'en')} of the financing ${when.en}; the minimum is ${formatPercent(min, 'en')}.`,
    ),
    { expected: toPlainString(min), actual: toPlainString(shown), related },
  );
}
