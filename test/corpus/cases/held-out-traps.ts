/**
 * Held-out traps: sheets where a careless reader gives a wrong verdict and a finance colleague does not. An
 * average column beside "I alt", dashes for nothing, a repayment in parentheses, a hidden helper column, an
 * Excel table with a SUBTOTAL total row, municipality codes beside the key, "I alt" as the first column, price
 * levels mixed in one total. Expectations from domain.md and the seed documents, not from the reader.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { find, fmt, maybe, sheet, table } from '../build';
import { BILAG_41_FIXED, EU_KEY } from '../seed-data';
import type { CorpusCase } from '../types';

const M = (x: number): number => Math.round(x * 1_000_000);

/** The municipality codes (kommunenumre) of Region Hovedstaden. */
const CODES: Record<string, number> = {
  København: 101,
  Frederiksberg: 147,
  Dragør: 155,
  Tårnby: 185,
  Albertslund: 165,
  Ballerup: 151,
  Brøndby: 153,
  Gentofte: 157,
  Gladsaxe: 159,
  Glostrup: 161,
  Herlev: 163,
  Hvidovre: 167,
  'Høje-Taastrup': 169,
  Ishøj: 183,
  'Lyngby-Taarbæk': 173,
  Rødovre: 175,
  Vallensbæk: 187,
  Allerød: 201,
  Egedal: 240,
  Fredensborg: 210,
  Frederikssund: 250,
  Furesø: 190,
  Gribskov: 270,
  Halsnæs: 260,
  Helsingør: 217,
  Hillerød: 219,
  Hørsholm: 223,
  Rudersdal: 230,
  Bornholm: 400,
};

export const HELD_OUT_TRAP_CASES: CorpusCase[] = [
  {
    id: 'ho-faelde-gennemsnit-pr-aar-ved-i-alt',
    variant: 'totalraekker',
    kind: 'correct',
    title:
      'Tabel B med en kolonne "Gns. pr. år" efter "I alt": gennemsnittet er hverken en part eller en total',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kulturaftale 2021-24: finansiering'],
          ['Kilde', 2021, 2022, 2023, 2024, 'I alt', 'Gns. pr. år'],
          ['Egenfinansiering', M(1.6), M(1.5), M(1.5), M(1.4), M(6), M(1.5)],
          ['Statens medfinansiering', M(1.4), M(1.5), M(1.5), M(1.4), M(5.8), M(1.45)],
          ['I alt', M(3), M(3), M(3), M(2.8), M(11.8), M(2.95)],
        ],
        { formats: fmt('B3:G5', '#,##0') },
      ),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
  {
    id: 'ho-faelde-tankestreg-for-intet',
    variant: 'talformater',
    kind: 'correct',
    title: 'Finansiering hvor puljen kun giver i 2022-23: "-" og "–" i de andre år (intet), I alt stemmer',
    sheets: [
      sheet('Ark1', [
        ['Projekt Kulturhavn: finansiering 2021-2024 (kr.)'],
        [null, 2021, 2022, 2023, 2024, 'I alt'],
        ['Kommunens egenfinansiering', 400_000, 600_000, 600_000, 400_000, 2_000_000],
        ['Tilskud fra Puljen til kultur i hele landet', '-', 500_000, 500_000, '–', 1_000_000],
        ['I alt', 400_000, 1_100_000, 1_100_000, 400_000, 3_000_000],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
  {
    id: 'ho-faelde-tilbagebetaling-i-parentes',
    variant: 'talformater',
    kind: 'correct',
    title:
      'Projektregnskab med "Tilbagebetalt mindreforbrug" -50.000 vist som (50.000) i regnskabsformat; I alt trækker det fra',
    sheets: [
      sheet(
        'Regnskab',
        [
          ['Projekt Byliv: regnskab 2025'],
          ['Post', 'Budget', 'Regnskab'],
          ['Kommunens bidrag', 500_000, 500_000],
          ['Tilskud fra A.P. Fonden', 500_000, 500_000],
          ['Tilbagebetalt mindreforbrug', 0, -50_000],
          ['Finansiering i alt', 1_000_000, 950_000],
        ],
        { formats: fmt('B3:C6', '#,##0;(#,##0);"-"') },
      ),
    ],
    findings: [maybe('negative-amount', 'C5', { sheet: 'Regnskab' })],
    tables: [table('B3', ['ok', 'unsure'], 'Regnskab')],
    xlsx: true,
  },
  {
    id: 'ho-faelde-skjult-hjaelpekolonne',
    variant: 'placering-og-noter',
    kind: 'correct',
    title:
      'Bilag 4.1 rettet med en skjult hjælpekolonne (kolonne C, "Beregnet", = andel x 7.500) mellem andel og beløb',
    sheets: [
      sheet(
        'Ark1',
        [
          ['TeleHjerte 2026: finansiering pr. kommune'],
          ['Kommune', 'Andel indbyggere i pct.', 'Beregnet', 'Beløb finansiering (kr.)'],
          ...BILAG_41_FIXED.map(([n, s, a]): RawValue[] => [n, s, s * 7_500, a]),
          ['I alt', 100, 750_000, 750_000],
        ],
        {
          hiddenCols: [2],
          formulas: Object.fromEntries(BILAG_41_FIXED.map((_, i) => [`C${i + 3}`, `=B${i + 3}*7500`])),
        },
      ),
    ],
    findings: [],
    tables: [table('D10', 'ok')],
    xlsx: true,
  },
  {
    id: 'ho-faelde-excel-tabel-med-subtotal',
    variant: 'overskrifter',
    kind: 'correct',
    title:
      'EU-kontorets nøgle som Excel-tabel: overskrifter "Gruppe", "Nøgle_pct", "Beløb_kr", totalrække "Total" med =SUBTOTAL(109;...)',
    sheets: [
      sheet(
        'Tabel1',
        [
          ['Gruppe', 'Nøgle_pct', 'Beløb_kr'],
          ...EU_KEY.map(([n, s, a]): RawValue[] => [n, s, a]),
          ['Total', 100, 17_500_000],
        ],
        {
          formats: fmt('C2:C5', '#,##0'),
          formulas: { B5: '=SUBTOTAL(109,B2:B4)', C5: '=SUBTOTAL(109,C2:C4)' },
        },
      ),
    ],
    findings: [],
    tables: [table('C3', 'ok', 'Tabel1')],
    xlsx: true,
  },
  {
    id: 'ho-faelde-kommunenumre-ved-noeglen',
    variant: 'overskrifter',
    kind: 'correct',
    title:
      'Bilag 4.1 rettet med "Kom.nr." (101, 147, 155 ...) som første kolonne: kommunenumrene er ikke nøglen',
    sheets: [
      sheet('Ark1', [
        ['Kom.nr.', 'Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
        ...BILAG_41_FIXED.map(([n, s, a]): RawValue[] => [CODES[n], n, s, a]),
        [null, 'I alt', 100, 750_000],
      ]),
    ],
    findings: [],
    tables: [table('D10', 'ok')],
  },
  {
    id: 'ho-faelde-i-alt-som-foerste-kolonne',
    variant: 'totalraekker',
    kind: 'correct',
    title:
      'Finansiering hvor "I alt 2021-24" står som første talkolonne foran årene, og "I alt" som første række under overskriften',
    sheets: [
      sheet('Ark1', [
        ['Samlet finansiering'],
        ['Kilde', 'I alt 2021-24', 2021, 2022, 2023, 2024],
        ['I alt', M(12), M(3), M(3), M(3), M(3)],
        ['Egenfinansiering', M(6), M(1.5), M(1.5), M(1.5), M(1.5)],
        ['Statens medfinansiering', M(6), M(1.5), M(1.5), M(1.5), M(1.5)],
      ]),
    ],
    findings: [],
    tables: [table('C4', 'ok')],
  },
  {
    id: 'ho-faelde-prisniveauer-blandet',
    variant: 'regler-i-arket',
    kind: 'planted',
    title:
      'Finansiering 2021-2024 hvor 2021-22 står i "2020-tal" og 2023-24 i "løbende priser", lagt sammen i I alt uden indeks',
    sheets: [
      sheet('Ark1', [
        ['Finansiering af indsatsområder'],
        [
          null,
          '2021 (2020-tal)',
          '2022 (2020-tal)',
          '2023 (løbende priser)',
          '2024 (løbende priser)',
          'I alt',
        ],
        ['Egenfinansiering', M(1.5), M(1.5), M(1.62), M(1.66), M(6.28)],
        ['Statens medfinansiering', M(1.5), M(1.5), M(1.5), M(1.5), M(6)],
        ['I alt', M(3), M(3), M(3.12), M(3.16), M(12.28)],
      ]),
    ],
    findings: [find('price-level-mixed', 'A1:F5')],
    tables: [table('C3', ['warnings', 'errors'])],
  },
];
