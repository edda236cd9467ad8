/**
 * The sums of a budget as the diagnoses need them: which lines are the items of which, and for each
 * `budget-total-mismatch` finding the parent line, the column, its items and how far the stated figure is
 * from their sum, in the sheet's own unit.
 */
import { add, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { Finding } from '../../findings/finding';
import { parseA1 } from '../../grid/a1';
import type { BudgetInput } from './check';

export interface BrokenSum {
  readonly finding: Finding;
  /** Index of the parent line and of the budget column. */
  readonly line: number;
  readonly col: number;
  readonly items: readonly number[];
  /** Stated minus the sum of the items. */
  readonly diff: Decimal;
}

/** Items of each line (by line index), "heraf" lines left out: they are not counted in the sum. */
export function itemsOf(input: BudgetInput): Map<number, number[]> {
  const index = new Map(input.layout.lines.map((l, i) => [l.row, i]));
  const out = new Map<number, number[]>();
  input.layout.lines.forEach((l, i) => {
    if (l.parent === null || l.breakdown) return;
    const p = index.get(l.parent);
    if (p !== undefined) out.set(p, [...(out.get(p) ?? []), i]);
  });
  return out;
}

export function brokenSums(input: BudgetInput, open: readonly Finding[]): BrokenSum[] {
  const t = input.layout;
  const items = itemsOf(input);
  const lineAt = new Map(t.lines.map((l, i) => [l.row, i]));
  const colAt = new Map(t.columns.map((c, j) => [c.col, j]));
  return open.flatMap((finding) => {
    const pos = finding.rule === 'budget-total-mismatch' ? parseA1(finding.cell) : null;
    const line = pos ? lineAt.get(pos.row) : undefined;
    const col = pos ? colAt.get(pos.col) : undefined;
    const kids = line === undefined ? undefined : items.get(line);
    if (line === undefined || col === undefined || !kids) return [];
    const stated = input.values[line][col];
    if (stated === null) return [];
    const sum = kids.reduce<Decimal>((s, i) => add(s, input.values[i][col] ?? ZERO), ZERO);
    return [{ finding, line, col, items: kids, diff: sub(stated, sum) }];
  });
}
