/**
 * Every figure a split's total rows show must be the sum of the parties': the population in "I alt" (first
 * or last), and the amount of a second total row (the region's row first and "I alt" last). The amount of
 * the total the split is checked against is the split check's own (split-unallocated).
 */
import { compare, sub, sum, toPlainString, type Decimal } from '../../decimal/decimal';
import type { Finding } from '../../findings/finding';
import { text } from '../../findings/finding';
import { finding } from '../../findings/make';
import { formatAmount, formatNumber } from '../../money/format';
import { oereToPlain } from '../../money/oere';
import { partsRange } from '../cofinancing/rules/parts';
import type { ApportionmentLayout } from '../../tables/layout';
import { readAmountAt, readDecimalAt, type CellReader } from '../../check/read-cells';
import { splitA1, splitAt } from './axes';
import type { Located } from '../../located';

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
  const column = (col: number) => partsRange(t.dataRows.map((row) => splitA1(t, row, col)));

  if (t.keyKind === 'population' && t.keyCol !== null && weights.every((w) => w !== null)) {
    const keyCol = t.keyCol;
    const parts = sum(weights as Decimal[]);
    for (const row of totals) {
      const stated = readDecimalAt(r, ...splitAt(t, row, keyCol), true);
      if (!stated || compare(stated.value, parts) === 0) continue;
      out.push(numberTotalMismatch(sheet, stated, parts, column(keyCol)));
    }
  }

  if (t.amountCol !== null && others.length && amounts.every((a) => a !== null)) {
    const amountCol = t.amountCol;
    const parts = (amounts as bigint[]).reduce((s, a) => s + a, 0n);
    for (const row of others) {
      const stated = readAmountAt(r, ...splitAt(t, row, amountCol), true);
      if (!stated || stated.value === parts) continue;
      out.push(
        finding(
          'total-mismatch',
          sheet,
          stated.cell,
          text(
            `${stated.cell} er også en total, men siger ${formatAmount(stated.value, 'da', t.countUnit)}, mens summen af ${column(amountCol).join(', ')} er ${formatAmount(parts, 'da', t.countUnit)}.`,
            `${stated.cell} is a total too, but says ${formatAmount(stated.value, 'en', t.countUnit)}, while the sum of ${column(amountCol).join(', ')} is ${formatAmount(parts, 'en', t.countUnit)}.`,
          ),
          { expected: oereToPlain(parts), actual: oereToPlain(stated.value), related: column(amountCol) },
        ),
      );
    }
  }
  return out;
}

/**
 * Each subtotal of a group of parties ("Nordsjælland i alt") must be the sum of its parts, in the key, the
 * printed shares and the amounts alike.
 */
export function splitSubtotalFindings(
  r: CellReader,
  t: ApportionmentLayout,
  /** A share as the check reads it: 0,58 among fractions of one is 58 %, as is 58 % in a percent-formatted cell. */
  shareAt: (row: number, col: number, optional?: boolean) => Located<Decimal> | null,
): Finding[] {
  const out: Finding[] = [];
  const sheet = r.grid.name;
  const percentCol = t.keyKind === 'percent' ? t.keyCol : (t.shareCol ?? null);
  for (const group of t.subtotalRows ?? []) {
    if (group.parts.length === 0) continue;
    const range = (col: number) => partsRange(group.parts.map((row) => splitA1(t, row, col)));
    for (const col of [t.keyCol, t.shareCol]) {
      if (col === null || col === undefined) continue;
      const read = (row: number) =>
        col === percentCol ? shareAt(row, col, true) : readDecimalAt(r, ...splitAt(t, row, col), true);
      const parts = group.parts.map((row) => read(row)?.value ?? null);
      const stated = read(group.row);
      if (!stated || parts.some((p) => p === null)) continue;
      const should = sum(parts as Decimal[]);
      if (compare(stated.value, should) === 0) continue;
      out.push(numberTotalMismatch(sheet, stated, should, range(col)));
    }
    if (t.amountCol !== null) {
      const amountCol = t.amountCol;
      const parts = group.parts.map(
        (row) => readAmountAt(r, ...splitAt(t, row, amountCol), true)?.value ?? null,
      );
      const stated = readAmountAt(r, ...splitAt(t, group.row, amountCol), true);
      if (!stated || parts.some((p) => p === null)) continue;
      const should = (parts as bigint[]).reduce((s, a) => s + a, 0n);
      if (stated.value === should) continue;
      out.push(
        finding(
          'total-mismatch',
          sheet,
          stated.cell,
          text(
            `${stated.cell} er ${formatAmount(stated.value, 'da', t.countUnit)}, men summen af ${range(amountCol).join(', ')} er ${formatAmount(should, 'da', t.countUnit)} (forskel ${formatAmount(stated.value - should, 'da', t.countUnit)}).`,
            `${stated.cell} is ${formatAmount(stated.value, 'en', t.countUnit)}, but the sum of ${range(amountCol).join(', ')} is ${formatAmount(should, 'en', t.countUnit)} (difference ${formatAmount(stated.value - should, 'en', t.countUnit)}).`,
          ),
          { expected: oereToPlain(should), actual: oereToPlain(stated.value), related: range(amountCol) },
        ),
      );
    }
  }
  return out;
}

/** A total of counts or shares that is not the sum of its parts, said with the parts' cells. */
function numberTotalMismatch(
  sheet: string,
  stated: { readonly value: Decimal; readonly cell: string },
  parts: Decimal,
  related: readonly string[],
): Finding {
  const [shown, should, diff] = [stated.value, parts, sub(stated.value, parts)].map((d) => ({
    da: formatNumber(d, 'da'),
    en: formatNumber(d, 'en'),
  }));
  return finding(
    'total-mismatch',
    sheet,
    stated.cell,
    text(
      `${stated.cell} er ${shown.da}, men summen af ${related.join(', ')} er ${should.da} (forskel ${diff.da}).`,
      `${stated.cell} is ${shown.en}, but the sum of ${related.join(', ')} is ${should.en} (difference ${diff.en}).`,
    ),
    { expected: toPlainString(parts), actual: toPlainString(stated.value), related },
  );
}
