/**
 * The sums a budget reading claims: every parent line equals the sum of its children (breakdowns and key
 * figures left out) in every column of amounts, and a column that totals the years ("I alt") equals the
 * line's years. A parent that equals what its lines below add up to, all the way down, holds even when a
 * subtotal between them was typed wrong: that subtotal is one broken sum, not two, as the rule and the
 * diagnosis see it (rules/agreeing-totals.ts); so does a line's "I alt" over the years of a wrong subtotal.
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
import { rowTotalColumns } from './rules/row-totals';

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
  const deepOf = new Map<number, (row: number) => Decimal | null>();
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
    deepOf.set(col.col, sumOf);
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
  const held = (total: number, years: readonly number[]) =>
    t.lines.filter(
      (line) =>
        claimedSum(
          at(line.row, t.columns[total].col),
          years.map((k) => at(line.row, t.columns[k].col)),
        ).held > 0,
    ).length;
  for (const { total, years } of rowTotalColumns(t.columns, held)) {
    const totalCol = t.columns[total].col;
    const yearCols = years.map((k) => t.columns[k].col);
    for (const line of t.lines) {
      if (line.statistic) continue;
      const stated = at(line.row, totalCol);
      const direct = claimedSum(
        stated,
        yearCols.map((c) => at(line.row, c)),
      );
      const deep =
        direct.broken > 0 && children.has(line.row)
          ? claimedSum(
              stated,
              yearCols.map((c) => deepOf.get(c)?.(line.row) ?? at(line.row, c)),
            )
          : null;
      ev = plus(ev, deep && deep.held > 0 ? deep : direct);
    }
  }
  return ev;
}
