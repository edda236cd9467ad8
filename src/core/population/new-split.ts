/**
 * A new split in one step: a total shared between parties by their population on a FOLK1A date, in
 * equal shares, by a key column, or by a fixed percentage key (20/41/39). Amounts are the exact
 * largest-remainder split of apportion/split.ts (ties: the larger key first, then the earlier row), so
 * they always sum to the total and each is within one rounding unit of its exact quota.
 */
import { decimal, sum as sumDecimals, type Decimal } from '../decimal/decimal';
import { divDecimal } from '../decimal/ratio';
import { split } from '../apportion/split';
import { text, type Text } from '../findings/text';
import { populationAt } from './register';
import type { SplitParty } from './select-parties';
import { dateWords } from './source';

export type NewSplitKey =
  | { readonly kind: 'population'; readonly date: string }
  | { readonly kind: 'equal' }
  /** A key column (inhabitants, m², anything) or fixed percentages; one weight per party, in order. */
  | {
      readonly kind: 'weights';
      readonly weights: readonly Decimal[];
      readonly percent: boolean;
      /** The key column's own heading and where it was read (a key from a sheet). */
      readonly header?: Text;
      readonly source?: Text;
    };

export interface NewSplitRow {
  readonly name: string;
  readonly code?: string;
  readonly weight: Decimal;
  /** The exact share in percent, to 4 decimals (for reading; the amounts use the exact fraction). */
  readonly share: Decimal;
  /** In øre. */
  readonly amount: bigint;
}

export interface NewSplit {
  readonly rows: readonly NewSplitRow[];
  /** In øre. */
  readonly total: bigint;
  /** The rounding unit in øre (100n = whole kroner). */
  readonly unit: bigint;
  readonly weightSum: Decimal;
  readonly key: NewSplitKey;
  /** The key column's heading: "Folketal 1. januar 2026", "Andel (%)", "Nøgle". */
  readonly keyHeader: Text;
  /** The source line under the table; null for keys without an outside source. */
  readonly source: Text | null;
}

export type NewSplitResult = { ok: true; split: NewSplit } | { ok: false; problems: Text[] };

/** Share digits shown in the table: 34,4983 %. */
const SHARE_DIGITS = 4;
const HUNDRED = decimal(100);

export function makeNewSplit(
  total: bigint,
  parties: readonly SplitParty[],
  key: NewSplitKey,
  unit: bigint = 100n,
): NewSplitResult {
  const fail = (da: string, en: string): NewSplitResult => ({ ok: false, problems: [text(da, en)] });
  if (parties.length === 0) return fail('Der er ingen parter.', 'There are no parties.');
  let weights: Decimal[];
  let keyHeader: Text;
  let source: Text | null = null;
  if (key.kind === 'population') {
    const at = populationAt(key.date);
    if (!at)
      return fail(`Fordel har ikke FOLK1A pr. ${key.date}.`, `Fordel has no FOLK1A figures at ${key.date}.`);
    const missing: string[] = [];
    weights = parties.map((p) => {
      const region = p.kind === 'region' ? at.regions.find((r) => r.code === p.code) : undefined;
      const m = p.kind === 'kommune' ? at.municipalities.find((x) => x.code === p.code) : undefined;
      const n = region?.population ?? m?.population;
      if (n === undefined) missing.push(p.name);
      return decimal(n ?? 0);
    });
    if (missing.length) {
      return fail(
        `${missing.join(', ')} har intet folketal i FOLK1A.`,
        `${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no population in FOLK1A.`,
      );
    }
    const when = dateWords(key.date);
    keyHeader = text(`Folketal ${when.da}`, `Population ${when.en}`);
    source = at.attribution;
    if (parties.some((p) => p.kind === 'region')) {
      source = text(
        `${source.da} (regionerne som summen af deres kommuner)`,
        `${source.en} (regions as the sum of their municipalities)`,
      );
    }
  } else if (key.kind === 'equal') {
    weights = parties.map(() => decimal(1));
    keyHeader = text('Nøgle (lige store andele)', 'Key (equal shares)');
  } else {
    if (key.weights.length !== parties.length) {
      return fail(
        `Nøglen har ${key.weights.length} tal, men der er ${parties.length} parter.`,
        `The key has ${key.weights.length} figures, but there are ${parties.length} parties.`,
      );
    }
    weights = [...key.weights];
    if (key.percent) {
      const s = sumDecimals(weights);
      if (s.digits !== HUNDRED.digits * 10n ** BigInt(s.scale)) {
        return fail('Procentnøglen summerer ikke til 100.', 'The percentage key does not sum to 100.');
      }
    }
    keyHeader =
      key.header ?? (key.percent ? text('Andel (%) efter aftale', 'Agreed share (%)') : text('Nøgle', 'Key'));
    source = key.source ?? null;
  }
  const result = split(total, weights, unit);
  if (!result.ok) return { ok: false, problems: [result.message] };
  const weightSum = sumDecimals(weights);
  // One common scale for the shares: the sum may come back normalized (20,0 + 80,0 = 100).
  const scale = Math.max(...weights.map((w) => w.scale));
  const W = weights.reduce((a, w) => a + w.digits * 10n ** BigInt(scale - w.scale), 0n);
  const rows = parties.map((p, i) => {
    const w = weights[i].digits * 10n ** BigInt(scale - weights[i].scale);
    return {
      name: p.name,
      ...(p.code ? { code: p.code } : {}),
      weight: weights[i],
      share: divDecimal(w * 100n, W, SHARE_DIGITS, 'half-up'),
      amount: result.amounts[i],
    };
  });
  return { ok: true, split: { rows, total, unit, weightSum, key, keyHeader, source } };
}
