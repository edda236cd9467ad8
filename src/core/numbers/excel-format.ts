/**
 * What an Excel number format says about the value behind it. Quoted literals ("kr.") and
 * bracketed sections ([$kr.-406], [Red]) are looked at separately, because a '%' or a 'd' inside
 * them is only decoration and does not change the value.
 */

/** The format's code with quoted text, escaped characters and [..] sections removed. */
function bareCode(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

/** A real '%' in the code makes Excel show the value times 100, so 0.125 reads as 12.5 %. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && bareCode(format).includes('%');
}

/** Kroner shown by the format: '#,##0 "kr."', '[$kr.-406] #,##0', '#,##0.00 kr.', 'DKK'. */
export function isCurrencyFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /kr\b|kr\.|dkk/i.test(format);
}

/** Day, month or year codes outside literals: the number is an Excel date serial. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // General and its localised names have no date letters once literals are gone.
  const code = bareCode(format).toLowerCase();
  if (code === 'general' || code === 'standard') return false;
  return /[dmy]|åå/.test(code);
}
