/**
 * Every total in a co-financing table must be the sum of its parts: the total row per period, each
 * row's total column, and the grand total both ways. A total whose parts are not all readable is left
 * alone: the missing cell has its own finding, and a mismatch on a partial sum would be noise.
 */
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import type { Located } from '../../../located';
import { formatKroner } from '../../../money/format';
import { oereToPlain } from '../../../money/oere';
import type { CofinancingInput } from './input';
import { cellsOf, partsRange, sumAll } from './parts';

export function checkTotals(input: CofinancingInput): Finding[] {
  const out: Finding[] = [];
  const wrong = new Set<string>();
  const check = (total: Located<bigint> | null, parts: readonly (Located<bigint> | null)[]): void => {
    if (total === null || parts.length === 0) return;
    const s = sumAll(parts);
    if (s === null || s === total.value) return;
    wrong.add(total.cell);
    out.push(totalMismatch(input.sheet, total, s, partsRange(cellsOf(parts))));
  };

  const tr = input.totalRow;
  if (tr) {
    input.periods.forEach((_, p) =>
      check(
        tr.amounts[p] ?? null,
        input.rows.map((r) => r.amounts[p] ?? null),
      ),
    );
  }
  for (const r of input.rows) check(r.total, r.amounts);
  if (tr && tr.total) {
    // The grand total must equal the total row across and the total column down. A side holding a
    // total already found wrong proves nothing more, and one finding on the grand total is enough.
    const across = tr.amounts;
    const down = input.rows.map((r) => r.total);
    const usable = (parts: typeof across) =>
      parts.length > 0 && parts.every((x) => x === null || !wrong.has(x.cell));
    const before = out.length;
    if (usable(across)) check(tr.total, across);
    if (out.length === before && usable(down)) check(tr.total, down);
    // One wrong cell inside breaks a total on each side; the two sides still agree with each other, and a
    // grand total that differs from both is wrong as well. Sides that disagree prove nothing.
    if (out.length === before && !usable(across) && !usable(down)) {
      const a = sumAll(across);
      if (a !== null && a === sumAll(down)) check(tr.total, across);
    }
  }
  return out;
}

export function totalMismatch(
  sheet: string,
  total: Located<bigint>,
  sum: bigint,
  related: string[],
): Finding {
  const parts = related.join(', ');
  const diff = total.value - sum;
  return finding(
    'total-mismatch',
    sheet,
    total.cell,
    text(
      `${total.cell} er ${formatKroner(total.value, 'da')}, men summen af ${parts} er ${formatKroner(sum, 'da')} (forskel ${formatKroner(diff, 'da')}).`,
      `${total.cell} is ${formatKroner(total.value, 'en')}, but the sum of ${parts} is ${formatKroner(sum, 'en')} (difference ${formatKroner(diff, 'en')}).`,
    ),
    { expected: oereToPlain(sum), actual: oereToPlain(total.value), related },
  );
}
