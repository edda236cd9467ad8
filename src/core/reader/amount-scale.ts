/**
 * The unit a table's amounts are in, when its title, header or notes say so: "t.kr.", "1.000 kr.",
 * "tusind kroner" (1.000) or "mio. kr." (1.000.000). Within a table it changes nothing; between two
 * tables it decides whether 1.500 and 1.500.000 are the same money.
 */
const THOUSANDS =
  /\bt\.?\s?kr\b|\btkr\b|\b1\.000\s?kr\b|\btusind(?:e)?\s?kr|\bDKK\s?(?:'|’)?000|\bkr\.?\s?\(?1\.000\)?/i;
const MILLIONS = /\bmio\.?\s?kr\b|\bmillion(?:er)?\s?kr|\bmDKK\b|\bDKK\s?m\b/i;

export function findAmountScale(texts: readonly string[]): number | undefined {
  for (const text of texts) {
    if (MILLIONS.test(text)) return 1_000_000;
    if (THOUSANDS.test(text)) return 1_000;
  }
  return undefined;
}
