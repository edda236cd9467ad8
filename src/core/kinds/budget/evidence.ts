/**
 * The sums a budget reading claims: every parent line equals the sum of its children (breakdowns and key
 * figures left out) in every column of amounts.
 */
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
    for (const [parent, rows] of children) {
      ev = plus(
        ev,
        claimedSum(
          at(parent, col.col),
          rows.map((r) => at(r, col.col)),
        ),
      );
    }
  }
  return ev;
}
