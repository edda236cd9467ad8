/**
 * A column whose heading names no budget role ("Rest", "Disponibelt", "Ændring", "Difference") is still read
 * when its numbers say what it is: on most of its lines the sum or the difference of two named columns. A
 * budget less what is spent or expected is a deviation, an original budget plus supplementary appropriations a
 * corrected budget; any other difference is read as a deviation and any other sum as amounts. The arithmetic
 * decides; the heading only names it. Without this the column would be left out, and a wrong figure in it
 * never found.
 */
import { add, compare, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { SheetCells } from '../../reader/cells';
import type { BudgetColumn, BudgetColumnRole } from '../../tables/layout';
import { withinRounding } from './rounding';
import { decimalsOf } from './values';
import { BUDGET_LIMITS } from './words';

const BASES: readonly BudgetColumnRole[] = ['corrected', 'budget', 'original'];
const OUTCOMES: readonly BudgetColumnRole[] = ['spent', 'expected'];

type Derived = NonNullable<BudgetColumn['derived']>;
type Relation = Derived & { readonly role: BudgetColumnRole };

const apply = (d: Derived, a: Decimal, b: Decimal): Decimal => (d.op === '+' ? add(a, b) : sub(a, b));

/** The relations to try, the ones budgets name first: a deviation, a corrected budget, then any pair. */
function relations(columns: readonly BudgetColumn[]): Relation[] {
  const summed = columns.filter((c) => c.role !== 'deviation-pct' && !c.derived);
  const is = (c: BudgetColumn, roles: readonly BudgetColumnRole[]) => roles.includes(c.role);
  const named: Relation[] = [];
  const other: Relation[] = [];
  for (const a of summed)
    for (const b of summed) {
      if (a.col === b.col) continue;
      const deviation = is(a, BASES) && is(b, OUTCOMES);
      (deviation ? named : other).push({ role: 'deviation', from: a.col, op: '-', and: b.col });
      if (a.col < b.col) {
        const corrected = a.role === 'original' && b.role === 'supplementary';
        const sum = { from: a.col, op: '+' as const, and: b.col };
        (corrected ? named : other).push({ ...sum, role: corrected ? 'corrected' : 'amount' });
      }
    }
  return [...named, ...other];
}

/** What the column's numbers make it among the named columns, or null when no sum or difference holds. */
export function roleByArithmetic(
  cells: SheetCells,
  rows: readonly number[],
  col: number,
  columns: readonly BudgetColumn[],
): Relation | null {
  const own = rows.map((r) => cells.number(r, col));
  const decimals = decimalsOf(own);
  for (const rel of relations(columns)) {
    let tried = 0;
    let held = 0;
    rows.forEach((r, i) => {
      const [u, a, b] = [own[i], cells.number(r, rel.from), cells.number(r, rel.and)];
      // A zero on either side would let a copy of the other column pass for a sum or a difference.
      if (u === null || a === null || b === null || compare(a, ZERO) === 0 || compare(b, ZERO) === 0) return;
      tried++;
      const places = Math.min(decimals, Math.max(decimalsOf([a]), decimalsOf([b])));
      if (withinRounding(sub(u, apply(rel, a, b)), 2, places)) held++;
    });
    if (tried >= BUDGET_LIMITS.minDerivedLines && held / tried >= BUDGET_LIMITS.derivedShare) return rel;
  }
  return null;
}
