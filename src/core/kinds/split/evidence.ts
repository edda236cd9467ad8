/**
 * The sums a split reading claims: each total and subtotal over its parties in every field (key, share,
 * amount), and each party's amount in proportion to its key. A split read right keeps nearly all of them.
 */
import { add, compare, mul, sub, type Decimal } from '../../decimal/decimal';
import {
  claimedSum,
  NO_EVIDENCE,
  plus,
  roundingSlack,
  withinSlack,
  type Evidence,
  type NumberAt,
} from '../../reader/candidates/evidence';
import type { ApportionmentLayout } from '../../tables/layout';

type SplitShape = Pick<
  ApportionmentLayout,
  | 'keyCol'
  | 'shareCol'
  | 'amountCol'
  | 'dataRows'
  | 'totalRow'
  | 'otherTotalRows'
  | 'subtotalRows'
  | 'orientation'
>;

export function splitEvidence(t: SplitShape, at: NumberAt): Evidence {
  const across = t.orientation === 'across';
  const cell = (line: number, field: number) => (across ? at(field, line) : at(line, field));
  const totals = [t.totalRow, ...(t.otherTotalRows ?? [])].filter((r): r is number => r !== null);
  let ev = NO_EVIDENCE;
  for (const field of [t.keyCol, t.shareCol ?? null, t.amountCol]) {
    if (field === null) continue;
    const parts = t.dataRows.map((r) => cell(r, field));
    // Amounts add up exactly; printed keys and shares only up to their rounding.
    const slack = field === t.amountCol ? undefined : roundingSlack(parts);
    for (const total of totals) ev = plus(ev, claimedSum(cell(total, field), parts, slack));
    for (const s of t.subtotalRows ?? []) {
      const group = s.parts.map((r) => cell(r, field));
      ev = plus(
        ev,
        claimedSum(cell(s.row, field), group, field === t.amountCol ? undefined : roundingSlack(group)),
      );
    }
  }
  const key = t.keyCol ?? t.shareCol ?? null;
  if (key !== null && t.amountCol !== null) ev = plus(ev, proportional(t, cell, key, t.amountCol));
  return ev;
}

/**
 * Each party's amount in proportion to its key, measured against the party in the middle (the median of
 * amount per key unit), not against the total: one wrong amount inside the total would move every party's
 * exact share, and a total typed wrong would break every line, where a colleague sees one slip. Cross-
 * multiplied, so it stays exact: |a·k_m − a_m·k| · k_m ≤ (k_m + k) · (u·k_m + a_m·h), where u is the amount's
 * last shown unit and h half the key's.
 */
function proportional(
  t: SplitShape,
  cell: (line: number, field: number) => Decimal | null,
  keyField: number,
  amountField: number,
): Evidence {
  const pairs: { k: Decimal; a: Decimal }[] = [];
  for (const r of t.dataRows) {
    const k = cell(r, keyField);
    const a = cell(r, amountField);
    if (k && a && k.digits > 0n) pairs.push({ k, a });
  }
  if (pairs.length < 3) return NO_EVIDENCE;
  const byRatio = [...pairs].sort((x, y) => compare(mul(x.a, y.k), mul(y.a, x.k)));
  const m = byRatio[Math.floor(byRatio.length / 2)];
  const h = { digits: 5n, scale: Math.min(maxScale(pairs.map((p) => p.k)), 12) + 1 };
  const u = { digits: 1n, scale: Math.min(maxScale(pairs.map((p) => p.a)), 12) };
  let held = 0;
  let broken = 0;
  for (const { k, a } of pairs) {
    if (k === m.k && a === m.a) continue;
    const gap = mul(sub(mul(a, m.k), mul(m.a, k)), m.k);
    const slack = mul(add(m.k, k), add(mul(u, m.k), mul(abs(m.a), h)));
    if (withinSlack(gap, slack)) held++;
    else broken++;
  }
  return { held, broken };
}

function abs(d: Decimal): Decimal {
  return d.digits < 0n ? { digits: -d.digits, scale: d.scale } : d;
}

function maxScale(values: readonly (Decimal | null)[]): number {
  return values.reduce((m, v) => (v ? Math.max(m, v.scale) : m), 0);
}
