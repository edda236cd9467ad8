/**
 * Rules a sheet states for its table, in the title or the notes: "krone-til-krone", "kr. for kr." or "1:1"
 * set 1:1 matching; "egenfinansiering på minimum 50 pct." sets the minimum own share. They apply to that
 * table only, over the user's general settings.
 */
import { parsePlainDecimal } from '../decimal/decimal';
import type { StatedRules } from '../tables/layout';

const MATCHING = /krone[- ]til[- ]krone|kr\.?\s*for\s*kr\.?|(?<![\d,.])1\s*:\s*1(?![\d,.])|krone for krone/iu;
const OWN = String.raw`(?:egen\s?finansiering|egen\s?medfinansiering|egenandel|egne midler)`;
const PCT = String.raw`(\d{1,3}(?:,\d+)?)\s*(?:%|pct\.?|procent)`;
const AT_LEAST = String.raw`(?:på\s+)?(?:minimum|mindst|min\.|ikke under)`;
const OWN_FIRST = new RegExp(`${OWN}[^.;]{0,60}?${AT_LEAST}\\s*${PCT}`, 'iu');
const SHARE_FIRST = new RegExp(`${AT_LEAST}\\s*${PCT}\\s*(?:i\\s+)?${OWN}`, 'iu');

export function statedRules(texts: readonly string[]): StatedRules | undefined {
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
    const own = OWN_FIRST.exec(t) ?? SHARE_FIRST.exec(t);
    if (own && !minOwnShare) {
      const value = parsePlainDecimal(own[1].replace(',', '.'));
      if (value) {
        minOwnShare = value;
        words.push(own[0]);
      }
    }
  }
  if (!matchingRatio && !minOwnShare) return undefined;
  return {
    ...(matchingRatio ? { matchingRatio } : {}),
    ...(minOwnShare ? { minOwnShare } : {}),
    words: words.join('; '),
  };
}
