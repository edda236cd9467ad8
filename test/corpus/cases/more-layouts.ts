/**
 * More of the same variant classes, each a layout seen in municipal finance sheets: rules stated beside the
 * table or in its title, transposed tables with the total first, a header with a unit row under merged years,
 * two splits stacked with one blank row, a target list under a status note, a key with both population and
 * share, and shares that sum to 101.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { beside, either, exactSplit, find, maybe, overlay, place, sheet, table, type Rows } from '../build';
import { BILAG_41_FIXED, EU_KEY } from '../seed-data';
import type { CorpusCase } from '../types';
import { NORD, NORD_AMOUNTS, NORD_POP } from './splits-and-totals';

const R = 'regler-i-arket' as const;
const P = 'perioder-i-raekker' as const;
const M = 'flere-overskriftsraekker' as const;
const L = 'placering-og-noter' as const;
const H = 'overskrifter' as const;

function twoParties(title: string, a: string, b: string, av: number[], bv: number[]): Rows {
  const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
  return [
    [title],
    ['Finansiering', 2025, 2026, 2027, 'I alt'],
    [a, ...av, sum(av)],
    [b, ...bv, sum(bv)],
    ['I alt', ...av.map((x, i) => x + bv[i]), sum(av) + sum(bv)],
  ];
}

const ruleCases: CorpusCase[] = [
  {
    id: 'regel-1-1-matchfinansiering-i-titel',
    variant: R,
    kind: 'correct',
    title: '"Matchfinansiering 1:1" i titlen: kommunen og regionen betaler det samme hvert år',
    sheets: [
      sheet(
        'Ark1',
        twoParties(
          'Grøn omstilling i SMV’er, matchfinansiering 1:1',
          'Kommunens egenfinansiering',
          'Region Hovedstaden',
          [250_000, 300_000, 250_000],
          [250_000, 300_000, 250_000],
        ),
      ),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'regel-minimum-50-note-ved-siden',
    variant: R,
    kind: 'planted',
    title: 'Noten "Krav: egenfinansiering på minimum 50 pct." til højre for tabellen; 45 % i 2026',
    sheets: [
      sheet(
        'Ark1',
        beside(
          twoParties(
            'Projekt Sundhedsklynge',
            'Kommunal egenfinansiering',
            'Statslig pulje',
            [500_000, 450_000, 500_000],
            [500_000, 550_000, 500_000],
          ),
          [[], ['Krav: egenfinansiering på minimum 50 pct.']],
        ),
      ),
    ],
    findings: [
      find('cofinancing-below-minimum', 'A3:E3', { expected: 50, actual: 45, tol: 0.1 }),
      maybe('cofinancing-below-minimum', 'A3:E3', { expected: 50, actual: 48.3, tol: 0.1 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'regel-minimum-40-pct-overholdt',
    variant: R,
    kind: 'correct',
    title: '"egenfinansiering på minimum 40 pct." under tabellen; 42 % hvert år (under standardens 50)',
    sheets: [
      sheet('Ark1', [
        ...twoParties(
          'Landdistriktsprojekt',
          'Egenfinansiering',
          'Tilskud fra LAG',
          [420_000, 420_000, 420_000],
          [580_000, 580_000, 580_000],
        ),
        [],
        ['Ordningen kræver en egenfinansiering på minimum 40 pct. af de samlede udgifter.'],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
];

const transposedCases: CorpusCase[] = [
  {
    id: 'transponeret-alt-i-alt-foerst',
    variant: P,
    kind: 'correct',
    title: 'Årene ned ad rækkerne med "Alt i alt" som første række',
    sheets: [
      sheet('Ark1', [
        ['År', 'Kommunens andel', 'Statens andel', 'I alt'],
        ['Alt i alt', 1_800_000, 1_500_000, 3_300_000],
        [2025, 600_000, 500_000, 1_100_000],
        [2026, 600_000, 500_000, 1_100_000],
        [2027, 600_000, 500_000, 1_100_000],
      ]),
    ],
    findings: [],
    tables: [table('B4', 'ok')],
  },
  {
    id: 'transponeret-med-tankestreger',
    variant: P,
    kind: 'correct',
    title: 'Årene ned ad rækkerne; EU-midler "-" de første to år',
    sheets: [
      sheet('Ark1', [
        ['Finansiering af Havnebadet'],
        ['År', 'Egenfinansiering', 'EU Regionalfonden', 'I alt'],
        [2024, 400_000, '-', 400_000],
        [2025, 400_000, '–', 400_000],
        [2026, 400_000, 300_000, 700_000],
        [2027, 400_000, 300_000, 700_000],
        ['I alt', 1_600_000, 600_000, 2_200_000],
      ]),
    ],
    findings: [],
    tables: [table('B4', 'ok')],
  },
];

const multiCases: CorpusCase[] = [
  {
    id: 'flettet-beloeb-i-1000-kr-fejl',
    variant: M,
    kind: 'planted',
    title:
      '"Beløb i 1.000 kr." flettet over årene, årene under; I alt for 2026 er 1.150 (delene summerer til 1.100)',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kilde', 'Beløb i 1.000 kr.', null, null, 'I alt'],
          [null, 2025, 2026, 2027, null],
          ['Egenfinansiering', 600, 600, 600, 1_800],
          ['Statstilskud', 500, 500, 500, 1_500],
          ['I alt', 1_100, 1_150, 1_100, 3_350],
        ],
        { merges: ['A1:A2', 'B1:D1', 'E1:E2'] },
      ),
    ],
    findings: [
      either(
        find('total-mismatch', 'C5', { expected: 1_100, actual: 1_150 }),
        find('total-mismatch', 'C5', { expected: 1_100_000, actual: 1_150_000 }),
      ),
      maybe('total-mismatch', 'E5', { expected: 3_300, actual: 3_350 }),
      maybe('total-mismatch', 'E5', { expected: 3_300_000, actual: 3_350_000 }),
    ],
    tables: [table('B3', 'errors')],
    xlsx: true,
  },
];

const stacked: Rows = [
  ['Bilag 4.1 (rettet) TeleHjerte 2026', null, null],
  ['Kommune', 'Andel indbyggere i pct.', 'Beløb (kr.)'],
  ...BILAG_41_FIXED.map((r): RawValue[] => [...r]),
  ['I alt', 100, 750_000],
  [],
  ['GCPHEU kontingent 2026', null, null],
  ['Medlemsgruppe', 'Andel i pct.', 'Beløb (kr.)'],
  ...EU_KEY.map((r): RawValue[] => [...r]),
  ['I alt', 100, 17_500_000],
];

const placementCases: CorpusCase[] = [
  {
    id: 'to-fordelinger-over-hinanden',
    variant: L,
    kind: 'correct',
    title: 'Bilag 4.1 (rettet) og EU-kontorets nøgle over hinanden, adskilt af én tom række',
    sheets: [sheet('Ark1', stacked)],
    findings: [],
    tables: [table('C10', 'ok'), table('C36', 'ok')],
  },
  {
    id: 'maalliste-fra-c4-under-statusnote',
    variant: L,
    kind: 'planted',
    title: 'Målliste fra C4 under "status pr. 30. september 2026" og en forklaring',
    sheets: [
      sheet(
        'Ark1',
        overlay(
          [['Resultatkontrakt 2025, status pr. 30. september 2026'], ['Tallene er opgjort af sekretariatet']],
          place(
            [
              ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
              ['Vejledte iværksættere', 'mindst 400', 415, '31. december 2025'],
              ['Deltagere i events', 2_500, 2_180, '31. december 2025'],
              ['NPS', 'mindst 70', 68, '31. december 2025'],
            ],
            'C4',
          ),
        ),
      ),
    ],
    findings: [],
    tables: [table('D5', ['errors', 'unsure'])],
    kpis: [
      { sheet: 'Ark1', row: 5, verdict: ['met'] },
      { sheet: 'Ark1', row: 6, verdict: ['not-met'] },
      { sheet: 'Ark1', row: 7, verdict: ['not-met'] },
    ],
  },
];

const shares101 = [20, 42, 39];
const headerCases: CorpusCase[] = [
  {
    id: 'overskrift-borgere-andel-kr',
    variant: H,
    kind: 'correct',
    title: '"Kommune | Borgere | Andel af udgiften | Kr.": både indbyggertal og andel (to decimaler)',
    sheets: [
      sheet('Ark1', [
        ['Kommune', 'Borgere', 'Andel af udgiften', 'Kr.'],
        ...NORD.map(([n, p], i): RawValue[] => [
          n,
          p,
          Math.round((p / NORD_POP) * 10_000) / 100,
          NORD_AMOUNTS[i],
        ]),
        ['I alt', NORD_POP, 100, 500_000],
      ]),
    ],
    findings: [],
    tables: [table('D3', 'ok')],
  },
  {
    id: 'overskrift-navn-antal-pct-101',
    variant: H,
    kind: 'planted',
    title: '"Navn | % | Beløb" hvor andelene 20 + 42 + 39 summerer til 101, I alt siger 100',
    sheets: [
      sheet('Ark1', [
        ['Navn', '%', 'Beløb'],
        ...EU_KEY.map(([n], i): RawValue[] => [n, shares101[i], exactSplit(17_500_000, shares101)[i]]),
        ['I alt', 100, 17_500_000],
      ]),
    ],
    findings: [
      find('shares-not-100', 'B2:B5', { expected: 100, actual: 101 }),
      maybe('shares-not-100', 'B2:B5', { expected: 101, actual: 100 }),
    ],
    tables: [table('C3', ['warnings', 'errors'])],
  },
];

export const MORE_LAYOUT_CASES: CorpusCase[] = [
  ...ruleCases,
  ...transposedCases,
  ...multiCases,
  ...placementCases,
  ...headerCases,
];
