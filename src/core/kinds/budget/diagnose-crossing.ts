/**
 * One figure typed wrong in a budget with an "I alt" column over its years breaks two sums that cross in
 * it: its area's sum in its year, and its own line's "I alt". When both are off by the same amount and only
 * that one cell lies in both, the cell is the error and the two totals are right (a colleague checks the
 * row and the column and finds the cell where they meet).
 */
import { add, compare, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { SLIP_WORDS } from '../../diagnose/digits';
import { quote } from '../../diagnose/say';
import { text, type Finding } from '../../findings/finding';
import { a1, parseA1 } from '../../grid/a1';
import type { BudgetFacts } from './check';
import { figureSlip } from './diagnose-slip';
import { brokenSums, itemsOf } from './relations';
import { amountText, plainAmount } from './say';

export function crossingCells(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const t = input.layout;
  const lineAt = new Map(t.lines.map((l, i) => [l.row, i]));
  const colAt = new Map(t.columns.map((c, j) => [c.col, j]));
  const items = itemsOf(input);
  const columnSums = brokenSums(input, open);
  const out: Diagnosis[] = [];
  for (const across of open) {
    // A line's "I alt" over its years: the finding names the years it adds up.
    const pos = across.rule === 'total-mismatch' ? parseA1(across.cell) : null;
    const years = across.related?.[0] ? parseRange(across.related[0]) : null;
    const i = pos ? lineAt.get(pos.row) : undefined;
    const total = pos ? colAt.get(pos.col) : undefined;
    if (!pos || !years || i === undefined || total === undefined || items.has(i)) continue;
    const parent = t.lines[i].parent === null ? undefined : lineAt.get(t.lines[i].parent!);
    if (parent === undefined) continue;
    const yearCols = t.columns
      .map((_, j) => j)
      .filter((j) => t.columns[j].col >= years.left && t.columns[j].col <= years.right);
    const stated = input.values[i][total];
    if (stated === null) continue;
    const rowDiff = sub(
      stated,
      yearCols.reduce<Decimal>((s, j) => add(s, input.values[i][j] ?? ZERO), ZERO),
    );
    const crossing = columnSums.filter(
      (b) =>
        b.line === parent &&
        yearCols.includes(b.col) &&
        b.items.includes(i) &&
        compare(b.diff, rowDiff) === 0,
    );
    if (crossing.length !== 1) continue;
    const down = crossing[0];
    const typed = input.values[i][down.col];
    if (typed === null) continue;
    const right = add(typed, rowDiff);
    const cell = a1(t.lines[i].row, t.columns[down.col].col);
    const slip = figureSlip(typed, right, input.decimals[down.col]);
    const how = slip ? text(` (${SLIP_WORDS[slip].da})`, ` (${SLIP_WORDS[slip].en})`) : text('', '');
    const who = quote(t.lines[i].label || cell);
    const [was, should] = [amountText(typed, input.scale), amountText(right, input.scale)];
    out.push({
      rule: 'cell-breaks-totals',
      sheet: input.sheet,
      cell,
      confidence: 'likely',
      message: text(
        `${cell} (${who.da}, ${t.columns[down.col].label}) er sandsynligvis forkert${how.da}: med ${should.da} i stedet for ${was.da} stemmer både ${down.finding.cell} og ${across.cell}.`,
        `${cell} (${who.en}, ${t.columns[down.col].label}) is probably wrong${how.en}: with ${should.en} instead of ${was.en} both ${down.finding.cell} and ${across.cell} agree.`,
      ),
      expected: plainAmount(right, input.scale),
      actual: plainAmount(typed, input.scale),
      explains: [down.finding, across],
    });
  }
  return out;
}

function parseRange(ref: string): { left: number; right: number } | null {
  const [from, to] = ref.split(':').map(parseA1);
  return from && to ? { left: from.col, right: to.col } : null;
}
