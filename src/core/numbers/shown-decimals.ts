/**
 * How many decimals a cell shows: from its number format when it has one ("0.0%" shows one, "#,##0"
 * none), else from what was typed. Messages quote figures at this precision, never at a float's 16 digits.
 */
import type { Decimal } from '../decimal/decimal';

/** Decimals the format shows, or null for General / no format. */
export function formatDecimals(format: string | null | undefined): number | null {
  if (!format) return null;
  const code = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/^\s*(?:general|standard)\s*$/i.test(code)) return null;
  const m = /[0#?]\.([0#?]+)/.exec(code);
  if (m) return m[1].length;
  return /[0#?]/.test(code) ? 0 : null;
}

/** Decimals to show for a value read from a cell: the format's, else the value's own (at most `cap`). */
export function shownDecimals(value: Decimal, format: string | null | undefined, cap = 4): number {
  const fromFormat = formatDecimals(format);
  if (fromFormat !== null) return fromFormat;
  return Math.min(Math.max(value.scale, 0), cap);
}
