/**
 * A project budget balances: its costs in total equal its financing in total, in every column (every year
 * and the whole period). The two totals are found by their lines' words ("Udgifter i alt", "Finansiering i
 * alt") among the top lines, or by the headings over their items ("Finansiering" ... "I alt").
 */
import { compare, sub } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import type { BudgetInput } from '../check';
import { amountText, plainAmount } from '../say';
import { financingColumns, partTotal } from './financing';

export function balanceFindings(input: BudgetInput): Finding[] {
  const { layout: t, values } = input;
  const [ci, fi] = [partTotal(input, 'costs'), partTotal(input, 'financing')];
  if (ci === null || fi === null || ci === fi) return [];
  const [costs, financing] = [
    { l: t.lines[ci], i: ci },
    { l: t.lines[fi], i: fi },
  ];
  const out: Finding[] = [];
  financingColumns(input).forEach((j) => {
    const c = t.columns[j];
    const [u, f] = [values[costs.i][j], values[financing.i][j]];
    if (u === null || f === null || compare(u, f) === 0) return;
    const cell = a1(financing.l.row, c.col);
    const [us, fs, d] = [
      amountText(u, input.scale),
      amountText(f, input.scale),
      amountText(sub(f, u), input.scale),
    ];
    out.push(
      finding(
        'budget-unbalanced',
        input.sheet,
        cell,
        text(
          `Budgettet balancerer ikke i ${c.label || 'kolonnen'}: finansieringen er ${fs.da}, udgifterne ${us.da} (forskel ${d.da}).`,
          `The budget does not balance in ${c.label || 'the column'}: financing is ${fs.en}, costs ${us.en} (difference ${d.en}).`,
        ),
        {
          expected: plainAmount(u, input.scale),
          actual: plainAmount(f, input.scale),
          related: [a1(costs.l.row, c.col)],
        },
      ),
    );
  });
  return out;
}
