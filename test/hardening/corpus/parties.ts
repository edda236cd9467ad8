/**
 * Apportionment keys and party names that go wrong: negative and zero keys, a zero total, one party,
 * ten thousand parties, duplicates under two spellings, typos, names that look like formulas, very
 * long names and names in every script.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { f, sheet1, type CorpusCase } from './types';

const HEAD: RawValue[] = ['Kommune', 'Indbyggere', 'Beløb finansiering (kr.)'];

/** Parties with keys 1..n; the total is the sum of the keys, so each exact share is its key in kroner. */
function manyParties(n: number): RawValue[][] {
  const rows: RawValue[][] = [HEAD];
  for (let i = 1; i <= n; i++) rows.push([`Part ${i}`, i, i]);
  const sum = (n * (n + 1)) / 2;
  rows.push(['I alt', sum, sum]);
  return rows;
}

export const PARTY_CASES: CorpusCase[] = [
  {
    name: 'negative and zero populations are invalid keys at their cells',
    sheets: sheet1([
      ['Kommune', 'Indbyggere', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
      ['København', -1000, 33.3, 33_300],
      ['Frederiksberg', 0, 33.3, 33_300],
      ['Gentofte', 1000, 33.3, 33_300],
      ['I alt', 0, 99.9, 99_900],
    ]),
    findings: [
      f('invalid-key', 'B2', { da: 'negativ', actual: '-1000' }),
      f('invalid-key', 'B3', { da: 'er 0', actual: '0' }),
      // The total row's 99,9 repeats the parts' sum: one cause, said once at the parts.
      f('shares-not-100', 'C2:C4', { expected: '100', actual: '99.9' }),
    ],
  },
  {
    name: 'a total of zero to split',
    sheets: sheet1([HEAD, ['København', 0, 0], ['Frederiksberg', 0, 0], ['I alt', 0, 0]]),
    findings: [f('invalid-key', 'B2'), f('invalid-key', 'B3')],
  },
  {
    name: 'a single party pays everything',
    sheets: sheet1([HEAD, ['København', 1000, 750_000], ['I alt', 1000, 750_000]]),
    findings: [],
  },
  {
    name: '10.000 parties split exactly, unknown names reported once',
    sheets: sheet1(manyParties(10_000)),
    findings: [f('unknown-party', 'A2:A10001', { da: '10.000 parter er ikke danske kommuner' })],
  },
  {
    name: 'two spellings of one municipality, a typo and a made-up name',
    sheets: sheet1([
      HEAD,
      ['Københavns Kommune', 600_000, 600_000],
      ['København', 600_000, 600_000],
      ['Gentofe', 70_000, 70_000],
      ['Atlantis', 1000, 1000],
      ['I alt', 1_271_000, 1_271_000],
    ]),
    findings: [
      f('duplicate-party', 'A3', { da: '»København« står der allerede i A2' }),
      f('unknown-party', 'A5', { da: '»Atlantis« er ikke en dansk kommune' }),
    ],
  },
  {
    name: 'names that look like formulas are names',
    sheets: sheet1([
      HEAD,
      ['=1+1', 1000, 500],
      ['+45 Kommune', 1000, 500],
      ['-Gentofte', 1000, 500],
      ['@Dragør', 1000, 500],
      ['I alt', 4000, 2000],
    ]),
    findings: [
      f('unknown-party', 'A2', { da: '»=1+1« er ikke' }),
      f('unknown-party', 'A3', { da: '»+45 Kommune« er ikke' }),
    ],
  },
  {
    name: 'a 40.000-character party name is quoted short',
    sheets: sheet1([HEAD, ['A'.repeat(40_000), 1000, 500], ['Gentofte', 1000, 500], ['I alt', 2000, 1000]]),
    findings: [f('unknown-party', 'A2', { da: 'AAA…« er ikke en dansk kommune eller region.' })],
  },
  {
    name: 'Danish letters, emoji, right-to-left text and combining marks',
    sheets: sheet1([
      HEAD,
      ['Ærø Ø-kommune 🏝️', 1000, 500],
      ['בית שמש', 1000, 500],
      ['Ta\u030arnby', 1000, 500],
      ['Høje-Taastrup', 1000, 500],
      ['Høje Tåstrup', 1000, 500],
      ['I alt', 5000, 2500],
    ]),
    findings: [
      f('duplicate-party', 'A6', { da: '»Høje Tåstrup« står der allerede i A5' }),
      f('unknown-party', 'A2', { da: '»Ærø Ø-kommune 🏝️«' }),
      f('unknown-party', 'A3', { da: '»בית שמש«' }),
    ],
  },
  {
    name: 'formula errors in a key and in party names',
    sheets: sheet1([
      HEAD,
      ['København', { error: '#REF!' }, 500],
      [{ error: '#N/A' }, 1000, 500],
      [{ error: '#N/A' }, 1000, 500],
      ['Gentofte', 1000, 500],
      ['I alt', 4000, 2000],
    ]),
    findings: [
      f('formula-error', 'B2', { da: '#REF!' }),
      f('formula-error', 'A3', { da: '#N/A' }),
      f('formula-error', 'A4', { da: '#N/A' }),
    ],
  },
  {
    name: 'an empty key is a missing value',
    sheets: sheet1([HEAD, ['København', null, 500], ['Gentofte', 1000, 500], ['I alt', 2000, 1000]]),
    findings: [f('missing-value', 'B2', { da: 'Cellen er tom.' })],
  },
];
