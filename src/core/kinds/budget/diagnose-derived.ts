/**
 * A figure typed wrong in a column computed from others ("Rest" = korrigeret budget - forbrug) breaks its
 * own line's formula and the sum of its column. When the sum is off by exactly that figure's own error and
 * the figure is one of the sum's items, the figure is the error and the total is right: one item, at the
 * figure, with the sum under it. A figure typed wrong in a column the formula takes ("Oprindeligt budget" under
 * "Korrigeret budget" = oprindeligt + tillæg) breaks the formula and its own column's sum in the same way:
 * the one cell where both cross is the error, and the corrected budget beside it is right.
 */
import { add, compare, neg, parsePlainDecimal, sub, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { text, type Finding } from '../../findings/finding';
import { SLIP_WORDS } from '../../diagnose/digits';
import { quote } from '../../diagnose/say';
import { a1, parseA1 } from '../../grid/a1';
import type { BudgetFacts } from './check';
import { figureSlip } from './diagnose-slip';
import { brokenSums, type BrokenSum } from './relations';
import { amountText, plainAmount } from './say';

export function derivedCrossings(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const t = input.layout;
  const lineAt = new Map(t.lines.map((l, i) => [l.row, i]));
  const colAt = new Map(t.columns.map((c, j) => [c.col, j]));
  const sums = brokenSums(input, open);
  const out: Diagnosis[] = [];
  for (const own of open) {
    if (own.rule !== 'budget-derived-mismatch') continue;
    const pos = parseA1(own.cell);
    const i = pos ? lineAt.get(pos.row) : undefined;
    const j = pos ? colAt.get(pos.col) : undefined;
    const right = own.expected === undefined ? null : parsePlainDecimal(own.expected);
    const typed = own.actual === undefined ? null : parsePlainDecimal(own.actual);
    if (i === undefined || j === undefined || right === null || typed === null) continue;
    // The sum counts the typed figure: stated minus sum is the figure's error the other way round.
    const error = sub(right, typed);
    const crossing = sums.filter((s) => {
      if (s.col !== j || !s.items.includes(i)) return false;
      const diff = parsePlainDecimal(plainAmount(s.diff, input.scale));
      return diff !== null && compare(diff, error) === 0;
    });
    const inPart = partCrossing(facts, own, i, sub(typed, right), sums);
    if (crossing.length + (inPart ? 1 : 0) !== 1) continue;
    if (inPart) {
      out.push(inPart);
      continue;
    }
    const sum = crossing[0].finding;
    out.push({
      rule: 'cell-breaks-totals',
      sheet: input.sheet,
      cell: own.cell,
      confidence: 'likely',
      message: text(
        `${own.message.da} Med det tal stemmer også ${sum.cell}.`,
        `${own.message.en} With that figure ${sum.cell} agrees as well.`,
      ),
      ...(own.expected !== undefined ? { expected: own.expected } : {}),
      ...(own.actual !== undefined ? { actual: own.actual } : {}),
      explains: [own, sum],
    });
  }
  return out;
}

/**
 * The figure of a column the formula takes, when that column's sum on the parent line is off by what the
 * formula is off (the other way round for a column it subtracts), and no other taken column is: the
 * figure is the error; the derived figure and the total are right.
 */
function partCrossing(
  facts: BudgetFacts,
  own: Finding,
  i: number,
  off: Decimal,
  sums: readonly BrokenSum[],
): Diagnosis | null {
  const input = facts.input;
  const t = input.layout;
  const terms = facts.derivedTerms?.get(own) ?? [];
  const found = terms.flatMap((term) =>
    sums
      .filter((s) => {
        if (s.col !== term.col || !s.items.includes(i)) return false;
        const diff = parsePlainDecimal(plainAmount(s.diff, input.scale));
        return diff !== null && compare(diff, term.sign > 0 ? off : neg(off)) === 0;
      })
      .map((s) => ({ s, term })),
  );
  if (found.length !== 1) return null;
  const { s, term } = found[0];
  const typed = input.values[i][term.col];
  if (typed === null) return null;
  // The column's sum is stated minus items: the figure is off by minus that.
  const right = add(typed, s.diff);
  const cell = a1(t.lines[i].row, t.columns[term.col].col);
  const slip = figureSlip(typed, right, input.decimals[term.col]);
  const how = slip ? text(` (${SLIP_WORDS[slip].da})`, ` (${SLIP_WORDS[slip].en})`) : text('', '');
  const who = quote(t.lines[i].label || cell);
  const [was, should] = [amountText(typed, input.scale), amountText(right, input.scale)];
  return {
    rule: 'cell-breaks-totals',
    sheet: input.sheet,
    cell,
    confidence: 'likely',
    message: text(
      `${cell} (${who.da}, ${t.columns[term.col].label}) er sandsynligvis forkert${how.da}: med ${should.da} i stedet for ${was.da} stemmer både ${own.cell} og ${s.finding.cell}.`,
      `${cell} (${who.en}, ${t.columns[term.col].label}) is probably wrong${how.en}: with ${should.en} instead of ${was.en} both ${own.cell} and ${s.finding.cell} agree.`,
    ),
    expected: plainAmount(right, input.scale),
    actual: plainAmount(typed, input.scale),
    explains: [own, s.finding],
  };
}
