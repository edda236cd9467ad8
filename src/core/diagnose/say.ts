/** Small wording helpers shared by the diagnoses' messages (Danish first, English beside it). */
import { formatAmount, formatKroner, formatNumber, type CountUnit } from '../money/format';
import type { Decimal } from '../decimal/decimal';
import type { Lang, Text } from '../findings/finding';

export const kr = (oere: bigint, lang: Lang): string => formatKroner(oere, lang);
/** kr for a split: its amounts in kroner, or in the count it divides ("388 iværksættere"). */
export const amountsOf =
  (split: { readonly countUnit?: CountUnit }) =>
  (oere: bigint, lang: Lang): string =>
    formatAmount(oere, lang, split.countUnit);
export const num = (d: Decimal, lang: Lang, digits?: number): string => formatNumber(d, lang, digits);
export const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** »name« in Danish, "name" in English. */
export function quote(name: string): Text {
  return { da: `»${name}«`, en: `"${name}"` };
}

/** "a, b og c" / "a, b and c". */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'da' ? ' og ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

/** Øre from a finding's plain decimal kroner ("16286", "-3409.5"); null if it is not one. */
export function oereOf(plain: string | undefined): bigint | null {
  if (plain === undefined) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m) return null;
  const v = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] === '-' ? -v : v;
}
