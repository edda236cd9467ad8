/**
 * Own financing (egenfinansiering) must be at least a minimum share of the whole: own / (own + others)
 * >= minimum, per period and for the whole period. The minimum is the one the sheet states, the one of the
 * scheme it names (the culture pool asks for 50 %) or the user's setting; other schemes set their own or
 * none, so a table with no minimum is not held to one: a share under half is said once, as an info.
 * Compared exactly by cross-multiplying øre, never through a float.
 *
 * Skipped for breakdowns by focus area and for tables without both own money and someone else's.
 * A period whose total is zero or negative has no meaningful share and is left alone.
 */
import { decimal, pow10, toPlainString, type Decimal } from '../../../decimal/decimal';
import { UNSTATED_OWN_SHARE_NOTE_BELOW } from '../words';
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { formatPercent } from '../../../money/format';
import { divDecimal } from '../../../decimal/ratio';
import type { CofinancingInput, CofinancingRowInput, CofinancingRules } from './input';
import {
  amountsOnly,
  hasOwnAndOthers,
  isOther,
  isOwn,
  overallSum,
  periodSum,
  partsRange,
  wholeOf,
} from './parts';

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
  const min = rules.minOwnShare;
  if (!min) return unstatedMinimum(input);
  const own = input.rows.filter(isOwn);
  const s = splits(input);
  const out: Finding[] = [];

  // A plan without periods is judged once, as a whole.
  const periods = amountsOnly(input) ? [] : input.periods;
  periods.forEach((period, p) => {
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
    const cell =
      own[0].total?.cell ?? (amountsOnly(input) ? own[0].amounts[0]?.cell : null) ?? own[0].labelCell;
    out.push(
      belowMinimum(
        input.sheet,
        cell,
        so,
        min,
        wholeOf(input),
        amountsOnly(input)
          ? partsRange(input.rows.flatMap((r) => (r.amounts[0] ? [r.amounts[0].cell] : [])))
          : totals(input.rows),
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

/**
 * No minimum applies: an own share under half in some period is said once, with the shares, so the user
 * can see it and set the scheme's minimum if it has one. Not a warning: the table may well be right.
 */
function unstatedMinimum(input: CofinancingInput): Finding[] {
  const note = decimal(UNSTATED_OWN_SHARE_NOTE_BELOW);
  const s = splits(input);
  const whole = amountsOnly(input);
  const low = (whole ? [] : input.periods).flatMap((period, p) => {
    const sp = s.perPeriod[p];
    return sp !== null && sp.own + sp.others > 0n && below(sp, note) ? [{ label: period.label, s: sp }] : [];
  });
  const so = s.overall;
  const overallLow = so !== null && so.own + so.others > 0n && below(so, note);
  if (low.length === 0 && !overallLow) return [];
  const own = input.rows.filter(isOwn);
  const shown = (x: Split, lang: 'da' | 'en') =>
    // Rounded down, as below: a share a hair under half never shows as 50,0 %.
    formatPercent(divDecimal(x.own * 100n, x.own + x.others, 1, 'floor'), lang);
  const each = (lang: 'da' | 'en') => {
    const parts = low.map((l) => `${shown(l.s, lang)} ${lang === 'da' ? 'i' : 'in'} ${l.label}`);
    // One period is the whole period: say it once.
    if (so !== null && so.own + so.others > 0n && (input.periods.length > 1 || whole))
      parts.push(`${shown(so, lang)} ${wholeOf(input)[lang]}`);
    return parts;
  };
  const list = (xs: string[], and: string) =>
    xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
  const pct = (lang: 'da' | 'en') => formatPercent(note, lang);
  return [
    finding(
      'own-share-no-minimum',
      input.sheet,
      own[0].total?.cell ?? (whole ? own[0].amounts[0]?.cell : null) ?? own[0].labelCell,
      text(
        `Egenfinansieringen udgør ${list(each('da'), 'og')}. Arket angiver intet minimum for egenfinansieringen og nævner ingen ordning med et, så andelen er ikke holdt op mod et krav (mange puljer kræver mindst ${pct('da')}). Har ordningen et minimum, så angiv det.`,
        `Own financing is ${list(each('en'), 'and')}. The sheet states no minimum own share and names no scheme with one, so the share is not held to a requirement (many pools ask for at least ${pct('en')}). If the scheme has a minimum, enter it.`,
      ),
      { related: totals(input.rows) },
    ),
  ];
}
