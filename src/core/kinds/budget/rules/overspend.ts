/**
 * An expected outcome above the corrected budget is news for the area, not an error in the sheet: one info
 * per top-level line (hovedkonto or area) that is expected to overspend.
 */
import { compare, sub } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import type { BudgetInput } from '../check';
import { amountText, plainAmount } from '../say';

export function overspendFindings(input: BudgetInput): Finding[] {
  const { layout: t, values } = input;
  const budget = t.columns.findIndex((c) => c.role === 'corrected');
  const expected = t.columns.findIndex((c) => c.role === 'expected');
  if (budget < 0 || expected < 0) return [];
  const out: Finding[] = [];
  const byRow = new Map(t.lines.map((l) => [l.row, l]));
  // An area is a top line, or a line straight under a grand total ("I alt" at the foot of the budget).
  const isArea = (l: (typeof t.lines)[number]) =>
    l.parent === null ? !l.total : byRow.get(l.parent)?.parent === null && !!byRow.get(l.parent)?.total;
  t.lines.forEach((line, i) => {
    if (!isArea(line)) return;
    const [b, e] = [values[i][budget], values[i][expected]];
    if (b === null || e === null || compare(e, b) <= 0) return;
    // Minus is income: an expected outcome "above" a negative budget is more income, not an overspend.
    if (b.digits < 0n && e.digits < 0n) return;
    const over = sub(e, b);
    const cell = a1(line.row, t.columns[expected].col);
    const amount = amountText(over, input.scale);
    out.push(
      finding(
        'budget-overspend',
        input.sheet,
        cell,
        text(
          `»${line.label}« forventer at bruge ${amount.da} mere end det korrigerede budget.`,
          `"${line.label}" expects to spend ${amount.en} more than the corrected budget.`,
        ),
        { expected: plainAmount(b, input.scale), actual: plainAmount(e, input.scale) },
      ),
    );
  });
  return out;
}
