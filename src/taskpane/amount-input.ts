/**
 * An amount in kroner as a user types it in the pane ("6.000.000", "6 000 000,50", "DKK 6,000,000.50")
 * to the plain decimal the settings store ("6000000.5"), or null when it is not an amount.
 */
import type { Lang } from '../core/findings/finding';

export function plainKroner(typed: string, lang: Lang): string | null {
  const s = typed
    .replace(/kr\.?|dkk/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .trim();
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalMark: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    // One mark only: groups of three after it are thousands ("6.000.000"), unless the language writes
    // its decimals with that mark and there is only one ("1.5" in English, "1,5" in Danish).
    const groups = s.split(mark);
    const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
    const ownDecimal = (lang === 'da' ? ',' : '.') === mark;
    decimalMark = thousands && !(ownDecimal && groups.length === 2) ? null : mark;
    if (decimalMark === null && !thousands) return null;
  }
  const [whole, fraction = '', extra] = decimalMark ? s.split(decimalMark) : [s];
  if (extra !== undefined) return null;
  const digits = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(digits) || !/^\d{0,2}$/.test(fraction)) return null;
  if (decimalMark && whole.includes(decimalMark === '.' ? ',' : '.') && !/^\d{1,3}([.,]\d{3})*$/.test(whole))
    return null;
  const plain = fraction.replace(/0+$/, '')
    ? `${BigInt(digits)}.${fraction.replace(/0+$/, '')}`
    : `${BigInt(digits)}`;
  return plain === '0' ? null : plain;
}
