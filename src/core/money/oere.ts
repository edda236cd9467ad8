/** Money is held as whole øre in a bigint; these convert to and from kroner as exact decimals. */
import { normalize, toBigInt, toPlainString, type Decimal } from '../decimal/decimal';

/** Kroner to øre, or null when the amount has a fraction of an øre (e.g. 12,345 kr.). */
export function kronerToOere(kroner: Decimal): bigint | null {
  return toBigInt({ digits: kroner.digits * 100n, scale: kroner.scale });
}

export function oereToKroner(oere: bigint): Decimal {
  return normalize({ digits: oere, scale: 2 });
}

/** Kroner as plain machine text for JSON and findings: "1500000", "1234.5", "-0.05". */
export function oereToPlain(oere: bigint): string {
  return toPlainString(oereToKroner(oere));
}
