/**
 * A subtotal typed wrong breaks two sums at once: its own (it is not the sum of its items) and its parent's
 * (the parent counts the wrong figure). When both differences are the same amount, the subtotal is the cell
 * to fix, and the right figure is the sum of its items.
 */
import { compare, neg, parsePlainDecimal, sub, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { text, type Finding } from '../../findings/finding';
import { a1, parseA1 } from '../../grid/a1';
import type { BudgetFacts } from './check';
import { amountText } from './say';

export function subtotalTypos(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const t = facts.input.layout;
  const mismatches = open.filter((f) => f.rule === 'budget-total-mismatch');
  const at = new Map(mismatches.map((f) => [f.cell, f]));
  const byRow = new Map(t.lines.map((l) => [l.row, l]));
  const out: Diagnosis[] = [];
  for (const own of mismatches) {
    const pos = parseA1(own.cell);
    const line = pos ? byRow.get(pos.row) : undefined;
    if (!pos || !line || line.parent === null) continue;
    const above = at.get(a1(line.parent, pos.col));
    if (!above) continue;
    const d1 = difference(own);
    const d2 = difference(above);
    // The parent's stated total minus its sum is minus the subtotal's error.
    if (!d1 || !d2 || compare(d1, neg(d2)) !== 0) continue;
    // expected is in kroner when the sheet states its unit, else as on the sheet.
    const shown = amountText(
      parsePlainDecimal(own.expected!)!,
      facts.input.scale === undefined ? undefined : 1,
    );
    out.push({
      rule: 'budget-subtotal-typo',
      sheet: own.sheet,
      cell: own.cell,
      message: text(
        `${own.cell} (»${line.label}«) er forkert: den skulle være summen af sine underposter, ${shown.da}. Med den rettet stemmer også summen i ${above.cell}.`,
        `${own.cell} ("${line.label}") is wrong: it should be the sum of its items, ${shown.en}. With it corrected, the total in ${above.cell} agrees too.`,
      ),
      confidence: 'likely',
      explains: [own, above],
      expected: own.expected,
      actual: own.actual,
    });
  }
  return out;
}

function difference(f: Finding): Decimal | null {
  const e = f.expected ? parsePlainDecimal(f.expected) : null;
  const a = f.actual ? parsePlainDecimal(f.actual) : null;
  return e && a ? sub(a, e) : null;
}
