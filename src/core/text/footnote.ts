/**
 * Footnote marks as tables pasted from a PDF or a report keep them: after a label ("I alt*", "I alt 1)",
 * "Kulturregionens egenfinansiering¹", "København 1)") they point to a note under the table and are no part
 * of the label; at the start of a line ("1) Inkl. Christiansø", "* Afrundet", "¹ De ni kommuner") they make
 * the line that note.
 */

/** "*", "**", "†", superscript digits, or " 1)" after a space: one mark at the end of a label. */
const TRAILING_MARK = /(?:\s*(?:\*{1,3}|†{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})|\s+\d\))$/u;

/** A line that starts with a footnote mark and then words: "1) Inkl. Christiansø", "¹ De ni kommuner". */
const LEADING_MARK = /^(?:\*{1,3}|†{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\d\))\s*\p{L}/u;

/** The label without a footnote mark at its end: "I alt 1)" -> "I alt". A label that is only a mark stays. */
export function withoutFootnoteMark(text: string): string {
  const out = text.replace(TRAILING_MARK, '');
  return out.trim() === '' ? text : out;
}

/** A note line under a table that a footnote mark opens. */
export function isFootnoteLine(text: string): boolean {
  return LEADING_MARK.test(text.trim());
}
