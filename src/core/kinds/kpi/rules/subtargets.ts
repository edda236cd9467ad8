/**
 * Sub-targets must add up to the gross target they are stated to make up ("ca. 6000" = 1.500 + 1.000
 * + 2.500 + 1.000). An exact gross must be met exactly; an approximate one ("ca.", opts.approx) may
 * differ by up to 5 % of the gross.
 */
import { compare, decimal, mul, neg, sub, sum, toPlainString, type Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import type { Located } from '../../../located';
import { formatNumber } from '../../../money/format';

/** How far an approximate gross may be from the sum of its parts, in percent of the gross. */
export const APPROX_TOLERANCE_PERCENT = 5n;

export function checkSubtargets(
  sheet: string,
  gross: Located<Decimal>,
  parts: readonly Located<Decimal>[],
  opts: { approx?: boolean } = {},
): Finding[] {
  if (parts.length === 0) return [];
  const total = sum(parts.map((p) => p.value));
  const diff = sub(total, gross.value);
  const c = compare(diff, decimal(0));
  if (c === 0) return [];
  const absDiff = c < 0 ? neg(diff) : diff;
  const absGross = compare(gross.value, decimal(0)) < 0 ? neg(gross.value) : gross.value;
  // |diff| x 100 <= 5 x |gross|, decided exactly.
  if (
    opts.approx &&
    compare(mul(absDiff, decimal(100)), mul(absGross, decimal(APPROX_TOLERANCE_PERCENT))) <= 0
  ) {
    return [];
  }
  const n = (d: Decimal, lang: 'da' | 'en') => formatNumber(d, lang);
  const more = c > 0;
  const tolerance = opts.approx ? { da: ' (mere end 5 %)', en: ' (more than 5 %)' } : { da: '', en: '' };
  return [
    finding(
      'kpi-subtargets-mismatch',
      sheet,
      gross.cell,
      text(
        `Delmålene summerer til ${n(total, 'da')}, men det samlede mål er ${opts.approx ? 'ca. ' : ''}${n(gross.value, 'da')}: ${n(absDiff, 'da')} ${more ? 'for meget' : 'for lidt'}${tolerance.da}.`,
        `The sub-targets add up to ${n(total, 'en')}, but the gross target is ${opts.approx ? 'about ' : ''}${n(gross.value, 'en')}: ${n(absDiff, 'en')} ${more ? 'too many' : 'too few'}${tolerance.en}.`,
      ),
      {
        expected: toPlainString(gross.value),
        actual: toPlainString(total),
        related: parts.map((p) => p.cell),
      },
    ),
  ];
}
