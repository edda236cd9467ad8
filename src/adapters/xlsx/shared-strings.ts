/**
 * The shared strings part, read once per workbook, and the text of one string item (shared or inline), the
 * way the SheetJS path reads them: a plain item is the text of its first <t>; a rich one joins the <t> of
 * its runs and leaves out phonetic runs (<rPh>); an item with neither has no text at all (undefined).
 */
import { notUnderstood } from './reader-fallback';
import { cellText } from './xml-unescape';

const PLAIN_START = /^\s*<(?:\w+:)?t[^>]*>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC_OPEN = /<(?:\w+:)?rPh\b[^<>]*>/g;
const PHONETIC_CLOSE = /<\/(?:\w+:)?rPh>/g;

/** The text of a string item's content (what lies inside <si> or <is>), or undefined when it holds none. */
export function itemText(x: string): string | undefined {
  if (!x) return '';
  // Most items: <t>text</t> or <t xml:space="preserve">text</t>, nothing else.
  if (x.startsWith('<t>') || x.startsWith('<t xml:space="preserve">')) {
    const from = x.indexOf('>') + 1;
    const to = x.indexOf('<', from);
    if (to === x.length - 4 && x.endsWith('</t>')) return cellText(x.slice(from, to));
  }
  if (x.includes('<![CDATA[')) notUnderstood('CDATA in a string');
  if (PLAIN_START.test(x)) {
    const rest = x.slice(x.indexOf('>') + 1);
    const end = /<\/(?:\w+:)?t>/.exec(rest);
    return cellText(end ? rest.slice(0, end.index) : rest);
  }
  if (RUN.test(x)) {
    let out = '';
    for (const m of withoutPhonetics(x).matchAll(RUN_TEXT)) out += m[1];
    return cellText(out);
  }
  return undefined;
}

function withoutPhonetics(x: string): string {
  if (!x.includes('rPh')) return x;
  let out = '';
  let from = 0;
  PHONETIC_OPEN.lastIndex = 0;
  for (let m = PHONETIC_OPEN.exec(x); m; m = PHONETIC_OPEN.exec(x)) {
    if (m[0].endsWith('/>')) notUnderstood('empty phonetic run');
    out += x.slice(from, m.index);
    PHONETIC_CLOSE.lastIndex = PHONETIC_OPEN.lastIndex;
    const close = PHONETIC_CLOSE.exec(x);
    if (!close) notUnderstood('phonetic run');
    from = PHONETIC_CLOSE.lastIndex;
    PHONETIC_OPEN.lastIndex = from;
  }
  return out + x.slice(from);
}

/** Every item of the shared strings part, in order; an item without text is undefined. */
export function sharedStrings(xml: string | null): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  if (!xml) return out;
  if (/sstItem|<\w+:si\b|<si[\s/]|<!--/.test(xml)) notUnderstood('shared strings form');
  const open = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!open) return out;
  const close = xml.indexOf('</sst>', open.index + open[0].length);
  if (close < 0 || /<\/\w+:sst>/.test(xml)) notUnderstood('shared strings end');
  const body = xml.slice(open.index + open[0].length, close);
  let at = 0;
  for (;;) {
    const start = body.indexOf('<si>', at);
    if (start < 0) break;
    if (body.slice(at, start).trim()) notUnderstood('between shared strings');
    const end = body.indexOf('</si>', start + 4);
    if (end < 0) notUnderstood('unterminated shared string');
    const inner = body.slice(start + 4, end);
    if (inner.includes('<si>')) notUnderstood('nested shared string');
    out.push(itemText(inner.trim()));
    at = end + 5;
  }
  return out;
}
