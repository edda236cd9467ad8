/**
 * Rows that should not be counted the way they are: a total listed as a party, a party counted twice,
 * a row the stated total leaves out. Each is said once, at the row, and takes the split findings it
 * causes with it (those a re-run without the row, or with the right total, no longer has).
 */
import { parseA1 } from '../../grid/a1';
import { compare, parsePlainDecimal, sub, sum, toNumber, type Decimal } from '../../decimal/decimal';
import { text, type Finding } from '../../findings/finding';
import { oereToPlain } from '../../money/oere';
import type { ApportionmentLayout } from '../../tables/layout';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { vanished } from '../../diagnose/diagnosis';
import type { SplitFacts } from '../../diagnose/facts';
import { rerunBudget, rerunSplit, SPLIT_RULES } from './rerun';
import { abs, amountsOf, quote } from '../../diagnose/say';
import { lineName, splitA1, splitAcross } from './axes';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface SplitContext {
  readonly facts: SplitFacts;
  readonly layout: ApportionmentLayout;
  /** The table's findings not yet explained by an earlier diagnosis. */
  readonly open: readonly Finding[];
}

/** The line of a cell as the user finds it: "række 5", or "kolonne E" in a split across. */
function lineOf(layout: ApportionmentLayout, cell: string): { da: string; en: string } {
  const p = parseA1(cell);
  return lineName(layout, p ? (splitAcross(layout) ? p.col : p.row) : -1);
}

/** The key's field of a cell: its column, or its row in a split across. */
function fieldOf(layout: ApportionmentLayout, cell: string): number | undefined {
  const p = parseA1(cell);
  return p ? (splitAcross(layout) ? p.row : p.col) : undefined;
}

/** Findings a change clears; the removed row's own findings only when nothing of the split is left. */
function cleared(ctx: SplitContext, after: readonly Finding[], rowCells: readonly string[]): Finding[] {
  const before = ctx.open.filter((f) => SPLIT_RULES.has(f.rule));
  const gone = vanished(before, after);
  const rest = after.length > 0;
  return gone.filter((f) => !rest || !rowCells.includes(f.cell));
}

/**
 * The key's total row finding (»I alt« population against the parties' sum) when it is off by exactly this
 * row's key: the row that should not be counted is the whole difference there too.
 */
function keyTotalOffByRow(ctx: SplitContext, row: SplitContext['facts']['input']['rows'][number]): Finding[] {
  const weight = row.weight;
  const keyCol = fieldOf(ctx.layout, row.weightCell);
  if (weight === null || keyCol === undefined) return [];
  return ctx.open.filter((f) => {
    if (
      f.rule !== 'total-mismatch' ||
      f.sheet !== ctx.facts.input.sheet ||
      fieldOf(ctx.layout, f.cell) !== keyCol
    )
      return false;
    const parts = parsePlainDecimal(f.expected ?? '');
    const stated = parsePlainDecimal(f.actual ?? '');
    return parts !== null && stated !== null && compare(sub(parts, stated), weight) === 0;
  });
}

export function splitStructure(ctx: SplitContext): Diagnosis[] {
  return [...countedTwice(ctx), ...totalAsParty(ctx), ...outsideTotal(ctx)];
}

function countedTwice(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const kr = amountsOf(facts.input);
  const rows = facts.input.rows;
  const out: Diagnosis[] = [];
  // No party twice (the usual case): no map from every party cell to its row.
  if (!ctx.open.some((f) => f.rule === 'duplicate-party')) return out;
  const index = new Map(rows.map((r, i) => [r.partyCell, i]));
  let reruns = 0;
  const budget = rerunBudget(facts);
  for (const f of ctx.open) {
    if (f.rule !== 'duplicate-party') continue;
    const k = index.get(f.cell) ?? -1;
    if (k < 0) continue;
    const row = rows[k];
    const first = f.related?.[0] ?? '';
    // Beyond the re-run budget a duplicate still gets its diagnosis, only without the findings it causes.
    const after = reruns++ < budget ? rerunSplit(facts, { without: k }) : null;
    const explains = after
      ? [f, ...cleared(ctx, after, [row.amountCell, row.weightCell, row.partyCell])]
      : [f];
    explains.push(...keyTotalOffByRow(ctx, row));
    const name = row.party.trim();
    const amount = row.amount;
    out.push({
      rule: 'party-counted-twice',
      sheet: f.sheet,
      cell: f.cell,
      confidence: 'likely',
      message: text(
        `${quote(name).da} står både i ${first} og i ${f.cell} og tælles derfor med to gange` +
          (amount !== null ? ` (${kr(amount, 'da')} i ${row.amountCell})` : '') +
          `. Slet ${lineOf(ctx.layout, f.cell).da}, hvis det er den samme part.`,
        `${quote(name).en} is in both ${first} and ${f.cell} and is therefore counted twice` +
          (amount !== null ? ` (${kr(amount, 'en')} in ${row.amountCell})` : '') +
          `. Delete ${lineOf(ctx.layout, f.cell).en} if it is the same party.`,
      ),
      explains,
    });
  }
  return out;
}

/** A row whose amount and key are the sum of all the other rows: a total counted as one more party. */
function totalAsParty(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const rows = facts.input.rows;
  if (rows.length < 3 || rows.some((r) => r.amount === null)) return [];
  const amounts = rows.map((r) => r.amount as bigint);
  const total = amounts.reduce((s, a) => s + a, 0n);
  const slack = facts.input.unit * BigInt(rows.length);
  const weights = rows.map((r) => r.weight);
  const weightSum = weights.every((w) => w !== null) ? sum(weights as Decimal[]) : null;
  let reruns = 0;
  const budget = rerunBudget(facts);
  for (let k = 0; k < rows.length && reruns < budget; k++) {
    const others = total - amounts[k];
    const w = weights[k];
    // Shares of about 100 among shares summing to about 200 say total by themselves; the amount may then
    // be the real total while the parts, from rounded shares, miss it by a little.
    const sharesSayTotal =
      facts.input.keyKind === 'percent' && w !== null && weightSum !== null && nearHundred(w, weightSum);
    const close =
      abs(amounts[k] - others) <= slack || (sharesSayTotal && abs(amounts[k] - others) * 50n <= others);
    if (amounts[k] <= 0n || !close) continue;
    if (w !== null && weightSum !== null && !sharesSayTotal) {
      const hundred = { digits: 100n, scale: 0 };
      const keyIsTotal =
        facts.input.keyKind === 'percent'
          ? compare(w, hundred) === 0
          : compare({ digits: w.digits * 2n, scale: w.scale }, weightSum) === 0;
      if (!keyIsTotal) continue;
    }
    const row = rows[k];
    reruns++;
    const after = rerunSplit(facts, { without: k });
    const explains = cleared(ctx, after, [row.amountCell, row.weightCell, row.partyCell]);
    if (sharesSayTotal) {
      for (const f of ctx.open) if (f.rule === 'shares-not-100' && !explains.includes(f)) explains.push(f);
    }
    if (explains.length === 0) continue;
    // A total is no party: that its name is no municipality is part of the same cause.
    explains.push(...ctx.open.filter((f) => f.rule === 'unknown-party' && f.cell === row.partyCell));
    explains.push(...keyTotalOffByRow(ctx, row));
    const name = row.party.trim() || row.partyCell;
    return [
      {
        rule: 'total-as-party',
        sheet: facts.input.sheet,
        cell: row.partyCell,
        confidence: 'likely',
        message: text(
          `${capital(lineOf(ctx.layout, row.partyCell).da)} (${quote(name).da}) er summen af de andre rækker, men tælles med som part, så alt bliver talt to gange. Flyt rækken ud af tabellen, eller ret Fordels aflæsning, så den er totalrækken.`,
          `${capital(lineOf(ctx.layout, row.partyCell).en)} (${quote(name).en}) is the sum of the other rows but is counted as a party, so everything is counted twice. Move the row out of the table, or correct Fordel's reading so it is the total row.`,
        ),
        expected: '0',
        actual: oereToPlain(amounts[k]),
        explains,
      },
    ];
  }
  return [];
}

/** A share of about 100 (±1) among shares that sum to about 200 (±2). */
function nearHundred(w: Decimal, all: Decimal): boolean {
  const x = toNumber(w);
  const whole = toNumber(all);
  return Math.abs(x - 100) <= 1 && Math.abs(whole - 200) <= 2;
}

/** The stated total is the sum of every row but the first or the last: that row is outside its range. */
function outsideTotal(ctx: SplitContext): Diagnosis[] {
  const { facts, layout } = ctx;
  const kr = amountsOf(facts.input);
  const stated = facts.input.total;
  const rows = facts.input.rows;
  if (!stated || rows.length < 2 || rows.some((r) => r.amount === null)) return [];
  const amountSum = rows.reduce((s, r) => s + (r.amount as bigint), 0n);
  const gap = amountSum - stated.oere;
  if (gap <= 0n) return [];
  const edges = [rows.length - 1, 0];
  const duplicates = new Set(ctx.open.filter((f) => f.rule === 'duplicate-party').map((f) => f.cell));
  for (const k of edges) {
    const row = rows[k];
    if (row.amount !== gap || duplicates.has(row.partyCell)) continue;
    const after = rerunSplit(facts, { total: amountSum });
    const explains = cleared(ctx, after, []);
    if (explains.length === 0) return [];
    const totalCell = facts.input.totalCell ?? stated.cell ?? '';
    const name = row.party.trim() || row.partyCell;
    const inside = rows.filter((_, i) => i !== k).map((r) => r.amountCell);
    const range = `${inside[0]}:${inside[inside.length - 1]}`;
    const col = layout.amountCol;
    const where =
      totalCell || (col !== null && layout.totalRow !== null ? splitA1(layout, layout.totalRow, col) : '');
    return [
      {
        rule: 'row-outside-total',
        sheet: facts.input.sheet,
        cell: row.amountCell,
        confidence: 'likely',
        message: text(
          `Totalen${where ? ` i ${where}` : ''} (${kr(stated.oere, 'da')}) er summen af ${range} uden ${row.amountCell} (${quote(name).da}, ${kr(gap, 'da')}): rækken ligger uden for totalens område. Ret totalen til ${kr(amountSum, 'da')}, eller slet rækken, hvis den ikke hører med.`,
          `The total${where ? ` in ${where}` : ''} (${kr(stated.oere, 'en')}) is the sum of ${range} without ${row.amountCell} (${quote(name).en}, ${kr(gap, 'en')}): the row lies outside the total's range. Correct the total to ${kr(amountSum, 'en')}, or delete the row if it does not belong.`,
        ),
        expected: oereToPlain(amountSum),
        actual: oereToPlain(stated.oere),
        explains,
      },
    ];
  }
  return [];
}
