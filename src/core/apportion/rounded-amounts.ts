/**
 * Amounts in kroner that whoever made the split rounded to whole hundreds or thousands ("afrundet til hele
 * 1.000 kr."): every amount is a multiple of that unit while the key's exact split of their sum is not. Such
 * amounts are each held to the exact split give or take the unit, as amounts written in whole t.kr. are; held to
 * the krone, every line of a right split was a warning.
 *
 * Only the numbers decide: round amounts where the exact split is round too (50/30/20 of 3.000.000) prove
 * nothing, and the smallest amount must still carry enough digits of the unit that the zeros are no chance.
 */
import { normalize, rescale, type Decimal } from '../decimal/decimal';

/** Rounding units tried, in øre, largest first: 10.000, 1.000 and 100 kr. */
const UNITS_OERE = [1_000_000n, 100_000n, 10_000n] as const;

/** The smallest amount must be at least this many units (12.000 kr. in thousands, not 3.000). */
export const MIN_UNITS_IN_SMALLEST_AMOUNT = 10n;

/** Lines needed before round amounts say anything about rounding. */
export const MIN_LINES_FOR_ROUNDED_AMOUNTS = 3;

/** The unit (øre) the amounts were rounded to, or null when they were not visibly rounded. */
export function amountRoundingUnit(
  amounts: readonly (bigint | null)[],
  weights: readonly (Decimal | null)[],
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
    // The exact split of the sum in this unit: total x w / W is a whole number of units on every line.
    const exactIsRound = ws.every((w) => (total * w) % (whole * unit) === 0n);
    return exactIsRound ? null : unit;
  }
  return null;
}
