/**
 * Held-out split cases: Bilag 4.1 TeleHjerte, the GCPHEU key 20/41/39 and a split by population, laid out as
 * finance staff type them (percent formats, a total row on top named after the region, t.kr. beside a total
 * in kr., a blank row inside the list) with planted errors: a party missing, a typo in the key, amounts from
 * rounded shares, a wrong total. Expectations from seed 003 and domain.md, not from the reader.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { either, exactSplit, find, fmt, maybe, sheet, table, type Rows } from '../build';
import { BILAG_41, BILAG_41_FIXED, BILAG_41_SHARES, EU_KEY } from '../seed-data';
import type { CorpusCase, ExpectedFinding } from '../types';

const KR = '#,##0 "kr."';

/** Each amount's distance from the exact split of `total` by the shares: a consequence that may be shown. */
function drift(
  total: number,
  shares: number[],
  amounts: number[],
  firstRow: number,
  col: string,
): ExpectedFinding[] {
  const exact = exactSplit(total, shares);
  return amounts.flatMap((a, i) =>
    exact[i] === a
      ? []
      : [maybe('split-mismatch', `${col}${firstRow + i}`, { expected: exact[i], actual: a })],
  );
}

const withoutFuresoe = BILAG_41_FIXED.filter(([n]) => n !== 'Furesø');

/** Population on 1 January 2025 of Nordsjælland's municipalities (rounded figures for the case). */
const NORDSJ: readonly (readonly [string, number])[] = [
  ['Allerød', 26_412],
  ['Egedal', 44_287],
  ['Fredensborg', 41_356],
  ['Frederikssund', 46_011],
  ['Furesø', 41_598],
  ['Gribskov', 41_873],
  ['Halsnæs', 31_558],
  ['Helsingør', 63_304],
  ['Hillerød', 53_117],
  ['Hørsholm', 25_220],
  ['Rudersdal', 57_106],
];
const NORDSJ_SUM = NORDSJ.reduce((a, [, p]) => a + p, 0);
const NORDSJ_AMOUNTS = exactSplit(
  500_000,
  NORDSJ.map(([, p]) => p),
);

const TELE_2027 = BILAG_41.map(([n, s]) => [n, s, Math.round(s * 12_000)] as const);

export const HELD_OUT_SPLIT_CASES: CorpusCase[] = [
  {
    id: 'ho-bilag41-procentformat-total-oeverst',
    variant: 'talformater',
    kind: 'correct',
    title:
      'Bilag 4.1 rettet, fra B3, andele som 0,347 i 0,0 %-format, beløb i #.##0 kr., totalrækken "Region Hovedstaden i alt" øverst',
    sheets: [
      sheet(
        'TeleHjerte',
        [
          [null, 'Finansiering af TeleHjerte 2026 pr. kommune'],
          [],
          [null, 'Kommune', 'Andel af indbyggere', 'Finansiering 2026'],
          [null, 'Region Hovedstaden i alt', 1, 750_000],
          ...BILAG_41_FIXED.map(([n, s, a]): RawValue[] => [null, n, Math.round(s * 10) / 1000, a]),
        ],
        { formats: { ...fmt('C4:C33', '0.0%'), ...fmt('D4:D33', KR) } },
      ),
    ],
    findings: [],
    tables: [table('D10', 'ok', 'TeleHjerte')],
    xlsx: true,
  },
  {
    id: 'ho-bilag41-furesoe-mangler',
    variant: 'seed-tabeller',
    kind: 'planted',
    title:
      'Bilag 4.1 rettet, men Furesø (2,2 % / 16.500 kr.) er faldet ud: 28 kommuner, 97,8 % og 733.500 kr. mod I alt 100 og 750.000',
    sheets: [
      sheet('Ark1', [
        ['TeleHjerte, driftsunderstøttelse 2026'],
        ['Kommune', 'Andel (pct.)', 'Beløb (kr.)'],
        ...withoutFuresoe.map((r) => [...r]),
        ['I alt', 100, 750_000],
      ]),
    ],
    findings: [
      either(
        find('shares-not-100', 'A2:C31', { expected: 100, actual: 97.8, tol: 0.05 }),
        find('total-mismatch', 'B31', { expected: 97.8, actual: 100, tol: 0.05 }),
      ),
      either(
        find('split-unallocated', 'A2:C31', { expected: 750_000, actual: 733_500 }),
        find('total-mismatch', 'C31', { expected: 733_500, actual: 750_000 }),
      ),
      maybe('shares-not-100', 'A2:C31', { expected: 97.8, actual: 100, tol: 0.05 }),
      maybe('split-unallocated', 'A2:C31', { expected: 733_500, actual: 750_000 }),
      maybe('total-mismatch', 'B31', { expected: 97.8, actual: 100, tol: 0.05 }),
      maybe('total-mismatch', 'C31', { expected: 733_500, actual: 750_000 }),
      maybe('split-mismatch', 'C3:C30'),
    ],
    tables: [table('C10', 'errors')],
  },
  {
    id: 'ho-eu-noegle-tastefejl-14',
    variant: 'seed-tabeller',
    kind: 'planted',
    title:
      'GCPHEU-nøglen fra B4 hvor regionernes 41 er tastet 14; beløbene (7.175.000 osv.) og Total 100 / 17.500.000 står rigtigt',
    sheets: [
      sheet('Ark1', [
        [],
        [null, 'Greater Copenhagen EU Office: kontingent 2026'],
        [],
        [null, 'Ejergruppe', 'Fordelingsnøgle', 'Kontingent 2026 (kr.)'],
        [null, 'Universiteter', 20, 3_500_000],
        [null, 'Regioner', 14, 7_175_000],
        [null, 'Kommuner', 39, 6_825_000],
        [null, 'Total', 100, 17_500_000],
      ]),
    ],
    findings: [
      either(
        find('digit-typo', 'C6', { expected: 41, actual: 14 }),
        find('shares-not-100', 'B4:D8', { expected: 100, actual: 73 }),
        find('total-mismatch', 'C8', { expected: 73, actual: 100 }),
      ),
      maybe('shares-not-100', 'B4:D8', { expected: 100, actual: 73 }),
      maybe('total-mismatch', 'C8', { expected: 73, actual: 100 }),
      maybe('split-mismatch', 'D5:D7'),
    ],
    tables: [table('D5', 'errors')],
  },
  {
    id: 'ho-eu-noegle-tkr-ved-siden-af-total-i-kr',
    variant: 'talformater',
    kind: 'correct',
    title:
      'GCPHEU: "Samlet kontingentindtægt (kr.) 17.500.000" i en celle over tabellen, selve fordelingen i t.kr. (3.500 / 7.175 / 6.825, I alt 17.500)',
    sheets: [
      sheet('Ark1', [
        ['GCPHEU budget 2026'],
        ['Samlet kontingentindtægt (kr.)', null, 17_500_000],
        [],
        ['Medlemsgruppe', 'Andel', 'Kontingent (t.kr.)'],
        ...EU_KEY.map(([n, s, a]): RawValue[] => [n, s, a / 1000]),
        ['I alt', 100, 17_500],
      ]),
    ],
    findings: [],
    tables: [table('C5', 'ok')],
  },
  {
    id: 'ho-telehjerte-2027-afrundede-andele',
    variant: 'seed-tabeller',
    kind: 'planted',
    title:
      "TeleHjerte 2027: 1,2 mio. kr. fordelt med Bilag 4.1's afrundede andele (99,9 %), beløb = andel x 12.000 (1.198.800), I alt-række siger 100,0 og 1.200.000",
    sheets: [
      sheet(
        'Ark1',
        [
          ['Driftsunderstøttelse af TeleHjerte 2027 (budget 1,2 mio. kr.)'],
          [],
          ['Kommune', 'Indbyggerandel %', 'Bidrag 2027'],
          ...TELE_2027.map((r) => [...r]),
          ['I alt', 100, 1_200_000],
        ],
        { formats: { ...fmt('B4:B33', '0.0'), ...fmt('C4:C33', '#,##0') } },
      ),
    ],
    findings: [
      either(
        find('shares-not-100', 'A3:C33', { expected: 100, actual: 99.9 }),
        find('total-mismatch', 'B33', { expected: 99.9, actual: 100 }),
      ),
      either(
        find('split-unallocated', 'A3:C33', { expected: 1_200_000, actual: 1_198_800 }),
        find('total-mismatch', 'C33', { expected: 1_198_800, actual: 1_200_000 }),
        find('rounded-shares', 'A3:C33'),
      ),
      maybe('shares-not-100', 'A3:C33', { expected: 99.9, actual: 100 }),
      maybe('total-mismatch', 'B33', { expected: 99.9, actual: 100 }),
      maybe('total-mismatch', 'C33', { expected: 1_198_800, actual: 1_200_000 }),
      maybe('split-unallocated', 'A3:C33', { expected: 1_200_000, actual: 1_198_800 }),
      maybe('rounded-shares', 'A3:C33'),
      ...drift(
        1_200_000,
        BILAG_41_SHARES,
        TELE_2027.map((r) => r[2]),
        4,
        'C',
      ),
    ],
    tables: [table('C10', 'errors')],
  },
  {
    id: 'ho-indbyggertal-nordsjaelland-praecis',
    variant: 'overskrifter',
    kind: 'correct',
    title:
      'Fælles udgift 500.000 kr. fordelt efter indbyggertal på 11 nordsjællandske kommuner: indbyggere, andel (formel, 0,0 %) og bidrag præcist fordelt',
    sheets: [
      sheet(
        'Fordeling',
        [
          ['Fælles erhvervsservice Nordsjælland 2026: fordeling efter indbyggertal'],
          ['Kommune', 'Indbyggere 1.1.2025', 'Andel', 'Bidrag (kr.)'],
          ...NORDSJ.map(([n, p], i): RawValue[] => [n, p, p / NORDSJ_SUM, NORDSJ_AMOUNTS[i]]),
          ['I alt', NORDSJ_SUM, 1, 500_000],
        ],
        {
          formats: { ...fmt('B3:B14', '#,##0'), ...fmt('C3:C14', '0.0%'), ...fmt('D3:D14', '#,##0') },
          formulas: Object.fromEntries(NORDSJ.map((_, i) => [`C${i + 3}`, `=B${i + 3}/$B$14`])),
        },
      ),
    ],
    findings: [],
    tables: [table('D5', 'ok', 'Fordeling')],
    xlsx: true,
  },
  {
    id: 'ho-faelde-bilag41-tom-raekke-midt-i',
    variant: 'placering-og-noter',
    kind: 'correct',
    title:
      'Bilag 4.1 rettet med en tom række mellem København-omegn (17 kommuner) og Nordsjælland/Bornholm (12): én tabel, I alt 100 / 750.000 nederst',
    sheets: [
      sheet('Ark1', [
        ['Bilag 4.1 Finansiering pr. kommune, TeleHjerte 2026 (rettet)'],
        ['Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
        ...BILAG_41_FIXED.slice(0, 17).map((r) => [...r]),
        [],
        ...BILAG_41_FIXED.slice(17).map((r) => [...r]),
        ['I alt', 100, 750_000],
      ] as Rows),
    ],
    findings: [],
    tables: [table('C5', 'ok'), table('C25', 'ok')],
  },
  {
    id: 'ho-eu-noegle-total-forkert',
    variant: 'totalraekker',
    kind: 'planted',
    title:
      'GCPHEU-nøglen 20/41/39 med rigtige beløb, men "Budget i alt" er tastet 17.050.000 (skal være 17.500.000)',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kontingentfordeling 2026'],
          ['Gruppe', 'Nøgle', 'Beløb'],
          ...EU_KEY.map(([n, s, a]): RawValue[] => [n, s / 100, a]),
          ['Budget i alt', 1, 17_050_000],
        ],
        { formats: { ...fmt('B3:B6', '0%'), ...fmt('C3:C6', '#,##0') } },
      ),
    ],
    findings: [
      either(
        find('total-mismatch', 'C6', { expected: 17_500_000, actual: 17_050_000 }),
        find('split-unallocated', 'A2:C6', { expected: 17_050_000, actual: 17_500_000 }),
      ),
      maybe('split-mismatch', 'C3:C5'),
      maybe('digit-typo', 'C6', { expected: 17_500_000, actual: 17_050_000 }),
    ],
    tables: [table('C4', 'errors')],
  },
];
