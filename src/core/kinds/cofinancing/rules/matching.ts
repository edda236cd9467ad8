/**
 * Matching (modfinansiering): own financing must be at least `ratio` times the co-financing from the
 * others, per period and overall. Direction, as the schemes mean it: "krone-til-krone" (ratio 1)
 * says every krone from the state side is matched by one krone of own financing, so
 * own >= ratio x (state + EU + municipal + regional + private + partner + other).
 * Off unless a ratio is given. The missing amount is rounded up to whole øre: that is what must be found.
 */
import { pow10, type Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { formatKroner, formatNumber } from '../../../money/format';
import { oereToPlain } from '../../../money/oere';
import type { CofinancingInput, CofinancingRules } from './input';
import {
  amountsOnly,
  endSentence,
  hasOwnAndOthers,
  isOther,
  isOwn,
  overallSum,
  partsRange,
  periodSum,
  wholeOf,
} from './parts';
import { divInt } from '../../../decimal/ratio';

export function checkMatching(input: CofinancingInput, rules: CofinancingRules = {}): Finding[] {
  const ratio = rules.matchingRatio;
  if (ratio === null || ratio === undefined || !hasOwnAndOthers(input)) return [];
  const own = input.rows.filter(isOwn);
  const others = input.rows.filter(isOther);
  const out: Finding[] = [];

  const check = (
    o: bigint | null,
    x: bigint | null,
    cell: string,
    when: { da: string; en: string },
    related: string[],
  ) => {
    if (o === null || x === null) return;
    const required = divInt(ratio.digits * x, pow10(ratio.scale), 'ceil');
    if (o >= required) return;
    out.push(shortfall(input, cell, o, required, ratio, when, related));
  };

  // A plan without periods is judged once, as a whole.
  (amountsOnly(input) ? [] : input.periods).forEach((period, p) => {
    const related = partsRange(others.flatMap((r) => (r.amounts[p] ? [r.amounts[p]!.cell] : [])));
    check(
      periodSum(own, p, true),
      periodSum(others, p, true),
      own[0].amounts[p]?.cell ?? own[0].labelCell,
      { da: `i ${period.label}`, en: `in ${period.label}` },
      related,
    );
  });
  const whole = amountsOnly(input);
  const related = partsRange(
    others.flatMap((r) => (r.total ? [r.total.cell] : whole && r.amounts[0] ? [r.amounts[0].cell] : [])),
  );
  check(
    overallSum(own, true),
    overallSum(others, true),
    own[0].total?.cell ?? (whole ? own[0].amounts[0]?.cell : null) ?? own[0].labelCell,
    wholeOf(input),
    related,
  );
  return out;
}

function shortfall(
  input: CofinancingInput,
  cell: string,
  own: bigint,
  required: bigint,
  ratio: Decimal,
  when: { da: string; en: string },
  related: string[],
): Finding {
  const missing = required - own;
  const r = (lang: 'da' | 'en') => `${formatNumber(ratio, lang)}:1`;
  // With no own financing, the others' money matches the first source's: said in those words.
  const message = input.matched
    ? text(
        endSentence(
          `De øvrige bidrag ${when.da} er ${formatKroner(own, 'da')}, men forholdet ${r('da')} til »${input.matched}« kræver ${formatKroner(required, 'da')}, så der mangler ${formatKroner(missing, 'da')}`,
        ),
        `The other contributions ${when.en} are ${formatKroner(own, 'en')}, but the ratio ${r('en')} to "${input.matched}" requires ${formatKroner(required, 'en')}. ${formatKroner(missing, 'en')} is missing.`,
      )
    : text(
        endSentence(
          `Egenfinansieringen ${when.da} er ${formatKroner(own, 'da')}, men forholdet ${r('da')} kræver ${formatKroner(required, 'da')}, så der mangler ${formatKroner(missing, 'da')}`,
        ),
        `Own financing ${when.en} is ${formatKroner(own, 'en')}, but the ratio ${r('en')} requires ${formatKroner(required, 'en')}. ${formatKroner(missing, 'en')} is missing.`,
      );
  return finding('matching-shortfall', input.sheet, cell, message, {
    expected: oereToPlain(required),
    actual: oereToPlain(own),
    related,
  });
}
