/** Every parent line equals the sum of its children, in every budget column (within the sheet's rounding). */
import { add, sub, ZERO, type Decimal } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import type { BudgetInput } from '../check';
import { withinRounding } from '../rounding';
import type { SumRelation } from './agreeing-totals';
import { duplicateLines } from './duplicates';
import { amountText, plainAmount } from '../say';

export interface SubtotalCheck {
  readonly findings: Finding[];
  /** Parent cells compared with their children. */
  readonly checked: number;
  /** Every sum compared, with its finding when it broke. */
  readonly relations: SumRelation[];
}

export function subtotalFindings(input: BudgetInput): SubtotalCheck {
  const { layout: t, values } = input;
  const index = new Map(t.lines.map((l, i) => [l.row, i]));
  const children = new Map<number, number[]>();
  t.lines.forEach((l, i) => {
    if (l.parent === null || l.breakdown) return;
    const p = index.get(l.parent);
    if (p === undefined) return;
    children.set(p, [...(children.get(p) ?? []), i]);
  });
  // Every relation first: whether the sheet is rounded line by line is read from the sheet itself.
  const relations: {
    p: number;
    j: number;
    kids: number[];
    stated: Decimal;
    total: Decimal;
    diff: Decimal;
  }[] = [];
  for (const [p, kids] of children) {
    t.columns.forEach((col, j) => {
      if (col.role === 'deviation-pct') return;
      const stated = values[p][j];
      const parts = kids.map((i) => values[i][j]);
      if (stated === null || parts.every((v) => v === null)) return;
      const total = parts.reduce<Decimal>((s, v) => (v === null ? s : add(s, v)), ZERO);
      relations.push({ p, j, kids, stated, total, diff: sub(stated, total) });
    });
  }
  const rounded = isRounded(relations, input.decimals);
  // A line typed twice has its own warning: a sum that holds without the copy is not wrong as well.
  const copies = duplicateLines(input);
  const holdsWithoutCopies = (r: (typeof relations)[number]) => {
    const copied = r.kids.filter((i) => copies.has(i));
    if (copied.length === 0) return false;
    const without = copied.reduce<Decimal>((s, i) => sub(s, values[i][r.j] ?? ZERO), r.total);
    const diff = sub(r.stated, without);
    return isZero(diff) || (rounded && withinRounding(diff, r.kids.length, input.decimals[r.j]));
  };
  const findings: Finding[] = [];
  const sums: SumRelation[] = [];
  for (const relation of relations) {
    const { p, j, kids, stated, total, diff } = relation;
    const holds = (d: Decimal) => isZero(d) || (rounded && withinRounding(d, kids.length, input.decimals[j]));
    const relationOf = (found: Finding | null): SumRelation => ({
      total: { line: p, col: j },
      parts: kids.map((line) => ({ line, col: j })),
      holds,
      finding: found,
    });
    if (holds(diff) || holdsWithoutCopies(relation)) {
      sums.push(relationOf(null));
      continue;
    }
    const col = t.columns[j];
    const cell = a1(t.lines[p].row, col.col);
    const range = `${a1(t.lines[kids[0]].row, col.col)}:${a1(t.lines[kids[kids.length - 1]].row, col.col)}`;
    const scale = input.scale;
    const [s, sum, d] = [amountText(stated, scale), amountText(total, scale), amountText(diff, scale)];
    const name = t.lines[p].label;
    const broken = finding(
      'budget-total-mismatch',
      input.sheet,
      cell,
      text(
        `${cell} (»${name}«, ${col.label}) er ${s.da}, men de ${kids.length} underposter summerer til ${sum.da} (forskel ${d.da}).`,
        `${cell} ("${name}", ${col.label}) is ${s.en}, but its ${kids.length} items sum to ${sum.en} (difference ${d.en}).`,
      ),
      { expected: plainAmount(total, scale), actual: plainAmount(stated, scale), related: [range] },
    );
    findings.push(broken);
    sums.push(relationOf(broken));
  }
  const checked = relations.length;
  return { findings, checked, relations: sums };
}

const isZero = (d: Decimal) => d.digits === 0n;

/**
 * A sheet rounded line by line shows it in more than one place: two or more sums off by no more than the
 * rounding of their lines. One such difference in an otherwise exact sheet is a typo, not rounding.
 */
function isRounded(
  relations: readonly { kids: number[]; j: number; diff: Decimal }[],
  decimals: readonly number[],
) {
  let small = 0;
  for (const r of relations) {
    if (!isZero(r.diff) && withinRounding(r.diff, r.kids.length, decimals[r.j]) && ++small >= 2) return true;
  }
  return false;
}
