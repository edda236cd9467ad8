/**
 * Amounts computed from rounded shares: every amount is the printed share (34,6 %) times one total,
 * rounded, instead of the exact split. One diagnosis says so for the whole table, with what that leaves
 * unallocated or over-allocated and the row that differs most; the exact split is in Fordel's column.
 */
import { pow10, sum, type Decimal } from '../../decimal/decimal';
import { text } from '../../findings/finding';
import { columnLetters } from '../../grid/a1';
import { formatPercent } from '../../money/format';
import { oereToPlain } from '../../money/oere';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { sharesShowKey } from '../../apportion/rounded-shares';
import { splitAcross } from './axes';
import type { SplitContext } from './diagnose-structure';
import { SPLIT_RULES } from './rerun';
import { abs, amountsOf, quote } from '../../diagnose/say';

/** Amounts that are each their printed share times one total: the shares, total and the findings they explain. */
export interface PrintedShareSplit {
  readonly shares: readonly Decimal[];
  readonly total: bigint;
  readonly symptoms: SplitContext['open'];
}

export function amountsFollowPrintedShares(ctx: SplitContext): PrintedShareSplit | null {
  const { facts } = ctx;
  const rows = facts.input.rows;
  const shares = facts.input.keyKind === 'percent' ? rows.map((r) => r.weight) : facts.shareColumn?.shares;
  const total = facts.result.total;
  const symptoms = ctx.open.filter((f) => SPLIT_RULES.has(f.rule));
  if (!shares || total === null || total <= 0n || rows.length < 2) return null;
  if (!symptoms.some((f) => f.rule === 'split-mismatch' || f.rule === 'split-unallocated')) return null;
  if (shares.some((s) => s === null || s.digits <= 0n || s.scale > 2) || rows.some((r) => r.amount === null))
    return null;
  // |amount - share/100 x total| < unit for every row, in integers: amount x 100 x 10^s vs digits x total.
  const unit = facts.input.unit > 0n ? facts.input.unit : 1n;
  const fits = rows.every((r, i) => {
    const s = shares[i] as Decimal;
    const den = 100n * pow10(s.scale);
    return abs((r.amount as bigint) * den - s.digits * total) < unit * den;
  });
  return fits ? { shares: shares as Decimal[], total, symptoms } : null;
}

/** Printed shares beside a key (a population) that are a rounding of it; percent keys are their own shares. */
export function sharesRoundTheKey(ctx: SplitContext, shares: readonly Decimal[]): boolean {
  const weights = ctx.facts.input.rows.map((r) => r.weight);
  if (ctx.facts.input.keyKind === 'percent') return true;
  return weights.every((w) => w !== null) && sharesShowKey(shares, weights as Decimal[]);
}

export function roundedShares(ctx: SplitContext): Diagnosis[] {
  const { facts, layout } = ctx;
  const kr = amountsOf(facts.input);
  const rows = facts.input.rows;
  const printed = amountsFollowPrintedShares(ctx);
  // Printed shares that are no rounding of the key beside them are a key of their own (shares-off-key).
  if (!printed || !sharesRoundTheKey(ctx, printed.shares)) return [];
  const { shares, total, symptoms } = printed;

  const amountSum = rows.reduce((acc, r) => acc + (r.amount as bigint), 0n);
  const gap = total - amountSum;
  const shareSum = sum(shares);
  let worst = -1;
  facts.result.difference.forEach((d, i) => {
    if (d === null) return;
    if (worst < 0 || abs(d) > abs(facts.result.difference[worst] as bigint)) worst = i;
  });
  // Beside a split across Fordel writes no columns: the exact amounts are in the findings.
  const exactAt = splitAcross(layout)
    ? text('Den præcise fordeling står i fundene.', 'The exact split is in the findings.')
    : text(
        `Den præcise fordeling står i kolonne ${columnLetters(layout.range.right + 2)}.`,
        `The exact split is in column ${columnLetters(layout.range.right + 2)}.`,
      );
  const pct = (lang: 'da' | 'en') => formatPercent(shareSum, lang, Math.max(1, shareSum.scale));
  const gapText =
    gap === 0n
      ? text('beløbene summerer til totalen', 'the amounts sum to the total')
      : gap > 0n
        ? text(`${kr(gap, 'da')} er ikke fordelt`, `${kr(gap, 'en')} is not allocated`)
        : text(`${kr(-gap, 'da')} er fordelt for meget`, `${kr(-gap, 'en')} is over-allocated`);
  const w = worst >= 0 ? rows[worst] : null;
  const wd = worst >= 0 ? (facts.result.difference[worst] as bigint) : 0n;
  const worstText = w
    ? text(
        ` Størst afvigelse: ${quote(w.party.trim() || w.partyCell).da} i ${w.amountCell}, ${kr(abs(wd), 'da')} ${wd > 0n ? 'for meget' : 'for lidt'}.`,
        ` Largest difference: ${quote(w.party.trim() || w.partyCell).en} in ${w.amountCell}, ${kr(abs(wd), 'en')} ${wd > 0n ? 'too much' : 'too little'}.`,
      )
    : text('', '');
  const amountCells = `${rows[0].amountCell}:${rows[rows.length - 1].amountCell}`;
  return [
    {
      rule: 'rounded-shares',
      sheet: facts.input.sheet,
      cell: amountCells,
      confidence: 'certain',
      message: text(
        `Beløbene er beregnet som afrundet andel × ${kr(total, 'da')}, ikke som den præcise fordeling. Andelene summerer til ${pct('da')}, så ${gapText.da}.${worstText.da} ${exactAt.da}`,
        `The amounts were computed as rounded share × ${kr(total, 'en')}, not as the exact split. The shares sum to ${pct('en')}, so ${gapText.en}.${worstText.en} ${exactAt.en}`,
      ),
      expected: oereToPlain(total),
      actual: oereToPlain(amountSum),
      explains: symptoms,
    },
  ];
}
