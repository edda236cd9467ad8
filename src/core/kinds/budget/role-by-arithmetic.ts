/**
 * A column whose heading names no budget role ("Rest", "Disponibelt", "Restbudget") is still read when its
 * numbers say what it is: a budget less what is spent or expected is a deviation, an original budget plus
 * supplementary appropriations is a corrected budget. The arithmetic decides; the heading only names it.
 * Without this the column would be left out, and a wrong figure in it never found.
 */
import { add, compare, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { SheetCells } from '../../reader/cells';
import type { BudgetColumn, BudgetColumnRole } from '../../tables/layout';
import { withinRounding } from './rounding';
import { decimalsOf } from './values';
import { BUDGET_LIMITS } from './words';

const BASES: readonly BudgetColumnRole[] = ['corrected', 'budget', 'original'];
const OUTCOMES: readonly BudgetColumnRole[] = ['spent', 'expected'];

type Relation = {
  readonly role: BudgetColumnRole;
  readonly a: number;
  readonly b: number;
  readonly f: (a: Decimal, b: Decimal) => Decimal;
};

function relations(columns: readonly BudgetColumn[]): Relation[] {
  const of = (roles: readonly BudgetColumnRole[]) => columns.filter((c) => roles.includes(c.role));
  const out: Relation[] = [];
  for (const base of of(BASES))
    for (const outcome of of(OUTCOMES)) {
      out.push({ role: 'deviation', a: base.col, b: outcome.col, f: (x, y) => sub(x, y) });
      out.push({ role: 'deviation', a: base.col, b: outcome.col, f: (x, y) => sub(y, x) });
    }
  for (const orig of of(['original']))
    for (const supp of of(['supplementary']))
      out.push({ role: 'corrected', a: orig.col, b: supp.col, f: (x, y) => add(x, y) });
  return out;
}

/** The role the column's numbers give it among the named columns, or null when none holds. */
export function roleByArithmetic(
  cells: SheetCells,
  rows: readonly number[],
  col: number,
  columns: readonly BudgetColumn[],
): BudgetColumnRole | null {
  const own = rows.map((r) => cells.number(r, col));
  const decimals = decimalsOf(own);
  for (const rel of relations(columns)) {
    let tried = 0;
    let held = 0;
    rows.forEach((r, i) => {
      const [u, a, b] = [own[i], cells.number(r, rel.a), cells.number(r, rel.b)];
      // A zero on either side would let a copy of the other column pass for a sum or a difference.
      if (u === null || a === null || b === null || compare(a, ZERO) === 0 || compare(b, ZERO) === 0) return;
      tried++;
      const places = Math.min(decimals, Math.max(decimalsOf([a]), decimalsOf([b])));
      if (withinRounding(sub(u, rel.f(a, b)), 2, places)) held++;
    });
    if (tried >= BUDGET_LIMITS.minDerivedLines && held / tried >= BUDGET_LIMITS.derivedShare) return rel.role;
  }
  return null;
}
