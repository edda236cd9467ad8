/**
 * A project budget's cost total (or financing total) typed wrong is not the sum of its items, and so the
 * budget does not balance either. When the items' sum is exactly the other side's total, the one figure
 * explains both: one item at the total, with the imbalance under it, not two things to look at.
 */
import { compare, parsePlainDecimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { text, type Finding } from '../../findings/finding';
import type { BudgetFacts } from './check';
import { amountText } from './say';

export function totalsThatUnbalance(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const mismatchAt = new Map(
    open.filter((f) => f.rule === 'budget-total-mismatch').map((f) => [`${f.sheet}!${f.cell}`, f]),
  );
  const out: Diagnosis[] = [];
  for (const unbalanced of open) {
    const costsCell = unbalanced.related?.[0];
    if (unbalanced.rule !== 'budget-unbalanced' || !costsCell) continue;
    // expected holds the costs, actual the financing: the side typed wrong should equal the other one.
    const sides = [
      { cell: costsCell, other: unbalanced.actual },
      { cell: unbalanced.cell, other: unbalanced.expected },
    ].flatMap(({ cell, other }) => {
      const own = mismatchAt.get(`${unbalanced.sheet}!${cell}`);
      const items = own?.expected === undefined ? null : parsePlainDecimal(own.expected);
      const wanted = other === undefined ? null : parsePlainDecimal(other);
      return own && items && wanted && compare(items, wanted) === 0 ? [{ own, items }] : [];
    });
    if (sides.length !== 1) continue;
    const { own, items } = sides[0];
    // The finding's amounts are in kroner when the sheet states its unit, else as on the sheet.
    const right = amountText(items, input.scale === undefined ? undefined : 1);
    out.push({
      rule: 'budget-subtotal-typo',
      sheet: own.sheet,
      cell: own.cell,
      confidence: 'likely',
      message: text(
        `${own.message.da} Med summen af underposterne, ${right.da}, balancerer budgettet også.`,
        `${own.message.en} With the sum of its items, ${right.en}, the budget balances as well.`,
      ),
      ...(own.expected !== undefined ? { expected: own.expected } : {}),
      ...(own.actual !== undefined ? { actual: own.actual } : {}),
      explains: [own, unbalanced],
    });
  }
  return out;
}
