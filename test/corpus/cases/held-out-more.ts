/**
 * Held-out cases, third batch: Bilag 4 in t.kr. against Tabel B in kr., Bilag 4.1 as printed with English
 * headers, a party under two spellings (Høje-Taastrup / Høje Tåstrup, named in domain.md), years down the rows
 * with an own-share column, a status column that contradicts the figures, "≥"/"≤" targets with date cells, a
 * key pasted as text, the vidensby operator payment that is not matched, and two ordinary sheets.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { either, exactSplit, find, fmt, maybe, sheet, table, targetCase, type Rows } from '../build';
import { BILAG_41 } from '../seed-data';
import type { CorpusCase, ExpectedFinding } from '../types';
import { bilag41Drift, bilag41Findings } from './seed-tables';

const M = (x: number): number => Math.round(x * 1_000_000);
const PASSED = '31. december 2025';
const OPEN = '31. december 2026';

/** Tabel B in kr. on its own sheet. */
const TABEL_B_KR: Rows = [
  ['Tabel B: samlet finansiering (kr., 2020-tal)'],
  [],
  [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
  ['Kulturregionens egenfinansiering', M(1.5), M(1.5), M(1.5), M(1.5), M(6)],
  ['Statens medfinansiering', M(1.5), M(1.5), M(1.5), M(1.5), M(6)],
  ['I alt', M(3), M(3), M(3), M(3), M(12)],
];

/** One Bilag 4 breakdown in t.kr.; `musik2024` is the music area's 2024 figure in t.kr. */
function bilag4Tkr(title: string, musik2024 = 600): Rows {
  return [
    [title],
    ['Indsatsområde (t.kr.)', 2021, 2022, 2023, 2024, 'I alt'],
    ['Ungeområdet', 300, 300, 300, 300, 1_200],
    ['Musikområdet', 600, 600, 600, musik2024, 1_800 + musik2024],
    ['Kultur og sundhedsområdet', 600, 600, 600, 600, 2_400],
    ['I alt', 1_500, 1_500, 1_500, 900 + musik2024, 5_400 + musik2024],
  ];
}

/** The same breakdown mismatch reported in kr. or in the sheet's t.kr., on either sheet. */
function breakdownEither(bilagArea: string, tabelCell: string, want: number, got: number): ExpectedFinding {
  return either(
    find('breakdown-mismatch', `Bilag 4!${bilagArea}`, { expected: want * 1000, actual: got * 1000 }),
    find('breakdown-mismatch', `Bilag 4!${bilagArea}`, { expected: want, actual: got }),
    find('breakdown-mismatch', `Tabel B!${tabelCell}`, { expected: got * 1000, actual: want * 1000 }),
    find('breakdown-mismatch', `Tabel B!${tabelCell}`, { expected: got, actual: want }),
  );
}

/** A consequence that may be reported, in kr. or in the sheet's t.kr. */
function maybeUnits(at: string, want: number, got: number): ExpectedFinding[] {
  return [
    maybe('breakdown-mismatch', at, { expected: want * 1000, actual: got * 1000 }),
    maybe('breakdown-mismatch', at, { expected: want, actual: got }),
  ];
}

const VESTEGN: readonly (readonly [string, number])[] = [
  ['Albertslund', 28_554],
  ['Brøndby', 39_512],
  ['Glostrup', 23_806],
  ['Høje-Taastrup', 59_713],
  ['Ishøj', 23_950],
  ['Vallensbæk', 16_903],
];
const VESTEGN_SUM = VESTEGN.reduce((a, [, p]) => a + p, 0);
const VESTEGN_AMOUNTS = exactSplit(
  300_000,
  VESTEGN.map(([, p]) => p),
);
const HT_AMOUNT = VESTEGN_AMOUNTS[3];

export const HELD_OUT_MORE_CASES: CorpusCase[] = [
  {
    id: 'ho-bilag4-i-tkr-mod-tabel-b-i-kr',
    variant: 'seed-tabeller',
    kind: 'correct',
    title:
      "Tabel B i kr. på sit eget ark, Bilag 4's to opdelinger i t.kr. på et andet: de stemmer (1.500 t.kr. = 1.500.000 kr.)",
    sheets: [
      sheet('Tabel B', TABEL_B_KR),
      sheet('Bilag 4', [
        ...bilag4Tkr('Årlig statslig bevilling til indsatsområder 2021-24'),
        [],
        ...bilag4Tkr('Kulturregionens egenfinansiering 2021-24'),
        [],
        ['Beløb i 1.000 kr.'],
      ]),
    ],
    findings: [],
    tables: [
      table('B4', 'ok', 'Tabel B'),
      table('B3', ['ok', 'unsure'], 'Bilag 4'),
      table('B10', ['ok', 'unsure'], 'Bilag 4'),
    ],
  },
  {
    id: 'ho-bilag4-i-tkr-musik-2024-forkert',
    variant: 'seed-tabeller',
    kind: 'planted',
    title:
      'Bilag 4 i t.kr.: egenfinansieringen til Musikområdet 2024 er 700 (I alt 1.600), mens Tabel B siger 1.500.000 kr.',
    sheets: [
      sheet('Tabel B', TABEL_B_KR),
      sheet('Bilag 4', [
        ...bilag4Tkr('Årlig statslig bevilling til indsatsområder 2021-24'),
        [],
        ...bilag4Tkr('Kulturregionens egenfinansiering 2021-24', 700),
        [],
        ['Beløb i 1.000 kr.'],
      ]),
    ],
    findings: [
      breakdownEither('E10:E13', 'E4', 1_500, 1_600),
      ...maybeUnits('Bilag 4!F10:F13', 6_000, 6_100),
      ...maybeUnits('Tabel B!F4', 6_100, 6_000),
      ...maybeUnits('Tabel B!E6', 3_100, 3_000),
      ...maybeUnits('Tabel B!F6', 12_100, 12_000),
    ],
    tables: [
      table('B4', ['ok', 'errors'], 'Tabel B'),
      table('B3', 'ok', 'Bilag 4'),
      table('B10', 'errors', 'Bilag 4'),
    ],
  },
  {
    id: 'ho-bilag41-som-trykt-engelske-overskrifter',
    variant: 'overskrifter',
    kind: 'planted',
    title:
      'Bilag 4.1 som trykt (regionen først uden beløb, 99,9 % og 749.250 kr.) med flettet titel og engelske overskrifter "Municipality | Population share (%) | Amount (DKK)"',
    sheets: [
      sheet(
        'Ark1',
        [
          ['TeleHjerte operating support 2026 by municipality', null, null],
          ['Municipality', 'Population share (%)', 'Amount (DKK)'],
          ['Region Hovedstaden', 100, null],
          ...BILAG_41.map((r) => [...r]),
        ],
        { merges: ['A1:C1'], formats: fmt('C4:C32', '#,##0') },
      ),
    ],
    findings: [...bilag41Findings('A2:C32', 'B2:B32'), ...bilag41Drift(4)],
    tables: [table('C10', 'errors')],
    xlsx: true,
  },
  {
    id: 'ho-vestegn-hoeje-taastrup-to-stavemaader',
    variant: 'seed-tabeller',
    kind: 'planted',
    title:
      'Fælles udgift 300.000 kr. på seks Vestegnskommuner efter indbyggertal; Høje-Taastrup står også nederst som "Høje Tåstrup" med samme tal',
    sheets: [
      sheet('Ark1', [
        ['Vestegnssamarbejdet 2026: fordeling af fælles udgift efter indbyggertal'],
        ['Kommune', 'Indbyggere', 'Bidrag (kr.)'],
        ...VESTEGN.map(([n, p], i): RawValue[] => [n, p, VESTEGN_AMOUNTS[i]]),
        ['Høje Tåstrup', 59_713, HT_AMOUNT],
        ['I alt', VESTEGN_SUM, 300_000],
      ]),
    ],
    findings: [
      either(find('duplicate-party', 'A6:C9'), find('party-counted-twice', 'A6:C9')),
      maybe('duplicate-party', 'A6:C9'),
      maybe('party-counted-twice', 'A6:C9'),
      maybe('total-mismatch', 'B10', { expected: VESTEGN_SUM + 59_713, actual: VESTEGN_SUM }),
      maybe('total-mismatch', 'C10', { expected: 300_000 + HT_AMOUNT, actual: 300_000 }),
      maybe('split-unallocated', 'A2:C10', { expected: 300_000, actual: 300_000 + HT_AMOUNT }),
    ],
    tables: [table('C4', 'errors')],
  },
  {
    id: 'ho-aar-i-raekker-egenandel-kolonne-under-50',
    variant: 'perioder-i-raekker',
    kind: 'planted',
    title:
      'Årene ned ad rækkerne med en kolonne "Egenandel" (0,0 %, en sats pr. år, ikke andele); minimum 50 pct. i noten; 2023 har 45,0 %, perioden 48,75 %',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Projekt Musik i hele regionen: finansiering'],
          ['Puljen forudsætter en egenfinansiering på minimum 50 pct.'],
          [],
          ['År', 'Egenfinansiering', 'Statstilskud', 'I alt', 'Egenandel'],
          [2021, 500_000, 500_000, 1_000_000, 0.5],
          [2022, 500_000, 500_000, 1_000_000, 0.5],
          [2023, 450_000, 550_000, 1_000_000, 0.45],
          [2024, 500_000, 500_000, 1_000_000, 0.5],
          ['I alt', 1_950_000, 2_050_000, 4_000_000, 0.4875],
        ],
        {
          formats: { ...fmt('B5:D9', '#,##0'), ...fmt('E5:E9', '0.0%') },
          formulas: Object.fromEntries([5, 6, 7, 8, 9].map((r) => [`E${r}`, `=B${r}/D${r}`])),
        },
      ),
    ],
    findings: [
      find('cofinancing-below-minimum', ['A7:E7', 'B5:B9'], { expected: 50, actual: 45, tol: 0.1 }),
      find('cofinancing-below-minimum', ['A9:E9', 'B5:B9'], { expected: 50, actual: 48.75, tol: 0.1 }),
      maybe('own-financing-short', 'A4:E9'),
    ],
    tables: [table('B6', 'errors')],
  },
  targetCase(
    {
      id: 'ho-kpi-statuskolonne-modsiger-tallene',
      variant: 'seed-maal',
      title:
        'Lokale mål med brugerens egen "Status"-kolonne: "Opfyldt" ved 1.410 af 1.500 efter fristen er ikke nået; "I gang" uden baseline dømmes ikke',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist', 'Status (egen vurdering)'],
    },
    [
      {
        cells: ['1-1 vejledninger', 1_500, 1_410, PASSED, 'Opfyldt'],
        verdict: 'not-met',
        note: '1.410 af 1.500',
      },
      { cells: ['Deltagere i Erhvervshusets events', 2_500, 2_610, PASSED, 'Opfyldt'], verdict: 'met' },
      {
        cells: ['Opsøgende arbejde: virksomheder med +5 ansatte', 500, 480, OPEN, 'I gang'],
        verdict: ['none', 'at-risk'],
      },
      { cells: ['Net Promotor Score (NPS)', 'mindst 70', 66, PASSED, 'Ikke opfyldt'], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'ho-kpi-engelske-overskrifter-tegn-og-datoer',
      variant: 'maal-kvalifikatorer',
      title:
        'Måltal med "≥ 70" og "≤ 6" under engelske overskrifter (KPI | Target | Actual | Deadline), fristen som datocelle',
      head: ['KPI', 'Target', 'Actual', 'Deadline', 'Owner'],
      formats: fmt('D2:D4', 'd-m-yyyy'),
      xlsx: true,
    },
    [
      { cells: ['NPS, specialiseret vejledning', '≥ 70', 73, 46_022, 'Erhvervsstyrelsen'], verdict: 'met' },
      {
        cells: ['Sagsbehandlingstid for tilskud (uger)', '≤ 6', 6.5, 46_022, 'Sekretariatet'],
        verdict: 'not-met',
        note: '6,5 uger mod højst 6',
      },
      { cells: ['Kendskabsgrad', '50 %', '44 %', 46_387, 'Ekstern part'], verdict: ['none', 'at-risk'] },
    ],
  ),
  {
    id: 'ho-eu-noegle-indsat-som-tekst',
    variant: 'talformater',
    kind: 'correct',
    title:
      'EU-kontorets nøgle indsat som tekst: "20%", "41 %", "39 pct." og "3,5 mio. kr.", "7,175 mio. kr.", "6,825 mio. kr.", I alt "17,5 mio. kr."',
    sheets: [
      sheet('Ark1', [
        ['Kontingent til Greater Copenhagen EU Office 2026'],
        ['Fra', 'Andel', 'Beløb'],
        ['Universiteter', '20%', '3,5 mio. kr.'],
        ['Regioner', '41 %', '7,175 mio. kr.'],
        ['Kommuner', '39 pct.', '6,825 mio. kr.'],
        ['I alt', '100 %', '17,5 mio. kr.'],
      ]),
    ],
    findings: [],
    tables: [table('C4', ['ok', 'unsure'])],
  },
  {
    id: 'ho-vidensby-operatoerbetaling-matches-ikke',
    variant: 'regler-i-arket',
    kind: 'correct',
    title:
      'Vidensby krone-til-krone hvor kommunens 0,5 mio. i betaling for operatøropgaver står på egen række og ifølge noten ikke skal matches',
    sheets: [
      sheet('Ark1', [
        ['Vidensby-organisation 2012: finansiering'],
        ['Post', 'Beløb (kr.)'],
        ['Lyngby-Taarbæk Kommune, basisbidrag', M(2)],
        ['Lyngby-Taarbæk Kommune, betaling for operatøropgaver', M(0.5)],
        ['Øvrige vidensby-aktører', M(2)],
        ['I alt', M(4.5)],
        [],
        [
          'Kommunens basisbidrag matches krone-til-krone af de øvrige aktører. Betaling for løsning af konkrete opgaver indgår ikke i matchningen.',
        ],
      ]),
    ],
    findings: [],
    tables: [table('B3', ['ok', 'unsure'])],
  },
  {
    id: 'ho-ikke-finans-budgetopfoelgning',
    variant: 'ikke-finans',
    kind: 'nonfinance',
    title:
      'Budgetopfølgning pr. 31. oktober: budget, forbrug, rest og forbrugsprocent (83 %, 91 % ...) pr. område, I alt stemmer',
    sheets: [
      sheet(
        'Opfølgning',
        [
          ['Budgetopfølgning pr. 31. oktober 2026 (kr.)'],
          ['Område', 'Budget', 'Forbrug', 'Rest', 'Forbrugsprocent'],
          ['Administration', 1_200_000, 996_000, 204_000, 0.83],
          ['Kommunikation', 450_000, 409_500, 40_500, 0.91],
          ['Events', 800_000, 624_000, 176_000, 0.78],
          ['Rejser', 150_000, 97_500, 52_500, 0.65],
          ['I alt', 2_600_000, 2_127_000, 473_000, 0.818],
        ],
        { formats: { ...fmt('B3:D7', '#,##0'), ...fmt('E3:E7', '0%') } },
      ),
    ],
    findings: [],
    tables: [],
  },
  {
    id: 'ho-ikke-finans-udpegningsliste',
    variant: 'ikke-finans',
    kind: 'nonfinance',
    title:
      'Udpegningsliste 2026-2030: organ, antal pladser, navne, parti og kommune (kommunenavne og tal, ingen fordeling)',
    sheets: [
      sheet('Udpegning', [
        ['Organ', 'Pladser', 'Navn', 'Parti', 'Kommune'],
        ['Movia, bestyrelse', 4, 'Anne Sørensen', 'A', 'København'],
        [null, null, 'Peter Holm', 'V', 'Gentofte'],
        [null, null, 'Lise Dahl', 'C', 'Hillerød'],
        [null, null, 'Mads Krogh', 'F', 'Albertslund'],
        ['Klimaalliancen, styregruppe', 5, 'Jens Bak', 'A', 'Helsingør'],
        ['Greater Copenhagen EU Office, bestyrelse', 2, 'Sofie Lund', 'V', 'Furesø'],
        [null, null, 'Karim Said', 'A', 'Ishøj'],
      ]),
    ],
    findings: [],
    tables: [],
  },
];
