/**
 * The seed documents' own tables: Tabel B and Bilag 4 of the culture agreement (seed 000), Bilag 4.1 TeleHjerte
 * and the GCPHEU key and the 65/35 refund (seed 003), the vidensby krone-til-krone budget (seed 004).
 * Target lists from the seeds (Erhvervshus, Vækstforum, CO2) are in seed-targets.ts.
 */
import { either, exactSplit, find, maybe, overlay, place, sheet, table, type Rows } from '../build';
import { BILAG_41, BILAG_41_FIXED, BILAG_41_SHARES, bilag4, EU_KEY, tabelB } from '../seed-data';
import type { CorpusCase, ExpectedFinding } from '../types';

const V = 'seed-tabeller' as const;

/** Every amount's distance from the exact split of 750.000 by the printed shares: a consequence, may be shown. */
export function bilag41Drift(firstRow: number, amountCol = 'C', sheetName = 'Ark1'): ExpectedFinding[] {
  const exact = exactSplit(750_000, BILAG_41_SHARES);
  return BILAG_41.flatMap(([, , amount], i) =>
    exact[i] === amount
      ? []
      : [
          maybe('split-mismatch', `${amountCol}${firstRow + i}`, {
            expected: exact[i],
            actual: amount,
            sheet: sheetName,
          }),
        ],
  );
}

/** What Bilag 4.1 as printed deserves wherever it sits: 750 kr. nobody pays, shares summing to 99,9. */
export function bilag41Findings(area: string, shareArea: string, sheetName = 'Ark1'): ExpectedFinding[] {
  return [
    find('split-unallocated', area, { expected: 750_000, actual: 749_250, sheet: sheetName }),
    find('shares-not-100', shareArea, { expected: 100, actual: 99.9, sheet: sheetName }),
    maybe('shares-not-100', shareArea, { expected: 99.9, actual: 100, sheet: sheetName }),
  ];
}

const TITLE_41 = 'Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026';
const HEAD_41 = [null, 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'];
const munis = (rows = BILAG_41): Rows => rows.map((r) => [...r]);

const tabelBCases: CorpusCase[] = [
  {
    id: 'tabel-b-som-trykt',
    variant: V,
    kind: 'correct',
    title: 'Tabel B (kulturaftale 2021-24, 2020-tal) præcis som trykt: 1,5 mio. + 1,5 mio. om året',
    sheets: [sheet('Ark1', tabelB())],
    findings: [],
    tables: [table('B4', 'ok')],
    xlsx: true,
  },
  {
    id: 'tabel-b-egenfinansiering-under-50',
    variant: V,
    kind: 'planted',
    title:
      'Tabel B med egenfinansiering 1.400.000 i 2023: 48,3 % i 2023 og 49,6 % i hele perioden, krav 50 pct.',
    sheets: [
      sheet(
        'Ark1',
        tabelB(
          [1_500_000, 1_500_000, 1_400_000, 1_500_000, 5_900_000],
          undefined,
          [3_000_000, 3_000_000, 2_900_000, 3_000_000, 11_900_000],
        ),
      ),
    ],
    findings: [
      find('cofinancing-below-minimum', 'A4:F4', { expected: 50, actual: 48.3, tol: 0.1 }),
      find('cofinancing-below-minimum', 'A4:F4', { expected: 50, actual: 49.6, tol: 0.1 }),
    ],
    tables: [table('B4', 'errors')],
  },
  {
    id: 'tabel-b-totalfejl-2022',
    variant: V,
    kind: 'planted',
    title: 'Tabel B hvor I alt for 2022 er tastet 3.100.000 (summen er 3.000.000)',
    sheets: [
      sheet('Ark1', tabelB(undefined, undefined, [3_000_000, 3_100_000, 3_000_000, 3_000_000, 12_000_000])),
    ],
    findings: [
      find('total-mismatch', 'C6', { expected: 3_000_000, actual: 3_100_000 }),
      maybe('total-mismatch', 'F6', { expected: 12_100_000, actual: 12_000_000 }),
    ],
    tables: [table('B4', 'errors')],
  },
  {
    id: 'bilag-4-som-trykt',
    variant: V,
    kind: 'correct',
    title: 'Bilag 4: statslig bevilling og egenfinansiering pr. indsatsområde, med Tabel B på sit eget ark',
    sheets: [
      sheet('Tabel B', tabelB()),
      sheet('Bilag 4', [
        ...bilag4('Årlig statslig bevilling til indsatsområder 2021-24'),
        [],
        ...bilag4('Kulturregionens egenfinansiering 2021-24'),
      ]),
    ],
    findings: [],
    tables: [table('B4', 'ok', 'Tabel B'), table('B3', 'ok', 'Bilag 4'), table('B10', 'ok', 'Bilag 4')],
  },
  {
    id: 'bilag-4-stemmer-ikke-med-tabel-b',
    variant: V,
    kind: 'planted',
    title:
      'Bilag 4: Musikområdet får 500.000 i 2023 fra staten; tabellen summerer, men Tabel B siger 1.500.000',
    sheets: [
      sheet('Tabel B', tabelB()),
      sheet('Bilag 4', [
        ...bilag4('Årlig statslig bevilling til indsatsområder 2021-24', 500_000),
        [],
        ...bilag4('Kulturregionens egenfinansiering 2021-24'),
      ]),
    ],
    findings: [
      either(
        find('breakdown-mismatch', 'Bilag 4!D6', { expected: 1_500_000, actual: 1_400_000 }),
        find('breakdown-mismatch', 'Tabel B!D5', { expected: 1_400_000, actual: 1_500_000 }),
      ),
      maybe('breakdown-mismatch', 'Bilag 4!F6', { expected: 6_000_000, actual: 5_900_000 }),
      maybe('breakdown-mismatch', 'Tabel B!F5', { expected: 5_900_000, actual: 6_000_000 }),
      maybe('breakdown-mismatch', 'Tabel B!D6', { expected: 2_900_000, actual: 3_000_000 }),
      maybe('breakdown-mismatch', 'Tabel B!F6', { expected: 11_900_000, actual: 12_000_000 }),
    ],
    tables: [
      table('B4', ['errors', 'ok'], 'Tabel B'),
      table('B3', 'errors', 'Bilag 4'),
      table('B10', 'ok', 'Bilag 4'),
    ],
  },
  {
    id: 'bilag-4-egenfinansiering-stemmer-ikke',
    variant: V,
    kind: 'planted',
    title:
      'Bilag 4: egenfinansieringen til Musikområdet 2023 er 700.000 (I alt 1.600.000), Tabel B siger 1.500.000',
    sheets: [
      sheet('Tabel B', tabelB()),
      sheet('Bilag 4', [
        ...bilag4('Årlig statslig bevilling til indsatsområder 2021-24'),
        [],
        ...bilag4('Kulturregionens egenfinansiering 2021-24', 700_000),
      ]),
    ],
    findings: [
      either(
        find('breakdown-mismatch', 'Bilag 4!D13', { expected: 1_500_000, actual: 1_600_000 }),
        find('breakdown-mismatch', 'Tabel B!D4', { expected: 1_600_000, actual: 1_500_000 }),
      ),
      maybe('breakdown-mismatch', 'Bilag 4!F13', { expected: 6_000_000, actual: 6_100_000 }),
      maybe('breakdown-mismatch', 'Tabel B!F4', { expected: 6_100_000, actual: 6_000_000 }),
      maybe('breakdown-mismatch', 'Tabel B!D6', { expected: 3_100_000, actual: 3_000_000 }),
      maybe('breakdown-mismatch', 'Tabel B!F6', { expected: 12_100_000, actual: 12_000_000 }),
    ],
    tables: [
      table('B4', ['errors', 'ok'], 'Tabel B'),
      table('B3', 'ok', 'Bilag 4'),
      table('B10', 'errors', 'Bilag 4'),
    ],
  },
];

const bilag41Cases: CorpusCase[] = [
  {
    id: 'bilag-41-som-trykt-region-foerst',
    variant: V,
    kind: 'planted',
    title:
      'Bilag 4.1 TeleHjerte som trykt: "Region Hovedstaden | 100 |" først uden beløb, 29 kommuner, 99,9 % og 749.250 kr.',
    sheets: [sheet('Ark1', [[TITLE_41], HEAD_41, ['Region Hovedstaden', 100, null], ...munis()])],
    findings: [...bilag41Findings('A2:C32', 'B2:B32'), ...bilag41Drift(4)],
    tables: [table('C10', 'errors')],
  },
  {
    id: 'bilag-41-region-sidst',
    variant: V,
    kind: 'planted',
    title: 'Bilag 4.1 med regionens række "Region Hovedstaden | 100 |" nederst, stadig uden beløb',
    sheets: [sheet('Ark1', [[TITLE_41], HEAD_41, ...munis(), ['Region Hovedstaden', 100, null]])],
    findings: [...bilag41Findings('A2:C32', 'B2:B32'), ...bilag41Drift(3)],
    tables: [table('C10', 'errors')],
  },
  {
    id: 'bilag-41-region-foerst-med-750000',
    variant: V,
    kind: 'planted',
    title:
      'Bilag 4.1 som trykt, men regionens række først bærer totalen: "Region Hovedstaden | 100 | 750.000"',
    sheets: [sheet('Ark1', [[TITLE_41], HEAD_41, ['Region Hovedstaden', 100, 750_000], ...munis()])],
    findings: [
      either(
        find('split-unallocated', ['A2:C32'], { expected: 750_000, actual: 749_250 }),
        find('total-mismatch', 'C3', { expected: 749_250, actual: 750_000 }),
      ),
      find('shares-not-100', 'B2:B32', { expected: 100, actual: 99.9 }),
      maybe('shares-not-100', 'B2:B32', { expected: 99.9, actual: 100 }),
      ...bilag41Drift(4),
    ],
    tables: [table('C10', 'errors')],
  },
  {
    id: 'bilag-41-i-alt-som-summen',
    variant: V,
    kind: 'planted',
    title: 'Bilag 4.1 med en I alt-række nederst der blot summerer: 99,9 og 749.250',
    sheets: [
      sheet('Ark1', [[TITLE_41], ['Kommune', ...HEAD_41.slice(1)], ...munis(), ['I alt', 99.9, 749_250]]),
    ],
    findings: [
      find('shares-not-100', 'B2:B32', { actual: 99.9 }),
      maybe('split-unallocated', 'A2:C32', { expected: 750_000, actual: 749_250 }),
      ...bilag41Drift(3),
    ],
    tables: [table('C10', ['warnings', 'errors'])],
  },
  {
    id: 'bilag-41-fra-c6-med-noter',
    variant: V,
    kind: 'planted',
    title: 'Bilag 4.1 som trykt, placeret fra C6 med titel i A1, kilde under og en bemærkning til højre',
    sheets: [
      sheet(
        'Ark1',
        overlay(
          [[TITLE_41], ['Punkt 3.4 Drift af TeleHjerte fra 2026']],
          place([HEAD_41, ['Region Hovedstaden', 100, null], ...munis()], 'C6'),
          place([['Andelene er afrundet til én decimal']], 'G8'),
          place([['Kilde: KKR Hovedstaden, bilag 4.1']], 'C38'),
        ),
      ),
    ],
    findings: [...bilag41Findings('C6:E36', 'D6:D36'), ...bilag41Drift(8, 'E')],
    tables: [table('E12', 'errors')],
  },
  {
    id: 'bilag-41-rettet',
    variant: V,
    kind: 'correct',
    title:
      'Bilag 4.1 rettet: København 34,7 %, andele 100,0 %, beløb summerer til 750.000 kr. (I alt-række nederst)',
    sheets: [
      sheet('Ark1', [
        [TITLE_41],
        ['Kommune', ...HEAD_41.slice(1)],
        ...munis(BILAG_41_FIXED),
        ['I alt', 100, 750_000],
      ]),
    ],
    findings: [],
    tables: [table('C10', 'ok')],
    xlsx: true,
  },
  {
    id: 'bilag-41-rettet-region-foerst-med-beloeb',
    variant: V,
    kind: 'correct',
    title: 'Bilag 4.1 rettet, regionens række først med 100 og 750.000',
    sheets: [sheet('Ark1', [HEAD_41, ['Region Hovedstaden', 100, 750_000], ...munis(BILAG_41_FIXED)])],
    findings: [],
    tables: [table('C10', 'ok')],
  },
];

const EU_TITLE = 'GCPHEU budget 2026: kontingent 17,5 mio. kr.';

const keyCases: CorpusCase[] = [
  {
    id: 'eu-kontor-noegle-20-41-39',
    variant: V,
    kind: 'correct',
    title:
      'Greater Copenhagen EU Office 2026: 17,5 mio. kr. fordelt 20/41/39 på universiteter, regioner og kommuner',
    sheets: [
      sheet('Ark1', [
        [EU_TITLE],
        ['Fordeling af kontingent', 'Pct.', 'Kr.'],
        ...EU_KEY.map((r) => [...r]),
        ['I alt', 100, 17_500_000],
      ]),
    ],
    findings: [],
    tables: [table('C4', 'ok')],
  },
  {
    id: 'eu-kontor-ombyttede-cifre',
    variant: V,
    kind: 'planted',
    title: 'EU-kontorets nøgle hvor kommunernes 6.825.000 er tastet 6.852.000; I alt står stadig 17.500.000',
    sheets: [
      sheet('Ark1', [
        [EU_TITLE],
        ['Medlemsgruppe', 'Andel (%)', 'Kontingent'],
        ['Universiteter', 20, 3_500_000],
        ['Regioner', 41, 7_175_000],
        ['Kommuner', 39, 6_852_000],
        ['I alt', 100, 17_500_000],
      ]),
    ],
    findings: [
      find('split-mismatch', 'C5', { expected: 6_825_000, actual: 6_852_000 }),
      find('split-unallocated', 'A2:C6', { expected: 17_500_000, actual: 17_527_000 }),
      maybe('total-mismatch', 'C6', { expected: 17_527_000, actual: 17_500_000 }),
    ],
    tables: [table('C4', 'errors')],
  },
  {
    id: 'refusion-65-35',
    variant: V,
    kind: 'correct',
    title: 'Refusion (65/35 pct) ved køb af udstyrspakke: 48.000 kr. delt mellem kommunerne og regionen',
    sheets: [
      sheet('Ark1', [
        ['Afregning af udstyrspakker, TeleHjerte (refusion 65/35 pct)'],
        ['Part', 'Andel', 'Beløb (kr.)'],
        ['Kommunerne', 65, 31_200],
        ['Region Hovedstaden', 35, 16_800],
        ['I alt', 100, 48_000],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
  {
    id: 'refusion-65-35-regnefejl',
    variant: V,
    kind: 'planted',
    title: 'Refusion 65/35 af 48.000 kr., regionens del skrevet 17.800 (skal være 16.800); I alt 48.000',
    sheets: [
      sheet('Ark1', [
        ['Afregning af udstyrspakker, TeleHjerte (refusion 65/35 pct)'],
        ['Part', 'Andel', 'Beløb (kr.)'],
        ['Kommunerne', 65, 31_200],
        ['Region Hovedstaden', 35, 17_800],
        ['I alt', 100, 48_000],
      ]),
    ],
    findings: [
      find('split-mismatch', 'C4', { expected: 16_800, actual: 17_800 }),
      find('split-unallocated', 'A2:C5', { expected: 48_000, actual: 49_000 }),
      maybe('total-mismatch', 'C5', { expected: 49_000, actual: 48_000 }),
    ],
    tables: [table('C3', 'errors')],
  },
];

const VIDENSBY_TITLE = 'Vidensby-organisation: basisbudget, medfinansiering efter krone-til-krone-princippet';

const vidensbyCases: CorpusCase[] = [
  {
    id: 'vidensby-krone-til-krone',
    variant: V,
    kind: 'correct',
    title:
      'Vidensby-organisationen 2012-13: Lyngby-Taarbæk Kommune 2,5 mio. om året, matchet krone-til-krone',
    sheets: [
      sheet('Ark1', [
        [VIDENSBY_TITLE],
        ['Finansiering', 2012, 2013, 'I alt'],
        ['Lyngby-Taarbæk Kommune', 2_500_000, 2_500_000, 5_000_000],
        ['Øvrige vidensby-aktører', 2_500_000, 2_500_000, 5_000_000],
        ['I alt', 5_000_000, 5_000_000, 10_000_000],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'vidensby-krone-til-krone-mangler',
    variant: V,
    kind: 'planted',
    title: 'Vidensby krone-til-krone: kommunen 2,5 mio. i 2013, de øvrige aktører kun 2,0 mio.',
    sheets: [
      sheet('Ark1', [
        [VIDENSBY_TITLE],
        ['Finansiering', 2012, 2013, 'I alt'],
        ['Lyngby-Taarbæk Kommune', 2_500_000, 2_500_000, 5_000_000],
        ['Øvrige vidensby-aktører', 2_500_000, 2_000_000, 4_500_000],
        ['I alt', 5_000_000, 4_500_000, 9_500_000],
      ]),
    ],
    findings: [
      find('matching-shortfall', ['C3:C4'], { expected: 2_500_000, actual: 2_000_000 }),
      maybe('matching-shortfall', ['D3:D4'], { expected: 5_000_000, actual: 4_500_000 }),
    ],
    tables: [table('B3', 'errors')],
  },
];

export const SEED_TABLE_CASES: CorpusCase[] = [
  ...tabelBCases,
  ...bilag41Cases,
  ...keyCases,
  ...vidensbyCases,
];
