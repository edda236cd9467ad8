/**
 * Amounts in kroner that whoever made the split rounded to whole hundreds or thousands ("afrundet til hele
 * 1.000 kr."): every amount is a multiple of that unit, each lies within half the unit of one proportional
 * split of the key, and the key's exact split is not itself round. Such amounts are each held to the exact
 * split give or take the unit, as amounts written in whole t.kr. are; held to the krone, every line of a right
 * split was a warning.
 *
 * Only the numbers decide. Round amounts where the exact split is round too (50/30/20 of 3.000.000, or 5 kr. per
 * inhabitant) prove nothing, nor do round amounts of another key (350/650/500 beside 27/50/43); the exact split
 * is tried for every total the sheet states as well as for the amounts' sum. One line may be off the rest (the
 * slip the check should still find) when enough lines are left to show the rounding.
 */
import { normalize, rescale, type Decimal } from '../decimal/decimal';

/** Rounding units tried, in øre, largest first: 10.000, 1.000 and 100 kr. */
const UNITS_OERE = [1_000_000n, 100_000n, 10_000n] as const;

/** The smallest amount must be at least this many units (12.000 kr. in thousands, not 3.000). */
export const MIN_UNITS_IN_SMALLEST_AMOUNT = 10n;

/** Lines that must show the rounding, with one line off them left out. */
export const MIN_LINES_FOR_ROUNDED_AMOUNTS = 4;

/** The unit (øre) the amounts were rounded to, or null when they were not visibly rounded. */
export function amountRoundingUnit(
  amounts: readonly (bigint | null)[],
  weights: readonly (Decimal | null)[],
  statedTotals: readonly bigint[] = [],
): bigint | null {
  if (amounts.length < MIN_LINES_FOR_ROUNDED_AMOUNTS || amounts.length !== weights.length) return null;
  if (amounts.some((a) => a === null || a <= 0n) || weights.some((w) => w === null || w.digits <= 0n))
    return null;
  const as = amounts as bigint[];
  const total = as.reduce((s, a) => s + a, 0n);
  const smallest = as.reduce((m, a) => (a < m ? a : m), as[0]);
  const scale = (weights as Decimal[]).reduce((m, w) => Math.max(m, normalize(w).scale), 0);
  const ws = (weights as Decimal[]).map((w) => rescale(normalize(w), scale).digits);
  const whole = ws.reduce((s, w) => s + w, 0n);
  for (const unit of UNITS_OERE) {
    if (smallest < unit * MIN_UNITS_IN_SMALLEST_AMOUNT) continue;
    if (as.some((a) => a % unit !== 0n)) continue;
    // The exact split of a total in this unit: total x w / W is a whole number of units on every line.
    const exactIsRound = (t: bigint) => ws.every((w) => (t * w) % (whole * unit) === 0n);
    if ([total, ...statedTotals].some(exactIsRound)) return null;
    return roundedFromOneSplit(as, ws, unit) ? unit : null;
  }
  return null;
}

type Fraction = { readonly num: bigint; readonly den: bigint };
const less = (a: Fraction, b: Fraction) => a.num * b.den < b.num * a.den;
const higher = (a: Fraction | null, b: Fraction | null) => (a === null || (b !== null && less(a, b)) ? b : a);
const lower = (a: Fraction | null, b: Fraction | null) => (a === null || (b !== null && less(b, a)) ? b : a);

/** The running best of a list from the left: out[i] is the best of list[0..i-1]. */
function running(list: readonly Fraction[], best: typeof higher): (Fraction | null)[] {
  const out: (Fraction | null)[] = [null];
  for (const x of list) out.push(best(out[out.length - 1], x));
  return out;
}

/**
 * Whether one factor c puts every amount within half a unit of c x its weight, on all lines or on all but one
 * (with at least MIN_LINES_FOR_ROUNDED_AMOUNTS left): each line allows c in (2a - u) / 2w .. (2a + u) / 2w, and
 * the allowed ranges without line k are the ranges left of it and right of it, kept as running bounds.
 */
function roundedFromOneSplit(amounts: readonly bigint[], weights: readonly bigint[], unit: bigint): boolean {
  const n = amounts.length;
  const lows = amounts.map((a, i) => ({ num: 2n * a - unit, den: 2n * weights[i] }));
  const highs = amounts.map((a, i) => ({ num: 2n * a + unit, den: 2n * weights[i] }));
  const lowLeft = running(lows, higher);
  const highLeft = running(highs, lower);
  const lowRight = running([...lows].reverse(), higher).reverse();
  const highRight = running([...highs].reverse(), lower).reverse();
  const overlap = (lo: Fraction | null, hi: Fraction | null) => lo === null || hi === null || !less(hi, lo);
  if (overlap(lowLeft[n], highLeft[n])) return true;
  if (n - 1 < MIN_LINES_FOR_ROUNDED_AMOUNTS) return false;
  for (let k = 0; k < n; k++)
    if (overlap(higher(lowLeft[k], lowRight[k + 1]), lower(highLeft[k], highRight[k + 1]))) return true;
  return false;
}
