/**
 * The number format of every cell format (the `s` of a cell) in a styles part, as the SheetJS path names
 * them: Excel's built-in formats by number, the workbook's own formats added to them, "General" for a
 * built-in number without a fixed text (5-8, 23-36 ...). Read once per workbook.
 */
import { notUnderstood } from './reader-fallback';
import { unescapeXml } from './xml-unescape';

const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};
/** Google Sheets writes "d.m", which is no valid format; it is read as the day, a dot and the month. */
const REPAIRED: Readonly<Record<string, string>> = { 'd.m': 'd\\.m' };
/** Format numbers above this are renumbered by the SheetJS path; such rare books are left to it. */
const HIGHEST_ID = 0x188;

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function section(xml: string, name: string): string | null {
  const open = new RegExp(`<${name}\\b[^<>]*>`).exec(xml);
  if (!open) return null;
  const close = xml.indexOf(`</${name}>`, open.index + open[0].length);
  return close < 0 ? null : xml.slice(open.index, close);
}

/** Number format per cell format index; undefined where the cell reads as "General". */
export function cellFormats(stylesXml: string | null): (string | undefined)[] {
  if (!stylesXml) return [];
  if (stylesXml.includes('<!--') || /<\w+:(?:numFmts?|cellXfs|xf)\b/.test(stylesXml))
    notUnderstood('styles form');
  const table: Record<number, string> = { ...BUILT_IN };
  for (const m of (section(stylesXml, 'numFmts') ?? '').matchAll(/<numFmt\b[^>]*>/g)) {
    if (m[0].includes("='")) notUnderstood('numFmt quoting');
    const id = parseInt(attr(m[0], 'numFmtId') ?? '', 10);
    const text = attr(m[0], 'formatCode');
    if (text === undefined) notUnderstood('numFmt without code');
    const code = unescapeXml(text);
    if (id > HIGHEST_ID) notUnderstood('numFmt id');
    if (id > 0) table[id] = REPAIRED[code] ?? code;
  }
  const out: (string | undefined)[] = [];
  for (const m of (section(stylesXml, 'cellXfs') ?? '').matchAll(/<xf\b[^>]*>/g)) {
    if (m[0].includes("='")) notUnderstood('xf quoting');
    const raw = attr(m[0], 'numFmtId');
    const id = raw ? parseInt(raw, 10) : 0;
    if (id > HIGHEST_ID) notUnderstood('xf numFmt id');
    out.push(table[id]);
  }
  return out;
}
