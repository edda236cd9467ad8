/**
 * The sums a budget reading claims: every parent line equals the sum of its children (breakdowns and key
 * figures left out) in every column of amounts. A parent that misses its children but equals the lines at
 * the bottom of the hierarchy under it holds too: one wrong subtotal then breaks one sum, not every sum
 * above it, as in a co-financing reading that counts its total against the sources, so the two kinds'
 * readings of one table are weighed alike.
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
  const leaves = (row: number): number[] =>
    (children.get(row) ?? []).flatMap((r) => (children.has(r) ? leaves(r) : [r]));
  let ev = NO_EVIDENCE;
  for (const col of t.columns) {
    if (NOT_SUMMED.has(col.role)) continue;
    const figures = (rows: readonly number[]) => rows.map((r) => at(r, col.col));
    for (const [parent, rows] of children) {
      const own = claimedSum(at(parent, col.col), figures(rows));
      // A total kept in step with a wrong subtotal under it, or one that still sums the bottom lines: either
      // way the one wrong figure is below it, and it is counted there only.
      const bottom = own.broken ? claimedSum(at(parent, col.col), figures(leaves(parent))) : own;
      ev = plus(ev, bottom.held ? bottom : own);
    }
  }
  return ev;
}
