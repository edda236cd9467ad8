/**
 * Cell text back from the XML, exactly as the SheetJS path has always given it to the check, so both
 * readers agree character for character: the named and numeric entities (a numeric reference becomes one
 * UTF-16 unit, as String.fromCharCode makes it), then Excel's _xHHHH_ escapes, and for cell text \r\n as \n.
 * Text with neither "&" nor "_" comes back unchanged without a regular expression.
 */
import { notUnderstood } from './reader-fallback';

const NAMED: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
};
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;

function entity(whole: string, digits: string | undefined): string {
  // An entity in other letter case is no named entity: it reads as the character of a number that is none.
  return NAMED[whole] ?? String.fromCharCode(parseInt(digits ?? '', whole.includes('x') ? 16 : 10)) ?? whole;
}

/** One round of unescaping. */
export function unescapeXml(s: string): string {
  if (s.includes('<![CDATA[')) notUnderstood('CDATA');
  let out = s.includes('&') ? s.replace(ENTITY, entity) : s;
  if (out.includes('_'))
    out = out.replace(EXCEL_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

/** Cell text: unescaped, with Windows line ends as \n. */
export function cellText(s: string): string {
  const out = unescapeXml(s);
  return out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}
