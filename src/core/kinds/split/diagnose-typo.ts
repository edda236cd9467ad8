/**
 * A split amount or key with a slip of the keyboard: what the key, the total or the other rows imply
 * differs from the cell by two swapped digits, one wrong digit, or one digit too few or too many. The
 * diagnosis is only made when putting the implied value in really clears the findings.
 */
import { decimal, rescale, sub, sum, toPlainString, type Decimal } from '../../decimal/decimal';
import { text } from '../../findings/finding';
import { oereToPlain } from '../../money/oere';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { vanished } from '../../diagnose/diagnosis';
import { digitSlip, slipVariants, SLIP_WORDS, type DigitSlip } from '../../diagnose/digits';
import type { SplitContext } from './diagnose-structure';
import { rerunBudget, rerunSplit, SPLIT_RULES, type SplitChange } from './rerun';
import { amountsOf, num, quote } from '../../diagnose/say';

/** Population keys are searched digit by digit; beyond this many rows the search is not worth it. */
const MAX_ROWS_FOR_KEY_SEARCH = 500;

export function splitTypos(ctx: SplitContext): Diagnosis[] {
  const amount = amountTypos(ctx);
  if (amount.length) return amount;
  const total = totalTypo(ctx);
  if (total.length) return total;
  return ctx.facts.input.keyKind === 'percent' ? percentKeyTypo(ctx) : populationKeyTypo(ctx);
}

/** Whole kroner as digits when the amount has no øre, else øre. */
function digitsOf(oere: bigint): string {
  const a = oere < 0n ? -oere : oere;
  return a % 100n === 0n ? (a / 100n).toString() : a.toString();
}

function amountSlip(typed: bigint, right: bigint): DigitSlip | null {
  if (typed < 0n || right <= 0n) return null;
  const bothWhole = typed % 100n === 0n && right % 100n === 0n;
  return bothWhole
    ? digitSlip(digitsOf(typed), digitsOf(right))
    : digitSlip(typed.toString(), right.toString());
}

function clears(ctx: SplitContext, change: SplitChange) {
  const before = ctx.open.filter((f) => SPLIT_RULES.has(f.rule));
  const after = rerunSplit(ctx.facts, change);
  return { gone: vanished(before, after), after };
}

function amountTypos(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const kr = amountsOf(facts.input);
  const rows = facts.input.rows;
  // A split without mismatches (the usual case) needs no map from every amount cell to its row.
  if (!ctx.open.some((f) => f.rule === 'split-mismatch')) return [];
  const total = facts.result.total;
  const amountSum = rows.reduce((s, r) => s + (r.amount ?? 0n), 0n);
  const out: Diagnosis[] = [];
  const index = new Map(rows.map((r, i) => [r.amountCell, i]));
  let reruns = 0;
  const budget = rerunBudget(facts);
  for (const f of ctx.open) {
    if (f.rule !== 'split-mismatch' || reruns >= budget) continue;
    const i = index.get(f.cell) ?? -1;
    const row = rows[i];
    if (i < 0 || row.amount === null) continue;
    const candidates: { value: bigint; from: 'split' | 'total' }[] = [];
    const e = facts.result.expected[i];
    if (e !== null) candidates.push({ value: e, from: 'split' });
    if (total !== null) candidates.push({ value: total - (amountSum - row.amount), from: 'total' });
    for (const c of candidates) {
      const slip = amountSlip(row.amount, c.value);
      if (!slip) continue;
      // Only when the one value puts the whole split right: a slip that merely happens to fit one row
      // of a table with other problems is a coincidence, not a diagnosis.
      // A clean split must sum to its total: only a value that makes it do so is worth a re-run.
      if (total !== null && amountSum - row.amount + c.value !== total) continue;
      if (reruns++ >= budget) break;
      const { gone, after } = clears(ctx, { amount: { index: i, oere: c.value } });
      if (after.some((x) => x.rule === 'split-mismatch' || x.rule === 'split-unallocated')) continue;
      if (!gone.some((g) => g.cell === row.amountCell)) continue;
      const who = row.party.trim() || row.partyCell;
      const why =
        c.from === 'split'
          ? text(
              `passer med nøglen i ${row.weightCell} og totalen ${kr(total ?? 0n, 'da')}`,
              `fits the key in ${row.weightCell} and the total ${kr(total ?? 0n, 'en')}`,
            )
          : text(
              `får beløbene til at summere til totalen ${kr(total ?? 0n, 'da')}`,
              `makes the amounts sum to the total ${kr(total ?? 0n, 'en')}`,
            );
      out.push({
        rule: 'digit-typo',
        sheet: facts.input.sheet,
        cell: row.amountCell,
        confidence: 'likely',
        message: text(
          `${row.amountCell} (${quote(who).da}) er sandsynligvis en tastefejl: der står ${kr(row.amount, 'da')}, men ${kr(c.value, 'da')} ${why.da}; ${SLIP_WORDS[slip].da}.`,
          `${row.amountCell} (${quote(who).en}) is probably a typo: it says ${kr(row.amount, 'en')}, but ${kr(c.value, 'en')} ${why.en}; ${SLIP_WORDS[slip].en}.`,
        ),
        expected: oereToPlain(c.value),
        actual: oereToPlain(row.amount),
        explains: gone,
      });
      break;
    }
  }
  return out;
}

/**
 * A stated total with a slip of the keyboard, where the amounts are exactly the key's split of their own sum:
 * the total is the typo, not every amount (3.100 stated over 1.500 / 900 / 600 of a 50 / 30 / 20 key).
 */
function totalTypo(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const kr = amountsOf(facts.input);
  const rows = facts.input.rows;
  const stated = facts.input.total;
  const cell = stated?.cell ?? facts.input.totalCell;
  if (!stated || !cell || rows.length < 2 || rows.some((r) => r.amount === null)) return [];
  if (!ctx.open.some((f) => f.rule === 'split-unallocated')) return [];
  const amountSum = rows.reduce((s, r) => s + (r.amount as bigint), 0n);
  const slip = amountSum > 0n ? amountSlip(stated.oere, amountSum) : null;
  if (!slip) return [];
  const { gone, after } = clears(ctx, { total: amountSum });
  if (after.length || !gone.length) return [];
  return [
    {
      rule: 'digit-typo',
      sheet: facts.input.sheet,
      cell,
      confidence: 'likely',
      message: text(
        `Totalen i ${cell} er sandsynligvis en tastefejl: der står ${kr(stated.oere, 'da')}, men beløbene summerer til ${kr(amountSum, 'da')} og er præcis nøglens fordeling af det; ${SLIP_WORDS[slip].da}.`,
        `The total in ${cell} is probably a typo: it says ${kr(stated.oere, 'en')}, but the amounts sum to ${kr(amountSum, 'en')} and are exactly the key's split of it; ${SLIP_WORDS[slip].en}.`,
      ),
      expected: oereToPlain(amountSum),
      actual: oereToPlain(stated.oere),
      explains: gone,
    },
  ];
}

/** Percent shares that do not sum to 100: the one share whose slip makes them 100. */
function percentKeyTypo(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const rows = facts.input.rows;
  // Shares whose sum only their rounding moves (an info) are no slip to diagnose.
  if (!ctx.open.some((f) => f.rule === 'shares-not-100' && f.severity !== 'info')) return [];
  const weights = rows.map((r) => r.weight);
  if (weights.some((w) => w === null || w.digits <= 0n)) return [];
  const all = sum(weights as Decimal[]);
  for (let i = 0; i < rows.length; i++) {
    const w = weights[i] as Decimal;
    const right = sub(decimal(100), sub(all, w));
    if (right.digits <= 0n) continue;
    const scale = Math.max(w.scale, right.scale);
    const slip = digitSlip(rescale(w, scale).digits.toString(), rescale(right, scale).digits.toString());
    if (!slip) continue;
    const d = keyDiagnosis(
      ctx,
      i,
      right,
      slip,
      text('andelene summerer til 100 %', 'the shares sum to 100 %'),
    );
    if (d) return [d];
  }
  return [];
}

/**
 * A population key with one mistyped count: every amount then differs a little and one a lot. The row
 * that differs most (relative to its amount) is tried with every single-slip variant of its key near the
 * count its amount implies; a variant that clears the split is the diagnosis.
 */
function populationKeyTypo(ctx: SplitContext): Diagnosis[] {
  const { facts } = ctx;
  const rows = facts.input.rows;
  if (rows.length > MAX_ROWS_FOR_KEY_SEARCH || rows.length < 3) return [];
  if (!ctx.open.some((f) => f.rule === 'split-mismatch')) return [];
  if (
    rows.some((r) => r.weight === null || r.amount === null || r.weight.scale !== 0 || r.weight.digits <= 0n)
  )
    return [];
  const w = rows.map((r) => Number(r.weight!.digits));
  const a = rows.map((r) => Number(r.amount));
  const wSum = w.reduce((s, x) => s + x, 0);
  const aSum = a.reduce((s, x) => s + x, 0);
  // The row whose amount is furthest from its key's share, relatively.
  let worst = -1;
  let worstOff = 0;
  rows.forEach((_, i) => {
    const off = Math.abs(a[i] / aSum - w[i] / wSum) / Math.max(w[i] / wSum, 1e-12);
    if (off > worstOff) [worst, worstOff] = [i, off];
  });
  if (worst < 0 || worstOff < 0.001) return [];
  const implied = (a[worst] * (wSum - w[worst])) / (aSum - a[worst]);
  const variants = slipVariants(rows[worst].weight!.digits.toString())
    .map((s) => ({ s, v: Number(s) }))
    .filter((x) => x.v > 0 && Math.abs(x.v - implied) <= implied * 0.01)
    .sort((x, y) => Math.abs(x.v - implied) - Math.abs(y.v - implied))
    .slice(0, 20);
  for (const { s } of variants) {
    const slip = digitSlip(rows[worst].weight!.digits.toString(), s);
    if (!slip) continue;
    const d = keyDiagnosis(
      ctx,
      worst,
      decimal(BigInt(s)),
      slip,
      text('beløbene passer med nøglen', 'the amounts fit the key'),
      true,
    );
    if (d) return [d];
  }
  return [];
}

function keyDiagnosis(
  ctx: SplitContext,
  i: number,
  right: Decimal,
  slip: DigitSlip,
  because: { da: string; en: string },
  needsClean = false,
): Diagnosis | null {
  const { facts } = ctx;
  const row = facts.input.rows[i];
  const { gone, after } = clears(ctx, { weight: { index: i, value: right } });
  if (gone.length === 0 || (needsClean && after.some((f) => f.rule === 'split-mismatch'))) return null;
  const typed = row.weight as Decimal;
  const unit = facts.input.keyKind === 'percent' ? { da: ' %', en: ' %' } : { da: '', en: '' };
  const who = row.party.trim() || row.partyCell;
  return {
    rule: 'digit-typo',
    sheet: facts.input.sheet,
    cell: row.weightCell,
    confidence: 'likely',
    message: text(
      `Nøglen i ${row.weightCell} (${quote(who).da}) er sandsynligvis en tastefejl: der står ${num(typed, 'da')}${unit.da}, men med ${num(right, 'da')}${unit.da} ${because.da}; ${SLIP_WORDS[slip].da}.`,
      `The key in ${row.weightCell} (${quote(who).en}) is probably a typo: it says ${num(typed, 'en')}${unit.en}, but with ${num(right, 'en')}${unit.en} ${because.en}; ${SLIP_WORDS[slip].en}.`,
    ),
    expected: toPlainString(right),
    actual: toPlainString(typed),
    explains: gone,
  };
}
