import { normalize, pow10, type Decimal } from '../decimal/decimal';

/**
 * Rounds to at most `digits` decimals, half away from zero (the ordinary Danish "afrunding":
 * 2,5 -> 3 and -2,5 -> -3). Exact: only bigint arithmetic.
 */
export function roundDecimal(d: Decimal, digits: number): Decimal {
  if (d.scale <= digits) return normalize(d);
  const p = pow10(d.scale - digits);
  const negative = d.digits < 0n;
  const abs = negative ? -d.digits : d.digits;
  let q = abs / p;
  if ((abs % p) * 2n >= p) q += 1n;
  return normalize({ digits: negative ? -q : q, scale: digits });
}
