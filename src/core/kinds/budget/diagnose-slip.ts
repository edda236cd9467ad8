/**
 * A sum that is off because one figure under it was typed with a slip of the keyboard: the one item whose
 * figure, corrected by the difference, is the same number with two digits swapped, one digit wrong, or one
 * too few or too many (src/core/diagnose/digits.ts). When the stated sum is just as plausibly the slip,
 * both are said and the diagnosis is only possible.
 */
import { add, compare, rescale, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { digitSlip, SLIP_WORDS, type DigitSlip } from '../../diagnose/digits';
import { quote } from '../../diagnose/say';
import { text, type Finding } from '../../findings/finding';
import { a1 } from '../../grid/a1';
import type { BudgetFacts, BudgetInput } from './check';
import { brokenSums, itemsOf } from './relations';
import { amountText, plainAmount } from './say';

/** The slip that turns `right` into `typed`, on the digits the sheet shows (its column's decimals). */
export function figureSlip(typed: Decimal, right: Decimal, decimals: number): DigitSlip | null {
  if (typed.digits < 0n !== right.digits < 0n) return null;
  const shown = (d: Decimal) => {
    const r = rescale(d, Math.max(decimals, d.scale)).digits;
    return (r < 0n ? -r : r).toString();
  };
  return digitSlip(shown(typed), shown(right));
}

export function digitSlips(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const t = input.layout;
  const items = itemsOf(input);
  const out: Diagnosis[] = [];
  for (const broken of brokenSums(input, open)) {
    const { line, col, diff } = broken;
    const decimals = input.decimals[col];
    // Only an item with no items of its own: a subtotal typed wrong would break its own sum as well.
    const candidates = broken.items.flatMap((i) => {
      const typed = input.values[i][col];
      if (typed === null || items.has(i) || confirmedByBreakdown(input, i, col)) return [];
      const right = add(typed, diff);
      const slip = figureSlip(typed, right, decimals);
      return slip ? [{ i, typed, right, slip }] : [];
    });
    if (candidates.length !== 1) continue;
    const c = candidates[0];
    const stated = input.values[line][col]!;
    const statedSlip = figureSlip(stated, sub(stated, diff), decimals);
    const column = t.columns[col];
    const cell = a1(t.lines[c.i].row, column.col);
    const who = quote(t.lines[c.i].label || cell);
    const [typed, right] = [amountText(c.typed, input.scale), amountText(c.right, input.scale)];
    const sumCell = broken.finding.cell;
    const also = statedSlip
      ? text(
          ` Det kan også være summen i ${sumCell}, der er forkert (${SLIP_WORDS[statedSlip].da}).`,
          ` It may also be the total in ${sumCell} that is wrong (${SLIP_WORDS[statedSlip].en}).`,
        )
      : text('', '');
    const how = statedSlip ? { da: 'måske', en: 'possibly' } : { da: 'sandsynligvis', en: 'probably' };
    out.push({
      rule: 'digit-typo',
      sheet: input.sheet,
      cell,
      confidence: statedSlip ? 'possible' : 'likely',
      message: text(
        `${cell} (${who.da}, ${column.label}) er ${how.da} en tastefejl: der står ${typed.da}, men med ${right.da} stemmer summen i ${sumCell}; ${SLIP_WORDS[c.slip].da}.${also.da}`,
        `${cell} (${who.en}, ${column.label}) is ${how.en} a typo: it says ${typed.en}, but with ${right.en} the total in ${sumCell} agrees; ${SLIP_WORDS[c.slip].en}.${also.en}`,
      ),
      expected: plainAmount(c.right, input.scale),
      actual: plainAmount(c.typed, input.scale),
      explains: [broken.finding],
    });
  }
  return out;
}

/** A line whose own "heraf" lines add up to it exactly: they confirm the figure as typed. */
function confirmedByBreakdown(input: BudgetInput, i: number, col: number): boolean {
  const lines = input.layout.lines;
  const parts = lines
    .map((l, k) => ({ l, k }))
    .filter(({ l }) => l.breakdown && l.parent === lines[i].row)
    .map(({ k }) => input.values[k][col]);
  if (parts.length === 0 || parts.some((v) => v === null)) return false;
  const sum = parts.reduce<Decimal>((s, v) => add(s, v!), ZERO);
  return compare(sum, input.values[i][col]!) === 0;
}
