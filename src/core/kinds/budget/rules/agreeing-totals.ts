/**
 * A total that agrees with its parts is not flagged. One figure typed wrong breaks every sum it stands in:
 * a subtotal that is not the sum of its items also makes the total above it disagree with the subtotals, and
 * the line's "I alt" over its years disagree with its years. The cell that breaks two relations is the
 * error; the totals around it, which equal what their parts add up to once that cell is set right, are not.
 * So a sum whose parts, each put right by its own sum, add up to the stated figure gives no finding, as long
 * as every part it corrects carries a finding of its own (a part that silently repeats a wrong figure below
 * it is no excuse).
 */
import { add, compare, sub, ZERO, type Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';

/** A cell of a budget by line index and column index (into BudgetInput.values). */
export interface LineCell {
  readonly line: number;
  readonly col: number;
}

/** One sum the rules check: a total and the cells it adds up, with the finding it gave (if broken). */
export interface SumRelation {
  readonly total: LineCell;
  readonly parts: readonly LineCell[];
  /** Whether a difference (stated minus sum) is no difference: exact, or within the sheet's rounding. */
  readonly holds: (diff: Decimal) => boolean;
  readonly finding: Finding | null;
}

const key = (c: LineCell) => `${c.line}|${c.col}`;
const same = (a: Decimal, b: Decimal) => compare(a, b) === 0;

/** The findings of sums that agree with their parts once the parts that are wrong themselves are put right. */
export function agreeingTotals(
  relations: readonly SumRelation[],
  values: readonly (readonly (Decimal | null)[])[],
): Set<Finding> {
  const own = new Map<string, SumRelation[]>();
  for (const r of relations) own.set(key(r.total), [...(own.get(key(r.total)) ?? []), r]);
  const stated = (c: LineCell): Decimal => values[c.line][c.col] ?? ZERO;
  const sumOf = (cells: readonly LineCell[], value: (c: LineCell) => Decimal) =>
    cells.reduce<Decimal>((s, c) => add(s, value(c)), ZERO);

  // What a cell should hold by its own sums: its figure when one of its sums agrees with it (or it is no
  // sum), else what its parts, themselves put right, add up to, when all its sums say the same.
  const memo = new Map<string, Decimal>();
  const corrected = (c: LineCell): Decimal => {
    const k = key(c);
    const known = memo.get(k);
    if (known) return known;
    const mine = own.get(k) ?? [];
    let value = stated(c);
    const sums = mine.map((r) => sumOf(r.parts, corrected));
    const agrees = mine.some((r, i) => r.finding === null || r.holds(sub(stated(c), sums[i])));
    if (mine.length && !agrees && sums.every((s) => same(s, sums[0]))) value = sums[0];
    memo.set(k, value);
    return value;
  };
  const flagged = new Set(relations.filter((r) => r.finding !== null).map((r) => key(r.total)));

  const out = new Set<Finding>();
  for (const r of relations) {
    if (r.finding === null) continue;
    const wrongParts = r.parts.filter((p) => !same(corrected(p), stated(p)));
    if (wrongParts.length === 0 || wrongParts.some((p) => !flagged.has(key(p)))) continue;
    if (r.holds(sub(stated(r.total), sumOf(r.parts, corrected)))) out.add(r.finding);
  }
  return out;
}
