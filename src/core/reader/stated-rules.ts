/**
 * Rules a sheet states for its table, in the title or the notes: "krone-til-krone", "kr. for kr." or "1:1"
 * set 1:1 matching; "egenfinansiering på minimum 50 pct." sets the minimum own share. They apply to that
 * table only, over the user's general settings. A co-financing table that names a scheme with a known
 * minimum (the culture pool, in a title, note or source line) is held to that minimum when it states none.
 */
import { decimal, parsePlainDecimal } from '../decimal/decimal';
import { OWN_SHARE_SCHEMES } from '../kinds/cofinancing/words';
import type { StatedRules } from '../tables/layout';

const MATCHING = /krone[- ]til[- ]krone|kr\.?\s*for\s*kr\.?|(?<![\d,.])1\s*:\s*1(?![\d,.])|krone for krone/iu;
const OWN = String.raw`(?:egen\s?finansiering|egen\s?medfinansiering|egenandel|egne midler)`;
const PCT = String.raw`(\d{1,3}(?:,\d+)?)\s*(?:%|pct\.?|procent)`;
const AT_LEAST = String.raw`(?:på\s+)?(?:minimum|mindst|min\.|ikke under)`;
const OWN_FIRST = new RegExp(`${OWN}[^.;]{0,60}?${AT_LEAST}\\s*${PCT}`, 'iu');
const SHARE_FIRST = new RegExp(`${AT_LEAST}\\s*${PCT}\\s*(?:i\\s+)?${OWN}`, 'iu');
/** Words that make a share a requirement without "mindst": "kræver", "forudsætter", "krav om", "skal udgøre". */
const REQUIRE = String.raw`(?:krav(?:et)?\s+(?:om|til|er|på)|kræver|forudsætter|betinget af)`;
const REQUIRED_SHARE = new RegExp(
  `${REQUIRE}\\s+(?:en\\s+|et\\s+)?(?:${PCT}\\s*(?:i\\s+|af\\s+)?${OWN}|(?:[a-zæøå-]+\\s+)?${OWN}\\s+(?:på\\s+)?${PCT})`,
  'iu',
);
const OWN_MUST = new RegExp(
  `${OWN}[^.;]{0,40}?(?:skal\\s+(?:udgøre|være)|kræves)\\s+(?:på\\s+)?${PCT}`,
  'iu',
);

/**
 * `schemeTexts` (a co-financing table's source lines) are searched for a named scheme along with `texts`;
 * without them no scheme is looked for (a budget's financing is held only to a minimum it states).
 */
export function statedRules(
  texts: readonly string[],
  schemeTexts?: readonly string[],
): StatedRules | undefined {
  const words: string[] = [];
  let matchingRatio;
  let minOwnShare;
  for (const t of texts) {
    if (!t) continue;
    const m = MATCHING.exec(t);
    if (m && !matchingRatio) {
      matchingRatio = { digits: 1n, scale: 0 };
      words.push(m[0]);
    }
    const own = OWN_FIRST.exec(t) ?? SHARE_FIRST.exec(t) ?? REQUIRED_SHARE.exec(t) ?? OWN_MUST.exec(t);
    if (own && !minOwnShare) {
      // The share is the pattern's first number group that matched.
      const share = own.slice(1).find((g) => g !== undefined) ?? '';
      const value = parsePlainDecimal(share.replace(',', '.'));
      if (value) {
        minOwnShare = value;
        words.push(own[0]);
      }
    }
  }
  const scheme = !minOwnShare && schemeTexts ? namedScheme([...texts, ...schemeTexts]) : null;
  if (scheme) minOwnShare = decimal(scheme.minOwnShare);
  if (!matchingRatio && !minOwnShare) return undefined;
  return {
    ...(matchingRatio ? { matchingRatio } : {}),
    ...(minOwnShare ? { minOwnShare } : {}),
    words: words.join('; '),
    ...(scheme ? { scheme: { name: scheme.name, named: scheme.named } } : {}),
  };
}

function namedScheme(texts: readonly string[]): { name: string; named: string; minOwnShare: number } | null {
  for (const s of OWN_SHARE_SCHEMES) {
    for (const pattern of s.patterns) {
      for (const t of texts) {
        const m = t ? pattern.exec(t) : null;
        if (m) return { name: s.name, named: m[0], minOwnShare: s.minOwnShare };
      }
    }
  }
  return null;
}
