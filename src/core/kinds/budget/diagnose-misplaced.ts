/**
 * A sum over the wrong lines: it counts a line that belongs elsewhere (the line is then counted under two
 * parents, or in a sum it stands outside), or it leaves out one of its own items (a SUM range one row too
 * short, a subtotal left out of the total). Either way the difference is that line's figure, in every column
 * where the sum breaks, and the line sits at the edge of the sum's items.
 */
import { compare, neg, type Decimal } from '../../decimal/decimal';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { quote } from '../../diagnose/say';
import { text, type Finding } from '../../findings/finding';
import type { BudgetFacts, BudgetInput } from './check';
import { brokenSums, type BrokenSum } from './relations';
import { amountText } from './say';

const same = (a: Decimal | null, b: Decimal) => a !== null && compare(a, b) === 0;
const isZero = (d: Decimal) => d.digits === 0n;

export function misplacedLines(facts: BudgetFacts, open: readonly Finding[]): Diagnosis[] {
  const input = facts.input;
  const byLine = new Map<number, BrokenSum[]>();
  for (const b of brokenSums(input, open)) byLine.set(b.line, [...(byLine.get(b.line) ?? []), b]);
  const out: Diagnosis[] = [];
  for (const [line, broken] of byLine) {
    const d = leftOut(input, line, broken) ?? countedTwice(input, line, broken, new Set(byLine.keys()));
    if (d) out.push(d);
  }
  return out;
}

/** The one item at the edge of the sum whose figure is missing in every broken column. */
function leftOut(input: BudgetInput, line: number, broken: readonly BrokenSum[]): Diagnosis | null {
  const items = broken[0].items;
  const edges = [...new Set([items[0], items[items.length - 1]])];
  const fits = edges.filter((i) =>
    broken.every((b) => !isZero(b.diff) && same(input.values[i][b.col], neg(b.diff))),
  );
  if (fits.length !== 1) return null;
  const t = input.layout;
  const [sum, item] = [t.lines[line], t.lines[fits[0]]];
  const first = broken[0];
  const amount = amountText(neg(first.diff), input.scale);
  const what = item.total ? text('sumlinjen', 'the subtotal') : text('linjen', 'the line');
  return {
    rule: 'budget-line-left-out',
    sheet: input.sheet,
    cell: first.finding.cell,
    confidence: 'likely',
    message: text(
      `${first.finding.cell} (${quote(sum.label).da}) udelader ${what.da} ${quote(item.label).da} i række ${item.row + 1} (${amount.da}); med den talt med stemmer summen${broken.length > 1 ? ` i alle ${broken.length} kolonner` : ''}.`,
      `${first.finding.cell} (${quote(sum.label).en}) leaves out ${what.en} ${quote(item.label).en} in row ${item.row + 1} (${amount.en}); with it counted the total agrees${broken.length > 1 ? ` in all ${broken.length} columns` : ''}.`,
    ),
    expected: first.finding.expected,
    actual: first.finding.actual,
    explains: broken.map((b) => b.finding),
  };
}

/**
 * The one line outside the sum's items whose figure is the surplus in every broken column (the line just
 * after the last item or before the first, when one of those fits), and whose own parent's sum holds: it is
 * counted there and here.
 */
function countedTwice(
  input: BudgetInput,
  line: number,
  broken: readonly BrokenSum[],
  brokenLines: ReadonlySet<number>,
): Diagnosis | null {
  const t = input.layout;
  const items = broken[0].items;
  const order = t.lines.map((_, i) => i).filter((i) => !t.lines[i].breakdown && i !== line);
  const at = (i: number) => order.indexOf(i);
  const neighbours = [order[at(items[0]) - 1], order[at(items[items.length - 1]) + 1]];
  const fits = order.filter(
    (i) =>
      !items.includes(i) &&
      !related(input, i, line) &&
      broken.every((b) => !isZero(b.diff) && same(input.values[i][b.col], b.diff)),
  );
  // A range one row too long takes its neighbour; elsewhere, one line alone must fit.
  const near = fits.filter((i) => neighbours.includes(i));
  const pick = near.length === 1 ? near : fits;
  if (pick.length !== 1) return null;
  const sure = near.length === 1 || broken.length > 1;
  const other = t.lines[pick[0]];
  const sum = t.lines[line];
  const parentAt = other.parent === null ? -1 : t.lines.findIndex((l) => l.row === other.parent);
  // Where the line belongs, its sum must hold: else the surplus here is not that line counted twice.
  if (brokenLines.has(parentAt)) return null;
  const parent = parentAt < 0 ? undefined : t.lines[parentAt];
  const first = broken[0];
  const amount = amountText(first.diff, input.scale);
  const where = parent
    ? text(
        `som hører under ${quote(parent.label).da}; den tælles dermed to gange`,
        `which belongs under ${quote(parent.label).en}; it is thus counted twice`,
      )
    : text('som ikke hører til dens poster', 'which is not one of its items');
  return {
    rule: 'budget-line-in-two-sums',
    sheet: input.sheet,
    cell: first.finding.cell,
    confidence: sure ? 'likely' : 'possible',
    message: text(
      `${first.finding.cell} (${quote(sum.label).da}) tæller også ${quote(other.label).da} i række ${other.row + 1} med (${amount.da}), ${where.da}.`,
      `${first.finding.cell} (${quote(sum.label).en}) also counts ${quote(other.label).en} in row ${other.row + 1} (${amount.en}), ${where.en}.`,
    ),
    expected: first.finding.expected,
    actual: first.finding.actual,
    explains: broken.map((b) => b.finding),
  };
}

/** Whether one line is the other's ancestor (a sum counting its own parent is no double count). */
function related(input: BudgetInput, a: number, b: number): boolean {
  const lines = input.layout.lines;
  const byRow = new Map(lines.map((l, i) => [l.row, i]));
  const up = (from: number, to: number) => {
    for (let p = lines[from].parent; p !== null; p = lines[byRow.get(p)!].parent)
      if (byRow.get(p) === to) return true;
    return false;
  };
  return up(a, b) || up(b, a);
}
