/** Exact division of integers into a Decimal, for shares and ratios shown to people. */
import { normalize, pow10, type Decimal } from './decimal';

export type Rounding = 'floor' | 'ceil' | 'half-up';

/** n / d as an integer, rounded as asked. d must not be 0. Half-up rounds halves away from zero. */
export function divInt(n: bigint, d: bigint, mode: Rounding): bigint {
  if (d < 0n) return divInt(-n, -d, mode);
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  if (mode === 'floor') return n < 0n ? q - 1n : q;
  if (mode === 'ceil') return n < 0n ? q : q + 1n;
  const twice = 2n * (r < 0n ? -r : r);
  return twice >= d ? (n < 0n ? q - 1n : q + 1n) : q;
}

/** n / d as a Decimal with `scale` decimals. */
export function divDecimal(n: bigint, d: bigint, scale: number, mode: Rounding): Decimal {
  return normalize({ digits: divInt(n * pow10(scale), d, mode), scale });
}
