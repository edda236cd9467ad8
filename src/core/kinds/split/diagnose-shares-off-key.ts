/**
 * Amounts that follow the printed shares, where the printed shares do not follow the key beside them (a
 * share column typed as 50/20/30 beside populations that give 65/17/18): not rounding, but two keys in one
 * table. Only the user knows which was agreed, so one diagnosis names the share that differs most, and
 * Fordel offers no fix that would overwrite the amounts.
 */
import { decimal, normalize, rescale, toPlainString, type Decimal } from '../../decimal/decimal';
import { text } from '../../findings/finding';
import { columnLetters } from '../../grid/a1';
import { formatPercent } from '../../money/format';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { abs, quote } from '../../diagnose/say';
import { splitAcross } from './axes';
import { amountsFollowPrintedShares, sharesRoundTheKey } from './diagnose-rounded-shares';
import type { SplitContext } from './diagnose-structure';

export function sharesOffKey(ctx: SplitContext): Diagnosis[] {
  const { facts, layout } = ctx;
  const sc = facts.shareColumn;
  const printed = amountsFollowPrintedShares(ctx);
  if (!sc || !printed || sharesRoundTheKey(ctx, printed.shares)) return [];
  const keyShares = keyPercents(facts.input.rows.map((r) => r.weight as Decimal));
  // The share furthest from the key, compared in tenths of a percent.
  let worst = 0;
  const offBy = (i: number) => abs(tenths(printed.shares[i]) - keyShares[i]);
  for (let i = 1; i < keyShares.length; i++) if (offBy(i) > offBy(worst)) worst = i;
  const row = facts.input.rows[worst];
  const who = quote(row.party.trim() || row.partyCell);
  const at = sc.cells[worst];
  const shown = (lang: 'da' | 'en') => formatPercent(normalize(printed.shares[worst]), lang, 2);
  const key = (lang: 'da' | 'en') => formatPercent(decimal(keyShares[worst], 1), lang, 1);
  const shareCells = `${sc.cells[0]}:${sc.cells[sc.cells.length - 1]}`;
  const keyAt = splitAcross(layout)
    ? text(`nøglen i ${row.weightCell}`, `the key in ${row.weightCell}`)
    : text(
        `nøglen i kolonne ${columnLetters(layout.keyCol ?? 0)}`,
        `the key in column ${columnLetters(layout.keyCol ?? 0)}`,
      );
  return [
    {
      rule: 'shares-off-key',
      sheet: facts.input.sheet,
      cell: shareCells,
      confidence: 'likely',
      message: text(
        `Beløbene følger de trykte andele i ${shareCells}, men andelene følger ikke ${keyAt.da}: ${who.da} står til ${shown('da')} i ${at}, mens nøglen giver ${key('da')}. Er andelene den aftalte nøgle, passer beløbene; skal der fordeles efter nøglen, er andele og beløb forkerte.`,
        `The amounts follow the printed shares in ${shareCells}, but the shares do not follow ${keyAt.en}: ${who.en} is given ${shown('en')} in ${at}, while the key gives ${key('en')}. If the shares are the agreed key, the amounts fit; if the split is by the key, shares and amounts are wrong.`,
      ),
      expected: toPlainString(normalize(decimal(keyShares[worst], 1))),
      actual: toPlainString(normalize(printed.shares[worst])),
      explains: printed.symptoms,
    },
  ];
}

/** Each weight's share of their sum in tenths of a percent, rounded half up: 65,2 % is 652. */
function keyPercents(weights: readonly Decimal[]): bigint[] {
  const scale = weights.reduce((m, w) => Math.max(m, normalize(w).scale), 0);
  const ws = weights.map((w) => rescale(normalize(w), scale).digits);
  const whole = ws.reduce((a, b) => a + b, 0n);
  return ws.map((w) => (2000n * w + whole) / (2n * whole));
}

/** A printed share in tenths of a percent, rounded half up. */
function tenths(share: Decimal): bigint {
  const s = normalize(share);
  return s.scale <= 1
    ? s.digits * 10n ** BigInt(1 - s.scale)
    : (s.digits * 2n + 10n ** BigInt(s.scale - 1)) / (2n * 10n ** BigInt(s.scale - 1));
}
