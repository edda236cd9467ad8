/**
 * Every figure a split's total rows show must be the sum of the parties': the population in "I alt" (first
 * or last), and the amount of a second total row (the region's row first and "I alt" last). The amount of
 * the total the split is checked against is the split check's own (split-unallocated).
 */
import { compare, sub, sum, toPlainString, type Decimal } from '../../decimal/decimal';
import type { Finding } from '../../findings/finding';
import { text } from '../../findings/finding';
import { finding } from '../../findings/make';
import { a1 } from '../../grid/a1';
import { formatKroner, formatNumber } from '../../money/format';
import { oereToPlain } from '../../money/oere';
import { partsRange } from '../cofinancing/rules/parts';
import type { ApportionmentLayout } from '../../tables/layout';
import { readAmountAt, readDecimalAt, type CellReader } from '../../check/read-cells';

export function splitTotalRowFindings(
  r: CellReader,
  t: ApportionmentLayout,
  weights: readonly (Decimal | null)[],
  amounts: readonly (bigint | null)[],
): Finding[] {
  const out: Finding[] = [];
  const sheet = r.grid.name;
  const others = t.otherTotalRows ?? [];
  const totals = [...(t.totalRow !== null ? [t.totalRow] : []), ...others];
  const column = (col: number) => partsRange(t.dataRows.map((row) => a1(row, col)));

  if (t.keyKind === 'population' && t.keyCol !== null && weights.every((w) => w !== null)) {
    const keyCol = t.keyCol;
    const parts = sum(weights as Decimal[]);
    for (const row of totals) {
      const stated = readDecimalAt(r, row, keyCol, true);
      if (!stated || compare(stated.value, parts) === 0) continue;
      const [shown, should, diff] = [stated.value, parts, sub(stated.value, parts)].map((d) => ({
        da: formatNumber(d, 'da'),
        en: formatNumber(d, 'en'),
      }));
      out.push(
        finding(
          'total-mismatch',
          sheet,
          stated.cell,
          text(
            `${stated.cell} er ${shown.da}, men summen af ${column(keyCol).join(', ')} er ${should.da} (forskel ${diff.da}).`,
            `${stated.cell} is ${shown.en}, but the sum of ${column(keyCol).join(', ')} is ${should.en} (difference ${diff.en}).`,
          ),
          { expected: toPlainString(parts), actual: toPlainString(stated.value), related: column(keyCol) },
        ),
      );
    }
  }

  if (t.amountCol !== null && others.length && amounts.every((a) => a !== null)) {
    const amountCol = t.amountCol;
    const parts = (amounts as bigint[]).reduce((s, a) => s + a, 0n);
    for (const row of others) {
      const stated = readAmountAt(r, row, amountCol, true);
      if (!stated || stated.value === parts) continue;
      out.push(
        finding(
          'total-mismatch',
          sheet,
          stated.cell,
          text(
            `${stated.cell} er også en total, men siger ${formatKroner(stated.value, 'da')}, mens summen af ${column(amountCol).join(', ')} er ${formatKroner(parts, 'da')}.`,
            `${stated.cell} is a total too, but says ${formatKroner(stated.value, 'en')}, while the sum of ${column(amountCol).join(', ')} is ${formatKroner(parts, 'en')}.`,
          ),
          { expected: oereToPlain(parts), actual: oereToPlain(stated.value), related: column(amountCol) },
        ),
      );
    }
  }
  return out;
}
