/**
 * Layout classes the metamorphic generator (test/metamorphic, issue 17) found breaking that no case here had:
 * a split laid across (parties as columns, rows "Andel" and "Kontingent"), and a split with a subtotal per
 * group of municipalities and a grand total that sums the subtotals.
 */
import { exactSplit, either, find, maybe, sheet, table } from '../build';
import { EU_KEY } from '../seed-data';
import type { CorpusCase } from '../types';

const EU_TITLE = 'Greater Copenhagen EU Office: budget 2026, kontingent fordelt på medlemsgrupper';

/** Nordsjælland's municipalities (population 1 January 2026) in two groups, 600.000 kr. split by population. */
const WEST: readonly (readonly [string, number])[] = [
  ['Allerød', 26_496],
  ['Egedal', 46_240],
  ['Furesø', 42_874],
];
const EAST: readonly (readonly [string, number])[] = [
  ['Fredensborg', 42_445],
  ['Helsingør', 64_244],
  ['Hørsholm', 25_354],
];
const AMOUNTS = exactSplit(
  600_000,
  [...WEST, ...EAST].map(([, p]) => p),
);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const west = WEST.map(([n, p], i) => [n, p, AMOUNTS[i]]);
const east = EAST.map(([n, p], i) => [n, p, AMOUNTS[i + 3]]);

export const METAMORPHIC_FIND_CASES: CorpusCase[] = [
  {
    id: 'mm-eu-noegle-paa-tvaers-ombyttede-cifre',
    variant: 'placering-og-noter',
    kind: 'planted',
    title:
      'EU-kontorets nøgle på tværs (medlemsgrupperne som kolonner, rækkerne Andel og Kontingent); kommunernes 6.825.000 tastet 6.852.000',
    sheets: [
      sheet('Ark1', [
        [EU_TITLE],
        ['Medlemsgruppe', ...EU_KEY.map((r) => r[0]), 'I alt'],
        ['Andel (%)', ...EU_KEY.map((r) => r[1]), 100],
        ['Kontingent (kr.)', 3_500_000, 7_175_000, 6_852_000, 17_500_000],
      ]),
    ],
    findings: [
      either(
        find('split-mismatch', 'D4', { expected: 6_825_000, actual: 6_852_000 }),
        find('digit-typo', 'D4', { expected: 6_825_000, actual: 6_852_000 }),
      ),
      maybe('split-unallocated', 'A2:E4', { expected: 17_500_000, actual: 17_527_000 }),
      maybe('total-mismatch', 'E4', { expected: 17_527_000, actual: 17_500_000 }),
    ],
    tables: [table('C4', 'errors')],
  },
  {
    id: 'mm-fordeling-med-delsummer-korrekt',
    variant: 'totalraekker',
    kind: 'correct',
    title:
      '600.000 kr. fordelt efter indbyggertal på seks nordsjællandske kommuner i to grupper, hver med sin delsum, og I alt nederst',
    sheets: [
      sheet('Ark1', [
        ['Fordeling af sekretariatets udgifter 2026 efter indbyggertal'],
        ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
        ...west,
        ['Delsum vest', sum(WEST.map((r) => r[1])), sum(AMOUNTS.slice(0, 3))],
        ...east,
        ['Delsum øst', sum(EAST.map((r) => r[1])), sum(AMOUNTS.slice(3))],
        ['I alt', sum([...WEST, ...EAST].map((r) => r[1])), 600_000],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
];
