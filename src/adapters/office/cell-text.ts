/**
 * Excel reads a value set through Range.values as if it had been typed: "=SUM(A1)" becomes a formula,
 * "-5" and "2024" become numbers, "TRUE" a boolean, "#N/A" an error, "1/2" a date. Fordel's plain
 * strings are always literal text, so any string Excel might reinterpret gets the quote prefix (a
 * leading apostrophe), which Excel keeps as a cell flag and does not show or store as a character.
 */
import type { OutValue } from '../../core/output/plan';

/** Starts like a formula, number, date, error, or an apostrophe that would otherwise be swallowed. */
const RISKY_START = /^\s*[=+\-@'#(.,0-9$€£%]/;
const WORDS = /^\s*(true|false|sand|falsk)\s*$/i;

export function literalText(s: string): string {
  return RISKY_START.test(s) || WORDS.test(s) ? `'${s}` : s;
}

/** What goes into Range.values: '' clears a cell (null would leave the old value in place). */
export function cellInput(v: OutValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return literalText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  return literalText(v.text);
}
