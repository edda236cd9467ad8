/**
 * Budget amounts in the user's words: in kroner when the sheet states its unit (t.kr., mio. kr.), or as
 * the sheet shows them, with no "kr." claimed, when it does not.
 */
import { decimal, mul, toPlainString, type Decimal } from '../../decimal/decimal';
import { text, type Text } from '../../findings/finding';
import { formatKroner, formatNumber } from '../../money/format';
import { kronerToOere } from '../../money/oere';
import { roundDecimal } from '../../numbers/round';

export function inKroner(d: Decimal, scale: number | undefined): Decimal | null {
  return scale === undefined ? null : mul(d, decimal(BigInt(scale)));
}

export function amountText(d: Decimal, scale: number | undefined): Text {
  const kr = inKroner(d, scale);
  const oere = kr === null ? null : kronerToOere(roundDecimal(kr, 2));
  if (oere !== null) return text(formatKroner(oere, 'da'), formatKroner(oere, 'en'));
  return text(formatNumber(d, 'da'), formatNumber(d, 'en'));
}

/** For --json: kroner when the unit is known, else the number as on the sheet. */
export function plainAmount(d: Decimal, scale: number | undefined): string {
  return toPlainString(inKroner(d, scale) ?? d);
}
