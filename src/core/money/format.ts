/**
 * Amounts, numbers and percentages for people to read, in Danish or English, exactly as
 * Intl.NumberFormat writes them in da-DK and en-GB. The forms Fordel prints are written here digit for
 * digit (the tests compare them with Intl's); anything else goes to Intl, which only ever gets an exact
 * decimal string, never a float, so amounts beyond 2^53 øre print digit for digit either way.
 *
 * Danish output keeps the no-break space (U+00A0) that Intl puts before "kr." and "%", so
 * "1.500 kr." and "49,5 %" never break across lines in the task pane or a findings cell.
 */
import { toPlainString, type Decimal } from '../decimal/decimal';
import type { Lang } from '../findings/finding';
import { roundDecimal } from '../numbers/round';
import { oereToKroner } from './oere';

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
/** The most fraction digits Intl accepts in Node 20. */
const MAX_INTL_FRACTION = 20;

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // A plain key of the few options used: JSON.stringify per call cost more than the formatting itself.
  const o = options;
  const key = `${lang}|${o.style}|${o.currency}|${o.currencyDisplay}|${o.minimumFractionDigits}|${o.maximumFractionDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Formats an already rounded decimal. Intl's typings only list number and bigint, but the engine
 * takes a decimal string exactly; that string is the whole point, so it is passed through here.
 * The forms Fordel prints are written directly (`shown`): Intl is only asked for anything else.
 */
function formatExact(d: Decimal, lang: Lang, options: Intl.NumberFormatOptions, shown?: Shown): string {
  const own = shown ? written(shown.value ?? d, lang, shown) : null;
  if (own !== null) return own;
  const f = formatter(lang, options) as unknown as { format(value: string): string };
  // "-0" would print as "-0"; a value that rounded to zero has no sign.
  return f.format(d.digits === 0n ? '0' : toPlainString(d));
}

/**
 * A number as Intl writes it in da-DK and en-GB (the tests hold the two to each other), without Intl: its
 * locale data costs a worker about as much as checking a small workbook, and each call costs more than this.
 */
interface Shown {
  readonly style: 'decimal' | 'kroner' | 'percent';
  readonly minFraction: number;
  readonly maxFraction: number;
  /** The number shown, when Intl is given another (a percent is given as a fraction). */
  readonly value?: Decimal;
}

const SEPARATORS: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  da: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const NBSP = '\u00a0';

/** The written form, or null when the value has more decimals than shown (Intl would round it). */
function written(d: Decimal, lang: Lang, shown: Shown): string | null {
  if (d.scale < 0 || d.scale > shown.maxFraction) return null;
  const negative = d.digits < 0n;
  const all = (negative ? -d.digits : d.digits).toString().padStart(d.scale + 1, '0');
  const whole = all.slice(0, all.length - d.scale);
  let end = d.scale;
  const fraction = all.slice(all.length - d.scale);
  while (end > shown.minFraction && fraction.charCodeAt(end - 1) === 48) end--;
  const { group, decimal } = SEPARATORS[lang];
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += group + whole.slice(i, i + 3);
  const decimals = fraction.slice(0, end).padEnd(shown.minFraction, '0');
  const number = decimals ? grouped + decimal + decimals : grouped;
  const sign = negative ? '-' : '';
  if (shown.style === 'kroner')
    return lang === 'da' ? `${sign}${number}${NBSP}kr.` : `${sign}DKK${NBSP}${number}`;
  if (shown.style === 'percent') return lang === 'da' ? `${sign}${number}${NBSP}%` : `${sign}${number}%`;
  return sign + number;
}

export interface KronerOptions {
  /** 0: whole kroner (rounded half away from zero); 2: always øre; 'auto' (default): øre only when there are any. */
  decimals?: 0 | 2 | 'auto';
  /** Add the currency: "kr." after (da) or "DKK" before (en). Default true. */
  suffix?: boolean;
}

/** da: "1.234.567,50 kr.", "1.500.000 kr."; en: "DKK 1,234,567.50". */
export function formatKroner(oere: bigint, lang: Lang, opts: KronerOptions = {}): string {
  const { decimals = 'auto', suffix = true } = opts;
  const digits = decimals === 'auto' ? (oere % 100n === 0n ? 0 : 2) : decimals;
  const kroner = roundDecimal(oereToKroner(oere), digits);
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (suffix) Object.assign(options, { style: 'currency', currency: 'DKK', currencyDisplay: 'code' });
  if (suffix && lang === 'da') {
    // Danish Intl writes "kr." for DKK; the code display would give "DKK".
    options.currencyDisplay = 'symbol';
  }
  const style = suffix ? 'kroner' : 'decimal';
  return formatExact(kroner, lang, options, { style, minFraction: digits, maxFraction: digits });
}

/** "1.500.000", "34,6" (da); "1,500,000", "34.6" (en). Rounds half away from zero; default keeps every digit. */
export function formatNumber(d: Decimal, lang: Lang, maxFractionDigits?: number): string {
  const digits = Math.min(maxFractionDigits ?? d.scale, MAX_INTL_FRACTION);
  const rounded = roundDecimal(d, Math.max(0, digits));
  const shown: Shown = { style: 'decimal', minFraction: 0, maxFraction: rounded.scale };
  return formatExact(rounded, lang, { maximumFractionDigits: rounded.scale }, shown);
}

/**
 * A value already in percent (49.5 means 49,5 %): "49,5 %" (da, no-break space) or "49.5%" (en).
 * At most `fractionDigits` decimals (default 1); trailing zeros are dropped, so 50 gives "50 %".
 */
export function formatPercent(percent: Decimal, lang: Lang, fractionDigits = 1): string {
  const rounded = roundDecimal(percent, Math.max(0, Math.min(fractionDigits, MAX_INTL_FRACTION - 2)));
  // Intl's percent style multiplies by 100; shifting the scale divides exactly.
  const fraction: Decimal = { digits: rounded.digits, scale: rounded.scale + 2 };
  const shown: Shown = { style: 'percent', minFraction: 0, maxFraction: rounded.scale, value: rounded };
  return formatExact(fraction, lang, { style: 'percent', maximumFractionDigits: rounded.scale }, shown);
}

/** The word for what a split divides when it is a count, not kroner ("iværksættere"); '' when unnamed. */
export interface CountUnit {
  readonly da: string;
  readonly en: string;
}

/**
 * An amount of a split: kroner, or a count with its word ("388 iværksættere") when the split divides a target
 * or places. Counts are held in øre like money, so whole counts stay exact through the same arithmetic.
 */
export function formatAmount(oere: bigint, lang: Lang, count?: CountUnit | null): string {
  if (!count) return formatKroner(oere, lang);
  const n = formatNumber(roundDecimal(oereToKroner(oere), oere % 100n === 0n ? 0 : 2), lang);
  return count[lang] ? `${n} ${count[lang]}` : n;
}

/** The unit a table's amounts are in, by kroner per unit: "t.kr.", "mio. kr." (da); "DKK '000", "DKK m" (en). */
export function amountUnitName(amountScale: number | undefined, lang: Lang): string {
  const names: Record<number, Record<Lang, string>> = {
    1_000: { da: 't.kr.', en: "DKK '000" },
    1_000_000: { da: 'mio. kr.', en: 'DKK m' },
    1_000_000_000: { da: 'mia. kr.', en: 'DKK bn' },
  };
  return names[amountScale ?? 1]?.[lang] ?? (lang === 'da' ? 'kr.' : 'DKK');
}
