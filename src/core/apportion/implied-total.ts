/**
 * The total a published split implies when the total itself is not printed (see recheck.ts for the
 * rule). All arithmetic is on bigint: shares and weights are scaled to one integer scale first.
 */
import { pow10, type Decimal } from '../decimal/decimal';
import { scaleWeights } from './split';

interface KeyedAmount {
  weight: Decimal | null;
  amount: bigint | null;
}

/** A total is "round" when it is a multiple of this many rounding units. */
const ROUND_UNITS = 1000n;

/**
 * The implied total in øre, or null when the rows do not agree on one. Assumes every weight is
 * present and positive. `amountSum` is the plain sum of the amounts, preferred when it fits.
 */
export function impliedTotal(
  rows: readonly KeyedAmount[],
  keyKind: 'population' | 'percent',
  unit: bigint,
  amountSum: bigint,
): bigint | null {
  const weights = rows.map((r) => r.weight as Decimal);
  const scaled = scaleWeights(weights);
  const scale = weights.reduce((s, w) => Math.max(s, w.scale), 0);
  // A row's fraction of the total is w / denominator.
  const denominator = keyKind === 'percent' ? 100n * pow10(scale) : scaled.sum;
  const tolerance = unit > 0n ? unit : 1n;

  let lo: bigint | null = null;
  let hi: bigint | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.amount === null) continue;
    const w = scaled.weights[i];
    // |amount - T * w / den| < tolerance  <=>  (amount - tol) * den / w < T < (amount + tol) * den / w
    const rowLo = floorDiv((r.amount - tolerance) * denominator, w) + 1n;
    const rowHi = ceilDiv((r.amount + tolerance) * denominator, w) - 1n;
    lo = lo === null || rowLo > lo ? rowLo : lo;
    hi = hi === null || rowHi < hi ? rowHi : hi;
  }
  if (lo === null || hi === null || lo > hi) return null;

  const round = roundest(lo, hi);
  const sumFits = amountSum >= lo && amountSum <= hi;
  if (!sumFits) return round;
  const bigStep = ROUND_UNITS * tolerance;
  const drifted = round % bigStep === 0n && amountSum % bigStep !== 0n;
  return drifted ? round : amountSum;
}

/** The number in [lo, hi] with the most trailing zeros, nearest the middle (then the smaller). */
export function roundest(lo: bigint, hi: bigint): bigint {
  if (lo <= 0n && hi >= 0n) return 0n;
  const biggest = (lo < 0n ? -lo : lo) > (hi < 0n ? -hi : hi) ? lo : hi;
  let p = (biggest < 0n ? -biggest : biggest).toString().length;
  for (; p > 0; p--) {
    const step = pow10(p);
    const first = ceilDiv(lo, step) * step;
    if (first > hi) continue;
    const last = floorDiv(hi, step) * step;
    // Nearest multiple to the middle, kept inside [first, last].
    const twiceMid = lo + hi;
    let m = floorDiv(twiceMid + step, 2n * step) * step;
    if (m < first) m = first;
    if (m > last) m = last;
    return m;
  }
  return lo + (hi - lo) / 2n;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n === b < 0n ? q + 1n : q;
}
