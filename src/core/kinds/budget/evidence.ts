/**
 * The sums a budget reading claims: every parent line equals the sum of its children (breakdowns and key
 * figures left out) in every column of amounts. A parent that equals what its lines below add up to, all
 * the way down, holds even when a subtotal between them was typed wrong: that subtotal is one broken sum,
 * not two, as the rule and the diagnosis see it (a wrong subtotal and the total above it that disagrees).
 */
import { add, ZERO, type Decimal } from '../../decimal/decimal';
import {
  claimedSum,
  NO_EVIDENCE,
  plus,
  type Evidence,
  type NumberAt,
} from '../../reader/candidates/evidence';
import type { BudgetColumnRole, BudgetLayout } from '../../tables/layout';

type BudgetShape = Pick<BudgetLayout, 'columns' | 'lines'>;

/** Columns whose figures add up down the hierarchy (a percentage does not). */
const NOT_SUMMED: ReadonlySet<BudgetColumnRole> = new Set<BudgetColumnRole>(['deviation-pct']);

export function budgetEvidence(t: BudgetShape, at: NumberAt): Evidence {
  const children = new Map<number, number[]>();
  for (const line of t.lines) {
    if (line.parent === null || line.breakdown || line.statistic) continue;
    const list = children.get(line.parent) ?? [];
    list.push(line.row);
    children.set(line.parent, list);
  }
  let ev = NO_EVIDENCE;
  for (const col of t.columns) {
    if (NOT_SUMMED.has(col.role)) continue;
    // What a line's items add up to, down to the lines without items; its own figure for those.
    const computed = new Map<number, Decimal | null>();
    const sumOf = (row: number): Decimal | null => {
      const rows = children.get(row);
      if (!rows) return at(row, col.col);
      if (computed.has(row)) return computed.get(row)!;
      const parts = rows.map(sumOf).filter((v): v is Decimal => v !== null);
      const v = parts.length === 0 ? null : parts.reduce((a, b) => add(a, b), ZERO);
      computed.set(row, v);
      return v;
    };
    for (const [parent, rows] of children) {
      const stated = at(parent, col.col);
      const direct = claimedSum(
        stated,
        rows.map((r) => at(r, col.col)),
      );
      const deep =
        direct.broken > 0 && rows.some((r) => children.has(r)) ? claimedSum(stated, rows.map(sumOf)) : null;
      ev = plus(ev, deep && deep.held > 0 ? deep : direct);
    }
  }
  return ev;
}
