/**
 * A subtotal typed wrong breaks two sums at once: its own (it is not the sum of its items) and its parent's
 * (the parent counts the wrong figure). The parent's total agrees with the items, so the rule does not flag
 * it (rules/agreeing-totals.ts); the diagnosis says the subtotal is the cell to fix, and the right figure is
 * the sum of its items. When the parent was flagged too, with the same difference the other way, the
 * diagnosis explains both findings.
 */
import { add, compare, neg, parsePlainDecimal, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { text, type Finding } from '../../findings/finding';
import { a1, parseA1 } from '../../grid/a1';
import type { BudgetFacts, BudgetInput } from './check';
import { itemsOf } from './relations';
import { amountText } from './say';

export function subtotalTypos(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const t = input.layout;
  const mismatches = open.filter((f) => f.rule === 'budget-total-mismatch');
  const at = new Map(mismatches.map((f) => [f.cell, f]));
  const lineAt = new Map(t.lines.map((l, i) => [l.row, i]));
  const colAt = new Map(t.columns.map((c, j) => [c.col, j]));
  const out: Diagnosis[] = [];
  for (const own of mismatches) {
    const pos = parseA1(own.cell);
    const i = pos ? lineAt.get(pos.row) : undefined;
    const j = pos ? colAt.get(pos.col) : undefined;
    if (!pos || i === undefined || j === undefined || t.lines[i].parent === null) continue;
    const line = t.lines[i];
    const aboveCell = a1(line.parent!, pos.col);
    const above = at.get(aboveCell);
    const d1 = difference(own);
    const right = own.expected ? parsePlainDecimal(own.expected) : null;
    if (!d1 || !right) continue;
    // The parent's stated total minus its sum is minus the subtotal's error; or the parent was not flagged
    // because it agrees with the items, the subtotal put right.
    const d2 = above ? difference(above) : null;
    const paired = d2 !== null && compare(d1, neg(d2)) === 0;
    if (!paired && (above || !agreesWith(input, lineAt.get(line.parent!)!, i, j))) continue;
    // expected is in kroner when the sheet states its unit, else as on the sheet.
    const shown = amountText(right, input.scale === undefined ? undefined : 1);
    out.push({
      rule: 'budget-subtotal-typo',
      sheet: own.sheet,
      cell: own.cell,
      message: paired
        ? text(
            `${own.cell} (»${line.label}«) er forkert: den skulle være summen af sine underposter, ${end(shown.da)} Med den rettet stemmer også summen i ${aboveCell}.`,
            `${own.cell} ("${line.label}") is wrong: it should be the sum of its items, ${end(shown.en)} With it corrected, the total in ${aboveCell} agrees too.`,
          )
        : text(
            `${own.cell} (»${line.label}«) er forkert: den skulle være summen af sine underposter, ${end(shown.da)} Summen i ${aboveCell} er rigtig: den stemmer med underposterne.`,
            `${own.cell} ("${line.label}") is wrong: it should be the sum of its items, ${end(shown.en)} The total in ${aboveCell} is right: it agrees with the items.`,
          ),
      confidence: 'likely',
      explains: paired ? [own, above!] : [own],
      expected: own.expected,
      actual: own.actual,
    });
  }
  return out;
}

/** Whether the parent line's figure in column j is the sum of its items with line i put right (its items' sum). */
function agreesWith(input: BudgetInput, parent: number, i: number, j: number): boolean {
  const items = itemsOf(input);
  const stated = input.values[parent][j];
  const kids = items.get(parent);
  const mine = items.get(i);
  if (stated === null || !kids || !mine) return false;
  const sumOf = (lines: readonly number[], value: (k: number) => Decimal) =>
    lines.reduce<Decimal>((s, k) => add(s, value(k)), ZERO);
  const right = sumOf(mine, (k) => input.values[k][j] ?? ZERO);
  return (
    compare(
      sumOf(kids, (k) => (k === i ? right : (input.values[k][j] ?? ZERO))),
      stated,
    ) === 0
  );
}

/** An amount at the end of a sentence: "kr." takes no second full stop. */
const end = (amount: string) => (amount.endsWith('.') ? amount : `${amount}.`);

function difference(f: Finding): Decimal | null {
  const e = f.expected ? parsePlainDecimal(f.expected) : null;
  const a = f.actual ? parsePlainDecimal(f.actual) : null;
  return e && a ? sub(a, e) : null;
}
