/**
 * A total or a rate the sheet states in words near a table: in its title ("Fordeling af 750.000 kr."), a
 * line above ("Samlet finansiering: 1.450.000 kr.") or a note ("Det samlede beløb er 17,5 mio. kr."), or a
 * rate per inhabitant ("2,35 kr. pr. indbygger"). Only one clear amount counts: two different amounts, or an
 * amount hedged with "ca.", "op til" or "mindst", state nothing.
 */
import { parsePlainDecimal, type Decimal } from '../decimal/decimal';
import { kronerToOere } from '../money/oere';
import type { StatedTotal } from '../tables/layout';
import { STATED_TOTAL } from './labels';
import { namesThousandUnit } from './amount-scale';

/** "1.450.000 kr.", "17,5 mio. kr.", "750 t.kr.", "2,35 kr. pr. indbygger". */
const AMOUNT =
  /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mio\.?|millioner|mia\.?|t\.?|tusind)?\s*(?:kr\.?|kroner|dkk)(?![a-zæøå])(\s*(?:pr\.?|per|om året pr\.?)\s+[a-zæøå]+)?/giu;

export function findStatedTotal(lines: readonly string[]): StatedTotal | null {
  const found: StatedTotal[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(AMOUNT)) {
      // "(1.000 kr.)" in a title is the unit the amounts are in (amount-scale.ts), not a total of 1.000 kr.
      if (namesThousandUnit(line, m.index ?? 0)) continue;
      const before = line.slice(Math.max(0, (m.index ?? 0) - 12), m.index).toLowerCase();
      if (STATED_TOTAL.hedges.some((w) => before.includes(w))) return null;
      const whole = m[1].replace(/\./g, '');
      const value = parsePlainDecimal(m[2] ? `${whole}.${m[2]}` : whole);
      if (!value) continue;
      const scale = scaleOf(m[3]);
      const kroner: Decimal = { digits: value.digits * scale, scale: value.scale };
      const oere = kronerToOere(kroner);
      if (oere === null || oere <= 0n) continue;
      const rate = m[4] !== undefined;
      if (rate && !STATED_TOTAL.perUnit.some((w) => m[4].toLowerCase().includes(w))) return null;
      found.push({ kind: rate ? 'rate' : 'total', oere, words: m[0].trim() });
    }
  }
  const distinct = new Set(found.map((f) => `${f.kind}:${f.oere}`));
  return distinct.size === 1 ? found[0] : null;
}

function scaleOf(unit: string | undefined): bigint {
  const u = (unit ?? '').toLowerCase();
  if (u.startsWith('mia')) return 1_000_000_000n;
  if (u.startsWith('mio') || u.startsWith('million')) return 1_000_000n;
  if (u.startsWith('t')) return 1_000n;
  return 1n;
}
