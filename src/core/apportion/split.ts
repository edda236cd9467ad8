/**
 * Exact apportionment by the largest-remainder (Hamilton) method, in integer arithmetic only.
 *
 * `total` and the returned amounts are in the smallest unit (øre, or 1 for counts); `unit` is the
 * rounding unit in the same terms (1n øre, 100n = 1 kr., 100_000n = 1.000 kr.; 1n for counts).
 *
 * The rule, so that anyone can redo it by hand:
 * 1. Weights are decimals (34,6 / 20 / 1.234 inhabitants); they are scaled to one common integer
 *    scale, giving integer weights w_i with sum W.
 * 2. Each party's exact quota, counted in rounding units, is Q_i = total * w_i / (unit * W).
 *    Each party first gets floor(Q_i) units.
 * 3. The whole units still left (fewer than the number of parties) go one each to the parties with
 *    the largest remainders Q_i - floor(Q_i).
 * 4. Ties between equal remainders: the larger weight first, then the earlier position (sheet order).
 *    So the result does not depend on row order except through that last rule.
 * 5. If total is not a multiple of unit, the residual (total mod unit, less than one unit) goes to
 *    the next party in the same order: the first-ranked party that did not receive a leftover unit
 *    (the first-ranked party overall when no units were left over). Taking the next in line rather
 *    than the very first keeps every party within one unit of its exact quota.
 * The amounts therefore always sum to total exactly, and |amount - exact quota| < unit for each party.
 *
 * A negative total is split as its absolute value and every amount negated (a refund is split like a
 * cost). A zero total gives all zeros. Weights must all be > 0: a zero weight would silently give its
 * party nothing, so it is reported instead; a total of less than one unit (but not zero) cannot be
 * split in that unit and is an error too.
 *
 * Speed: when |total| + unit stays below 2^53 and unit * W below 2^50, the arithmetic runs on plain
 * numbers (exact integers in doubles, with a limb-wise long division for total * w_i), otherwise on
 * bigint; both give identical results (a property test checks this). Only the leftover units need an
 * order, so the parties are partitioned around the k-th place (quickselect) instead of fully sorted.
 */
import type { Decimal } from '../decimal/decimal';
import { pow10 } from '../decimal/decimal';
import type { Text } from '../findings/finding';
import { text } from '../findings/finding';
import { selectFirst } from './select';

export interface SplitOk {
  ok: true;
  /** Same order as the weights; the sum equals total exactly. */
  amounts: bigint[];
}

export type SplitErrorReason =
  'empty-key' | 'zero-weight' | 'negative-weight' | 'zero-total-weight' | 'total-below-unit' | 'bad-unit';

export interface SplitError {
  ok: false;
  reason: SplitErrorReason;
  /** The offending weight's position. */
  index?: number;
  message: Text;
}

/** Integer weights on one common scale, with their sum. */
export interface ScaledWeights {
  weights: bigint[];
  sum: bigint;
}

export function split(total: bigint, weights: readonly Decimal[], unit: bigint = 1n): SplitOk | SplitError {
  const problem = checkInput(total, weights, unit);
  if (problem) return problem;
  if (total === 0n) return { ok: true, amounts: weights.map(() => 0n) };
  const abs = total < 0n ? -total : total;
  const fast = numberWeights(weights);
  const plan = fast && numberPlan(abs, unit, BigInt(fast.sum));
  const amounts =
    fast && plan ? splitNumber(abs, fast, unit, plan) : splitBigint(abs, scaleWeights(weights), unit);
  if (total < 0n) for (let i = 0; i < amounts.length; i++) amounts[i] = -amounts[i];
  return { ok: true, amounts };
}

/** The same rule as `split`, forced onto the bigint path (exported for the property test). */
export function splitWithBigint(
  total: bigint,
  weights: readonly Decimal[],
  unit: bigint = 1n,
): SplitOk | SplitError {
  return splitForced(total, weights, unit, splitBigint);
}

/** The same rule as `split`, forced onto the number path; the caller guarantees the range. */
export function splitWithNumber(
  total: bigint,
  weights: readonly Decimal[],
  unit: bigint = 1n,
): SplitOk | SplitError {
  return splitForced(total, weights, unit, (abs, scaled, u) => {
    const fast = numberWeights(weights);
    const plan = fast && numberPlan(abs, u, scaled.sum);
    if (!fast || !plan) throw new RangeError('outside the number path');
    return splitNumber(abs, fast, u, plan);
  });
}

function splitForced(
  total: bigint,
  weights: readonly Decimal[],
  unit: bigint,
  path: (abs: bigint, scaled: ScaledWeights, unit: bigint) => bigint[],
): SplitOk | SplitError {
  const problem = checkInput(total, weights, unit);
  if (problem) return problem;
  if (total === 0n) return { ok: true, amounts: weights.map(() => 0n) };
  const amounts = path(total < 0n ? -total : total, scaleWeights(weights), unit);
  return { ok: true, amounts: total < 0n ? amounts.map((a) => -a) : amounts };
}

function checkInput(total: bigint, weights: readonly Decimal[], unit: bigint): SplitError | null {
  if (unit <= 0n) {
    return fail(
      'bad-unit',
      text('Afrundingsenheden skal være større end 0.', 'The rounding unit must be above 0.'),
    );
  }
  if (weights.length === 0) {
    return fail('empty-key', text('Fordelingsnøglen er tom.', 'The apportionment key is empty.'));
  }
  let firstZero = -1;
  for (let i = 0; i < weights.length; i++) {
    const d = weights[i].digits;
    if (d < 0n) {
      return fail(
        'negative-weight',
        text(
          `Nøglen er negativ for part nr. ${i + 1}; en fordeling kan ikke bruge negative vægte.`,
          `The key is negative for party no. ${i + 1}; a split cannot use negative weights.`,
        ),
        i,
      );
    }
    if (d === 0n && firstZero < 0) firstZero = i;
  }
  if (firstZero >= 0 && weights.every((w) => w.digits === 0n)) {
    return fail(
      'zero-total-weight',
      text(
        'Alle nøgler er 0, så der er intet at fordele efter.',
        'Every key is 0, so there is nothing to split by.',
      ),
    );
  }
  if (firstZero >= 0) {
    return fail(
      'zero-weight',
      text(
        `Nøglen er 0 for part nr. ${firstZero + 1}; parten ville ikke få noget.`,
        `The key is 0 for party no. ${firstZero + 1}; the party would get nothing.`,
      ),
      firstZero,
    );
  }
  const abs = total < 0n ? -total : total;
  if (abs !== 0n && abs < unit) {
    return fail(
      'total-below-unit',
      text(
        'Totalen er mindre end én afrundingsenhed og kan ikke fordeles.',
        'The total is less than one rounding unit and cannot be split.',
      ),
    );
  }
  return null;
}

function fail(reason: SplitErrorReason, message: Text, index?: number): SplitError {
  return index === undefined ? { ok: false, reason, message } : { ok: false, reason, index, message };
}

/** Brings decimal weights to one integer scale: 34.6 and 20 become 346 and 200. */
export function scaleWeights(weights: readonly Decimal[]): ScaledWeights {
  let scale = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i].scale > scale) scale = weights[i].scale;
  const out = new Array<bigint>(weights.length);
  let sum = 0n;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    const v = w.scale === scale ? w.digits : w.digits * pow10(scale - w.scale);
    out[i] = v;
    sum += v;
  }
  return { weights: out, sum };
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Integer weights on one common scale as doubles, or null when any of them (or their sum) is not exact. */
export interface NumberWeights {
  weights: Float64Array;
  sum: number;
}

export function numberWeights(weights: readonly Decimal[]): NumberWeights | null {
  let scale = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i].scale > scale) scale = weights[i].scale;
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (w.digits > SAFE) return null;
    const v = w.scale === scale ? Number(w.digits) : Number(w.digits) * 10 ** (scale - w.scale);
    out[i] = v;
    sum += v;
    // Past 2^53 neither the scaled weight nor the running sum is guaranteed exact.
    if (v > Number.MAX_SAFE_INTEGER || sum > Number.MAX_SAFE_INTEGER) return null;
  }
  return { weights: out, sum };
}

/**
 * The number path's plan, or null when the numbers do not fit. The product total * w_i can exceed
 * 2^53, so it is divided limb by limb: total is written in base B = 2^c with D * B < 2^51
 * (D = unit * W), and every intermediate (r * B + limb * w_i, with r < D and w_i <= W <= D) stays an
 * exact integer in a double.
 */
interface NumberPlan {
  limbs: number[]; // total in base B, most significant first
  base: number;
  divisor: number;
}

function numberPlan(abs: bigint, unit: bigint, weightSum: bigint): NumberPlan | null {
  if (abs + unit > SAFE) return null;
  const divisor = unit * weightSum;
  const bits = divisor.toString(2).length;
  const c = 51 - bits;
  if (c < 1) return null;
  const base = 2 ** c;
  const bigBase = BigInt(base);
  const limbs: number[] = [];
  for (let rest = abs; rest > 0n; rest /= bigBase) limbs.unshift(Number(rest % bigBase));
  return { limbs, base, divisor: Number(divisor) };
}

function splitNumber(absBig: bigint, scaled: NumberWeights, unitBig: bigint, plan: NumberPlan): bigint[] {
  const w = scaled.weights;
  const n = w.length;
  const { limbs, base, divisor } = plan;
  const unit = Number(unitBig);
  const rem = new Float64Array(n);
  const units = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    let q = 0;
    let r = 0;
    for (let j = 0; j < limbs.length; j++) {
      const v = r * base + limbs[j] * wi;
      let d = Math.floor(v / divisor);
      let rr = v - d * divisor;
      // The float division can land one off when the true quotient is within an ulp of an integer.
      if (rr < 0) {
        d -= 1;
        rr += divisor;
      } else if (rr >= divisor) {
        d += 1;
        rr -= divisor;
      }
      q = q * base + d;
      r = rr;
    }
    rem[i] = r;
    units[i] = q;
    given += q;
  }
  const abs = Number(absBig);
  const residual = abs % unit;
  const leftover = (abs - residual) / unit - given;
  const before = (a: number, b: number): boolean =>
    rem[a] !== rem[b] ? rem[a] > rem[b] : w[a] !== w[b] ? w[a] > w[b] : a < b;
  const extra = handOut(n, leftover, residual > 0, before);
  for (const i of extra.units) units[i] += 1;
  const amounts = new Array<bigint>(n);
  for (let i = 0; i < n; i++) amounts[i] = BigInt(units[i] * unit);
  if (extra.residualTo >= 0) amounts[extra.residualTo] += BigInt(residual);
  return amounts;
}

function splitBigint(abs: bigint, scaled: ScaledWeights, unit: bigint): bigint[] {
  const n = scaled.weights.length;
  const w = scaled.weights;
  const divisor = unit * scaled.sum;
  const rem = new Array<bigint>(n);
  const units = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const x = abs * w[i];
    const q = x / divisor;
    units[i] = q;
    rem[i] = x - q * divisor;
    given += q;
  }
  const residual = abs % unit;
  const leftover = Number((abs - residual) / unit - given);
  const before = (a: number, b: number): boolean =>
    rem[a] !== rem[b] ? rem[a] > rem[b] : w[a] !== w[b] ? w[a] > w[b] : a < b;
  const extra = handOut(n, leftover, residual > 0n, before);
  for (const i of extra.units) units[i] += 1n;
  const amounts = new Array<bigint>(n);
  for (let i = 0; i < n; i++) amounts[i] = units[i] * unit;
  if (extra.residualTo >= 0) amounts[extra.residualTo] += residual;
  return amounts;
}

/**
 * Who gets the `leftover` whole units (the first `leftover` parties in the remainder order) and,
 * when there is a residual, who gets it (the next party in that order). leftover < n always holds,
 * because each remainder is less than one unit.
 */
function handOut(
  n: number,
  leftover: number,
  hasResidual: boolean,
  before: (a: number, b: number) => boolean,
): { units: readonly number[] | Uint32Array; residualTo: number } {
  const needed = leftover + (hasResidual ? 1 : 0);
  if (needed === 0) return { units: [], residualTo: -1 };
  if (needed === 1) {
    let best = 0;
    for (let i = 1; i < n; i++) if (before(i, best)) best = i;
    return leftover === 1 ? { units: [best], residualTo: -1 } : { units: [], residualTo: best };
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Places 0..needed-1 hold the first `needed` parties, with the needed-th best at place needed-1.
  selectFirst(order, needed, before);
  return {
    units: order.subarray(0, leftover),
    residualTo: hasResidual ? order[leftover] : -1,
  };
}
