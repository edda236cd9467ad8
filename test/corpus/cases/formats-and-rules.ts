/**
 * Excel's number formats and Danish cell conventions (percent-formatted shares, formula amounts with fractions
 * of an øre, dashes for nothing, (50.000) for a negative), and rules written in the sheet itself
 * ("krone-til-krone", "1:1", "kr. for kr.", "egenfinansiering på minimum 60 pct.").
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { either, find, fmt, maybe, sheet, table, targetCase, type Rows } from '../build';
import { BILAG_41, EU_KEY, tabelB } from '../seed-data';
import type { CorpusCase } from '../types';
import { NORD, NORD_POP } from './splits-and-totals';
import { bilag41Drift, bilag41Findings } from './seed-tables';

const N = 'talformater' as const;
const R = 'regler-i-arket' as const;

/** Rounds like Excel's display of a formula result, to check that fractions are only display. */
const exactQuota = (pop: number): number => (pop / NORD_POP) * 500_000;

const formatCases: CorpusCase[] = [
  {
    id: 'bilag-41-procentceller',
    variant: N,
    kind: 'planted',
    title: 'Bilag 4.1 som trykt, men andelene som 0,346 i celler formateret 0,0 % (regionens 100 % først)',
    sheets: [
      sheet(
        'Ark1',
        [
          [null, 'Andel indbyggere', 'Beløb finansiering (kr.)'],
          ['Region Hovedstaden', 1, null],
          ...BILAG_41.map(([n, s, a]): RawValue[] => [n, Math.round(s * 10) / 1000, a]),
        ],
        { formats: { ...fmt('B2:B31', '0.0%'), ...fmt('C2:C31', '#,##0') } },
      ),
    ],
    findings: [...bilag41Findings('A1:C31', 'B1:B31'), ...bilag41Drift(3)],
    tables: [table('C10', 'errors')],
    xlsx: true,
  },
  {
    id: 'eu-noegle-procentceller',
    variant: N,
    kind: 'correct',
    title: 'EU-kontorets nøgle med 0,2 / 0,41 / 0,39 i procentformaterede celler',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Medlemsgruppe', 'Andel', 'Kontingent 2026'],
          ...EU_KEY.map(([n, s, a]): RawValue[] => [n, s / 100, a]),
          ['I alt', 1, 17_500_000],
        ],
        { formats: { ...fmt('B2:B5', '0%'), ...fmt('C2:C5', '#,##0 "kr."') } },
      ),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
    xlsx: true,
  },
  {
    id: 'formelbeloeb-med-broekdele-af-oere',
    variant: N,
    kind: 'correct',
    title: 'Beløb som formler =B3/B$8*500000, vist afrundet til hele kroner, med brøkdele af en øre i cellen',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
          ...NORD.map(([n, p]): RawValue[] => [n, p, exactQuota(p)]),
          ['I alt', NORD_POP, 500_000],
        ],
        {
          formats: fmt('C2:C7', '#,##0'),
          formulas: Object.fromEntries(NORD.map((_, i) => [`C${i + 2}`, `=B${i + 2}/B$7*500000`])),
        },
      ),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
    xlsx: true,
  },
  {
    id: 'tabel-b-formler-med-oerebroek',
    variant: N,
    kind: 'correct',
    title:
      'Tabel B hvor beløbene er formelresultater som 1.499.999,9996 og 1.500.000,0004, vist som hele kroner',
    sheets: [
      sheet(
        'Ark1',
        tabelB(
          [1_499_999.9996, 1_500_000.0004, 1_500_000, 1_500_000, 6_000_000],
          [1_500_000.0004, 1_499_999.9996, 1_500_000, 1_500_000, 6_000_000],
          [3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
        ),
        { formats: fmt('B4:F6', '#,##0'), formulas: { B6: '=SUM(B4:B5)', C6: '=SUM(C4:C5)' } },
      ),
    ],
    findings: [],
    tables: [table('B4', 'ok')],
    xlsx: true,
  },
  {
    id: 'tankestreger-som-nul',
    variant: N,
    kind: 'correct',
    title: '"-", "–" og "—" for ingenting i en finansieringsplan, som revisorer skriver det',
    sheets: [
      sheet('Ark1', [
        ['Finansieringsplan, Havnebadet 2024-2027'],
        ['Kilde', 2024, 2025, 2026, 2027, 'I alt'],
        ['Kommunens egenfinansiering', 400_000, 400_000, 400_000, 400_000, 1_600_000],
        ['EU Regionalfonden', '-', '–', 300_000, 300_000, 600_000],
        ['Private fonde', 100_000, '—', '-', 100_000, 200_000],
        ['I alt', 500_000, 400_000, 700_000, 800_000, 2_400_000],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'tankestreg-i-i-alt',
    variant: N,
    kind: 'planted',
    title: 'Tankestreg i I alt for 2024, hvor delene summerer til 500.000',
    sheets: [
      sheet('Ark1', [
        ['Finansieringsplan, Havnebadet 2024-2027'],
        ['Kilde', 2024, 2025, 2026, 2027, 'I alt'],
        ['Kommunens egenfinansiering', 400_000, 400_000, 400_000, 400_000, 1_600_000],
        ['EU Regionalfonden', 100_000, '–', 300_000, 300_000, 700_000],
        ['I alt', '-', 400_000, 700_000, 700_000, 2_300_000],
      ]),
    ],
    findings: [
      either(find('total-mismatch', 'B5', { expected: 500_000, actual: 0 }), find('missing-value', 'B5')),
      maybe('total-mismatch', 'F5', { expected: 1_800_000, actual: 2_300_000 }),
    ],
    tables: [table('B3', ['errors', 'warnings'])],
  },
  {
    id: 'parentes-negativ-tekst',
    variant: N,
    kind: 'correct',
    title: 'En tilbageført bevilling skrevet "(50.000)" som tekst; I alt regner den som minus',
    sheets: [
      sheet('Ark1', [
        ['Kilde', 2025, 2026, 'I alt'],
        ['Egenfinansiering', 600_000, 600_000, 1_200_000],
        ['Statstilskud', 500_000, 500_000, 1_000_000],
        ['Tilbageført statstilskud', '(50.000)', null, '(50.000)'],
        ['I alt', 1_050_000, 1_100_000, 2_150_000],
      ]),
    ],
    findings: [maybe('negative-amount', ['B4', 'D4', 'B4:D4'])],
    tables: [table('B2', ['ok', 'warnings'])],
  },
  {
    id: 'parentes-negativ-talformat',
    variant: N,
    kind: 'correct',
    title: 'Samme tilbageførsel som tallet -50000 i en celle formateret #.##0;(#.##0)',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kilde', 2025, 2026, 'I alt'],
          ['Egenfinansiering', 600_000, 600_000, 1_200_000],
          ['Statstilskud', 500_000, 500_000, 1_000_000],
          ['Tilbageført statstilskud', -50_000, null, -50_000],
          ['I alt', 1_050_000, 1_100_000, 2_150_000],
        ],
        { formats: fmt('B2:D5', '#,##0;(#,##0)') },
      ),
    ],
    findings: [maybe('negative-amount', ['B4', 'D4', 'B4:D4'])],
    tables: [table('B2', ['ok', 'warnings'])],
    xlsx: true,
  },
  {
    id: 'parentes-negativ-regnet-positiv',
    variant: N,
    kind: 'planted',
    title: '"(50.000)" står i tabellen, men I alt for 2025 er regnet som om den var plus: 1.150.000',
    sheets: [
      sheet('Ark1', [
        ['Kilde', 2025, 2026, 'I alt'],
        ['Egenfinansiering', 600_000, 600_000, 1_200_000],
        ['Statstilskud', 500_000, 500_000, 1_000_000],
        ['Tilbageført statstilskud', '(50.000)', null, '(50.000)'],
        ['I alt', 1_150_000, 1_100_000, 2_250_000],
      ]),
    ],
    findings: [
      find('total-mismatch', 'B5', { expected: 1_050_000, actual: 1_150_000 }),
      maybe('total-mismatch', 'D5', { expected: 2_150_000, actual: 2_250_000 }),
      maybe('negative-amount', ['B4', 'D4', 'B4:D4']),
    ],
    tables: [table('B2', 'errors')],
  },
  targetCase(
    {
      id: 'kpi-042-i-procentcelle',
      variant: N,
      title: 'KPI 0,42 i en procentformateret celle mod målet 50 % efter fristen: 42 % er ikke nået',
      head: ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      formats: fmt('C2:C3', '0%'),
      xlsx: true,
    },
    [
      { cells: ['Kendskabsgrad blandt virksomheder', '50 %', 0.42, '31. december 2025'], verdict: 'not-met' },
      { cells: ['Kendskab til tilbuddene', '60 %', 0.63, '31. december 2025'], verdict: 'met' },
    ],
    [
      find('kpi-not-met', 'C2', { expected: 50, actual: 42 }),
      maybe('kpi-met', 'C3', { expected: 60, actual: 63 }),
    ],
  ),
  targetCase(
    {
      id: 'kpi-maal-og-resultat-procentceller',
      variant: N,
      title: 'Mål 0,5 og resultat 0,52, begge formateret som procent',
      head: ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      formats: fmt('B2:C3', '0.0%'),
    },
    [
      { cells: ['Andel der anvender henvisningen', 0.5, 0.52, '31. december 2025'], verdict: 'met' },
      { cells: ['Andel der svarer "i høj grad"', 0.7, 0.655, '31. december 2025'], verdict: 'not-met' },
    ],
  ),
  {
    id: 'beloeb-som-dansk-tekst',
    variant: N,
    kind: 'correct',
    title: 'Indsat tabel hvor beløbene er tekst: "kr. 3.500.000", "7.175.000 kr.", "6.825.000"',
    sheets: [
      sheet('Ark1', [
        ['Medlemsgruppe', 'Andel', 'Beløb'],
        ['Universiteter', '20 %', 'kr. 3.500.000'],
        ['Regioner', '41 %', '7.175.000 kr.'],
        ['Kommuner', '39 %', '6.825.000'],
        ['I alt', '100 %', '17.500.000 kr.'],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
  {
    id: 'beloeb-i-tusinde-kroner',
    variant: N,
    kind: 'correct',
    title: 'Beløb i 1.000 kr.: 3.500 / 7.175 / 6.825 = 17.500',
    sheets: [
      sheet('Ark1', [
        ['Medlemsgruppe', 'Pct.', 'Beløb (1.000 kr.)'],
        ...EU_KEY.map(([n, s, a]): RawValue[] => [n, s, a / 1000]),
        ['I alt', 100, 17_500],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
];

function matched(
  title: string,
  note: string | null,
  own: number[],
  other: number[],
  otherLabel: string,
): Rows {
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const rows: Rows = [
    [title],
    ['Finansiering', 2025, 2026, 'I alt'],
    ['Kommunens bidrag', own[0], own[1], sum(own)],
    [otherLabel, other[0], other[1], sum(other)],
    ['I alt', own[0] + other[0], own[1] + other[1], sum(own) + sum(other)],
  ];
  if (note) rows.push([], [note]);
  return rows;
}

function ownShare(title: string, note: string | null, own: number, state: number): Rows {
  const rows: Rows = [
    [title],
    ['Kilde', 2026, 'I alt'],
    ['Egenfinansiering', own, own],
    ['Tilskud fra puljen', state, state],
    ['I alt', own + state, own + state],
  ];
  if (note) rows.push([], [note]);
  return rows;
}

const ruleCases: CorpusCase[] = [
  {
    id: 'regel-kr-for-kr-i-titel',
    variant: R,
    kind: 'correct',
    title: '"kr. for kr." i titlen: fonden matcher kommunens 400.000 om året',
    sheets: [
      sheet(
        'Ark1',
        matched(
          'Lokalt kulturprojekt, medfinansiering kr. for kr.',
          null,
          [400_000, 400_000],
          [400_000, 400_000],
          'A.P. Fonden',
        ),
      ),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'regel-1-1-i-note-mangler',
    variant: R,
    kind: 'planted',
    title: 'Note "Kommunens bidrag matches 1:1 af private fonde"; fondene giver kun 300.000 i 2026',
    sheets: [
      sheet(
        'Ark1',
        matched(
          'Projekt Byliv 2025-2026',
          'Kommunens bidrag matches 1:1 af private fonde.',
          [400_000, 400_000],
          [400_000, 300_000],
          'Private fonde',
        ),
      ),
    ],
    findings: [
      find('matching-shortfall', ['C3:C4'], { expected: 400_000, actual: 300_000 }),
      maybe('matching-shortfall', ['D3:D4'], { expected: 800_000, actual: 700_000 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'regel-krone-til-krone-i-note',
    variant: R,
    kind: 'planted',
    title:
      'Vidensby-note: "medfinansierer efter krone-til-krone-princippet"; kommunen 3,0 mio., de øvrige 2,0 mio. i 2025',
    sheets: [
      sheet(
        'Ark1',
        matched(
          'Vidensby-organisation, basisbudget',
          'Lyngby-Taarbæk Kommune medfinansierer efter krone-til-krone-princippet under forudsætning af bidrag fra øvrige aktører.',
          [3_000_000, 2_500_000],
          [2_000_000, 2_500_000],
          'Øvrige vidensby-aktører',
        ),
      ),
    ],
    findings: [
      find('matching-shortfall', ['B3:B4'], { expected: 3_000_000, actual: 2_000_000 }),
      maybe('matching-shortfall', ['D3:D4'], { expected: 5_500_000, actual: 4_500_000 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'regel-minimum-60-pct',
    variant: R,
    kind: 'planted',
    title: '"egenfinansiering på minimum 60 pct." i noten; egenfinansieringen er 55 %',
    sheets: [
      sheet(
        'Ark1',
        ownShare(
          'Ansøgning til puljen',
          'Puljen forudsætter en egenfinansiering på minimum 60 pct.',
          550_000,
          450_000,
        ),
      ),
    ],
    findings: [
      find('cofinancing-below-minimum', 'A3:C3', { expected: 60, actual: 55, tol: 0.1 }),
      maybe('cofinancing-below-minimum', 'A3:C3', { expected: 60, actual: 55, tol: 0.1 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'regel-minimum-25-pct',
    variant: R,
    kind: 'correct',
    title:
      '"egenfinansiering på minimum 25 pct." i titlen; egenfinansieringen er 30 % (under standardens 50)',
    sheets: [
      sheet(
        'Ark1',
        ownShare('Landdistriktspuljen: egenfinansiering på minimum 25 pct.', null, 300_000, 700_000),
      ),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'regel-kulturaftale-minimum-50-under-tabel-b',
    variant: R,
    kind: 'planted',
    title:
      'Aftaleteksten over Tabel B: "forudsætter en kulturregional egenfinansiering på minimum 50 pct."; 40 % i 2021',
    sheets: [
      sheet('Ark1', [
        [
          'Puljen er øremærket til udvikling og forudsætter en kulturregional egenfinansiering på minimum 50 pct.',
        ],
        [],
        ...tabelB([1_000_000, M(1.5), M(1.5), M(1.5), M(5.5)], undefined, [
          M(2.5),
          M(3),
          M(3),
          M(3),
          M(11.5),
        ]),
      ]),
    ],
    findings: [
      find('cofinancing-below-minimum', 'A6:F6', { expected: 50, actual: 40, tol: 0.1 }),
      find('cofinancing-below-minimum', 'A6:F6', { expected: 50, actual: 47.8, tol: 0.1 }),
    ],
    tables: [table('B6', 'errors')],
  },
];

function M(x: number): number {
  return Math.round(x * 1_000_000);
}

export const FORMAT_AND_RULE_CASES: CorpusCase[] = [...formatCases, ...ruleCases];
