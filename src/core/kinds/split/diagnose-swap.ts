/**
 * Two amounts typed in each other's rows: each is what the other row should have. Said once, at the first
 * of the two cells, with both right amounts; it explains both rows' differences.
 */
import { text } from '../../findings/finding';
import { oereToPlain } from '../../money/oere';
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { SplitContext } from './diagnose-structure';
import { abs, amountsOf, quote } from '../../diagnose/say';

export function swappedAmounts(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const kr = amountsOf(facts.input);
  const rows = facts.input.rows;
  const unit = facts.input.unit;
  const expected = facts.result.expected;
  const open = ctx.open.filter((f) => f.rule === 'split-mismatch');
  // A split without mismatches (the usual case) needs no map from every amount cell to its row.
  if (open.length < 2) return [];
  const index = new Map(rows.map((r, i) => [r.amountCell, i]));
  const wrong = open.map((f) => index.get(f.cell) ?? -1).filter((i) => i >= 0);
  const used = new Set<number>();
  const out: Diagnosis[] = [];
  const near = (a: bigint | null, b: bigint | null) => a !== null && b !== null && abs(a - b) <= unit;
  for (const i of wrong) {
    for (const j of wrong) {
      if (j <= i || used.has(i) || used.has(j)) continue;
      const [a, b] = [rows[i], rows[j]];
      if (!near(a.amount, expected[j]) || !near(b.amount, expected[i]) || near(a.amount, b.amount)) continue;
      used.add(i).add(j);
      const explains = open.filter((f) => f.cell === a.amountCell || f.cell === b.amountCell);
      const [ea, eb] = [expected[i] as bigint, expected[j] as bigint];
      out.push({
        rule: 'amounts-swapped',
        sheet: facts.input.sheet,
        cell: a.amountCell,
        confidence: 'likely',
        message: text(
          `Beløbene i ${a.amountCell} og ${b.amountCell} ser ud til at være byttet om: ${quote(a.party.trim()).da} skal have ${kr(ea, 'da')} og ${quote(b.party.trim()).da} ${kr(eb, 'da')}.`,
          `The amounts in ${a.amountCell} and ${b.amountCell} look swapped: ${quote(a.party.trim()).en} should have ${kr(ea, 'en')} and ${quote(b.party.trim()).en} ${kr(eb, 'en')}.`,
        ),
        expected: oereToPlain(ea),
        actual: oereToPlain(a.amount as bigint),
        explains,
      });
    }
  }
  return out;
}
