/**
 * A figure typed wrong in a column computed from others ("Rest" = korrigeret budget - forbrug) breaks its
 * own line's formula and the sum of its column. When the sum is off by exactly that figure's own error and
 * the figure is one of the sum's items, the figure is the error and the total is right: one item, at the
 * figure, with the sum under it.
 */
import { compare, parsePlainDecimal, sub } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { text, type Finding } from '../../findings/finding';
import { parseA1 } from '../../grid/a1';
import type { BudgetFacts } from './check';
import { brokenSums } from './relations';
import { plainAmount } from './say';

export function derivedCrossings(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const t = input.layout;
  const lineAt = new Map(t.lines.map((l, i) => [l.row, i]));
  const colAt = new Map(t.columns.map((c, j) => [c.col, j]));
  const sums = brokenSums(input, open);
  const out: Diagnosis[] = [];
  for (const own of open) {
    if (own.rule !== 'budget-derived-mismatch') continue;
    const pos = parseA1(own.cell);
    const i = pos ? lineAt.get(pos.row) : undefined;
    const j = pos ? colAt.get(pos.col) : undefined;
    const right = own.expected === undefined ? null : parsePlainDecimal(own.expected);
    const typed = own.actual === undefined ? null : parsePlainDecimal(own.actual);
    if (i === undefined || j === undefined || right === null || typed === null) continue;
    // The sum counts the typed figure: stated minus sum is the figure's error the other way round.
    const error = sub(right, typed);
    const crossing = sums.filter((s) => {
      if (s.col !== j || !s.items.includes(i)) return false;
      const diff = parsePlainDecimal(plainAmount(s.diff, input.scale));
      return diff !== null && compare(diff, error) === 0;
    });
    if (crossing.length !== 1) continue;
    const sum = crossing[0].finding;
    out.push({
      rule: 'cell-breaks-totals',
      sheet: input.sheet,
      cell: own.cell,
      confidence: 'likely',
      message: text(
        `${own.message.da} Med det tal stemmer også ${sum.cell}.`,
        `${own.message.en} With that figure ${sum.cell} agrees as well.`,
      ),
      ...(own.expected !== undefined ? { expected: own.expected } : {}),
      ...(own.actual !== undefined ? { actual: own.actual } : {}),
      explains: [own, sum],
    });
  }
  return out;
}
