/**
 * The price level a title or note states: "2020-tal", "2020-priser", "i 2024-prisniveau",
 * "oktober 2024-niveau", "PL 2024", "løbende priser". Returned as written, for the mixed-level check.
 */
const MONTHS =
  'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec';

const PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:(?:${MONTHS})\\.?\\s+)?(?:19|20)\\d\\d\\s*-\\s*(?:niveau|prisniveau|priser|pris|tal|kroner|kr\\.)`,
    'i',
  ),
  /\b(?:PL|P\/L)\s*-?\s*(?:19|20)\d\d\b/,
  /\b(?:prisniveau|pris- og lønniveau|pris og lønniveau|priser|price level|prices)\s*:?\s*(?:(?:19|20)\d\d)\b/i,
  /\b(?:19|20)\d\d\s+(?:prices|price level|prisniveau|priser)\b/i,
  /\bløbende priser\b|\bcurrent prices\b|\bfaste priser\b/i,
];

export function findPriceLevel(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    for (const p of PATTERNS) {
      const m = p.exec(text);
      if (m) return m[0].trim().replace(/\s+/g, ' ');
    }
  }
  return undefined;
}
