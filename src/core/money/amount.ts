/**
 * An amount as read from a cell. Formula results often hold fractions of an øre (=B3/B$8*500000) and
 * are shown rounded; each counts at the øre it shows, but a sum of them counts at what Excel's SUM
 * gives: the exact values added, then rounded once. Rounding each part first would report 0,01 kr.
 * "over-allocated" on a split that is exact.
 */
import { add, ZERO, type Decimal } from '../decimal/decimal';
import type { Located } from '../located';
import { roundDecimal } from '../numbers/round';
import { kronerToOere, oereToKroner } from './oere';

export interface CellAmount extends Located<bigint> {
  /** The cell's value in kroner when it is finer than whole øre; absent otherwise. */
  readonly exact?: Decimal;
}

/** Øre of the parts' sum, rounded once at the end. */
export function sumAmounts(parts: readonly { value: bigint; exact?: Decimal }[]): bigint {
  if (!parts.some((p) => p.exact !== undefined)) return parts.reduce((s, p) => s + p.value, 0n);
  const exact = parts.reduce((s, p) => add(s, p.exact ?? oereToKroner(p.value)), ZERO);
  return kronerToOere(roundDecimal(exact, 2)) ?? 0n;
}
