/**
 * Number cells whose stored text is no number a spreadsheet program writes: "0x10", "10,500", "1e-400".
 * The reader (SheetJS) turns them into 0, 10 and 0 without a word, and a wrong figure in an amount column
 * is worse than an unread one. Fordel passes on such a cell's text instead, so the check names the cell as
 * one it cannot read as an amount. Only the few values that fail a quick test are looked at closely.
 */
import { parseA1 } from '../../core/grid/a1';

export interface OddNumber {
  readonly row: number;
  readonly col: number;
  /** The text as stored in the file. */
  readonly text: string;
}

/** A number as Excel and LibreOffice store it (xsd:double without INF and NaN). */
const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** A value, unless it is up to 15 plain digits (most cells), which always read as stored. */
const VALUE = /<(?:\w+:)?v>(?!\d{1,15}<)([^<]*)<\/(?:\w+:)?v>/g;
const CELL_START = /<(?:\w+:)?c\s[^>]*>/g;
/** How far back from a value its cell's start tag is looked for: near first (text cells are many), then further. */
const LOOK_BACK = [200, 4000];

export function oddNumbers(xml: string): OddNumber[] {
  const out: OddNumber[] = [];
  for (const m of xml.matchAll(VALUE)) {
    const stored = m[1];
    if (readsAsStored(stored)) continue;
    const tag = cellTagBefore(xml, m.index ?? 0);
    if (!tag || tag.endsWith('/>')) continue;
    const type = /\st="([^"]*)"/.exec(tag)?.[1];
    if (type !== undefined && type !== 'n') continue;
    const ref = /\sr="([^"]*)"/.exec(tag)?.[1];
    const pos = ref ? parseA1(ref) : null;
    if (pos) out.push({ row: pos.row, col: pos.col, text: decode(stored.trim()) });
  }
  return out;
}

/** The start tag of the cell a value at `at` belongs to: a short look back first, as every text cell comes here. */
function cellTagBefore(xml: string, at: number): string | undefined {
  for (const back of LOOK_BACK) {
    // The last cell start within the stretch before the value, searched in place rather than in a copy.
    let tag: string | undefined;
    CELL_START.lastIndex = Math.max(0, at - back);
    for (let c = CELL_START.exec(xml); c && c.index + c[0].length <= at; c = CELL_START.exec(xml)) tag = c[0];
    if (tag) return tag;
  }
  return undefined;
}

/** True when the text is a plain number that reads as itself: not 0 from "1e-400", not Infinity. */
export function readsAsStored(stored: string): boolean {
  if (/^\d{1,15}$/.test(stored)) return true;
  if (!PLAIN_NUMBER.test(stored)) return false;
  const n = Number(stored);
  if (!Number.isFinite(n)) return false;
  const mantissa = stored.replace(/[eE].*$/, '');
  return n !== 0 || !/[1-9]/.test(mantissa);
}

export function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
