/**
 * The bundled sample workbook, as plain data so the add-in's preview, the tests and the script that
 * writes examples/fordel-eksempel.xlsx all show the same thing. It is laid out the way finance staff
 * lay out their own sheets, and it carries a handful of the real mistakes Fordel is there to catch:
 *
 * - Kulturaftale: own financing 2023 lowered to 1.400.000 while the row total still says 6.000.000
 *   (a total that is not the sum, and own financing 100.000 kr. short of 50 % that year). In the
 *   focus-area table below, Musikområdet 2022 says 650.000 for 600.000: one cell that breaks the row
 *   total and the 2022 total by the same 50.000 kr.
 * - Fordeling: shares rounded to one decimal, amounts computed from the rounded shares (one diagnosis
 *   instead of 29 differences), a few amounts pasted as Danish text, one municipality under another
 *   spelling and one municipality twice. In the EU-kontor table below it, the municipalities' amount has
 *   two digits swapped (6.852.000 for 6.825.000).
 *   Below those, the secretariat's split counts a subtotal row as one more party, and the tourism grant's
 *   total leaves out the row added last.
 * - Projekt: a project's summary table and its EU money by activity; in the breakdown 420.000 was typed
 *   for 240.000, and its totals (formulas) carry the slip, so only the summary table shows it.
 * - Resultatmål: one target met, one on track, one at risk (behind the straight line, with what it
 *   takes per month), one change target without a baseline and one past its deadline without a result.
 */
import type { RawValue } from '../src/core/grid/grid';

export interface SampleSheet {
  name: string;
  rows: RawValue[][];
  /** A1 -> number format. */
  formats?: Record<string, string>;
  /** "A1:F1". */
  merges?: string[];
  columnWidths?: number[];
}

const AMOUNT = '#,##0';
const SHARE = '0.0';
const DATE = 'dd-mm-yyyy';

/** Excel serial number (1900 date system) of a calendar date. */
function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

/** Column letter for 0-based columns A..Z (all the sample needs). */
function col(c: number): string {
  return String.fromCharCode(65 + c);
}

/** Formats for a block of cells: rows and columns 0-based, inclusive. */
function formatBlock(
  top: number,
  bottom: number,
  left: number,
  right: number,
  fmt: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out[`${col(c)}${r + 1}`] = fmt;
  return out;
}

// ---------------------------------------------------------------- Kulturaftale

const kulturaftaleRows: RawValue[][] = [
  ['Tabel B: Samlet finansiering af indsatsområderne (2020-tal)', null, null, null, null, null],
  [null, null, null, null, null, null],
  [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
  ['Kulturregionens egenfinansiering', 1_500_000, 1_500_000, 1_400_000, 1_500_000, 6_000_000],
  [
    'Statens medfinansiering fra Puljen til kultur i hele landet',
    1_500_000,
    1_500_000,
    1_500_000,
    1_500_000,
    6_000_000,
  ],
  ['I alt', 3_000_000, 3_000_000, 2_900_000, 3_000_000, 12_000_000],
  [null, null, null, null, null, null],
  ['Årlig statslig bevilling', null, null, null, null, null],
  ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
  ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
  // A typo: 650.000 for 600.000 in 2022, so the row total and the 2022 total are both off by 50.000.
  ['Musikområdet', 600_000, 650_000, 600_000, 600_000, 2_400_000],
  ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
  ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
];

const kulturaftale: SampleSheet = {
  name: 'Kulturaftale',
  rows: kulturaftaleRows,
  formats: { ...formatBlock(3, 5, 1, 5, AMOUNT), ...formatBlock(9, 12, 1, 5, AMOUNT) },
  merges: ['A1:F1'],
  columnWidths: [58, 13, 13, 13, 13, 14],
};

// ---------------------------------------------------------------- Fordeling

/** Region Hovedstaden's 29 municipalities with plausible populations at 1 January 2024. */
const MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['Albertslund', 27_883],
  ['Allerød', 26_317],
  ['Ballerup', 49_618],
  ['Bornholm', 39_494],
  ['Brøndby', 39_180],
  ['Dragør', 14_588],
  ['Egedal', 44_760],
  ['Fredensborg', 41_465],
  ['Frederiksberg', 104_481],
  ['Frederikssund', 46_306],
  ['Furesø', 41_629],
  ['Gentofte', 75_150],
  ['Gladsaxe', 70_695],
  ['Glostrup', 24_214],
  ['Gribskov', 41_903],
  ['Halsnæs', 31_643],
  ['Helsingør', 63_634],
  ['Herlev', 30_179],
  ['Hillerød', 53_672],
  ['Hvidovre', 54_588],
  ['Høje-Taastrup', 56_961],
  ['Hørsholm', 25_237],
  ['Ishøj', 23_792],
  ['København', 660_842],
  ['Lyngby-Taarbæk', 57_214],
  ['Rudersdal', 57_553],
  ['Rødovre', 41_516],
  ['Tårnby', 43_944],
  ['Vallensbæk', 17_049],
];

const SPLIT_TOTAL_KR = 750_000;
/** Written the way a colleague typed it: the problem Fordel should name. */
const OTHER_SPELLING: Record<string, string> = { 'Høje-Taastrup': 'Høje Tåstrup' };
/** Pasted in twice, right below its first row. */
const DUPLICATED = 'Glostrup';
/** Amounts that arrived as text from a pasted table. */
const AS_TEXT = new Set(['Ballerup', 'Herlev', 'Vallensbæk']);

const regionPopulation = MUNICIPALITIES.reduce((s, [, p]) => s + p, 0);

/** Danish thousands separators for the amounts that were pasted as text. */
function danishInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Share in percent with one decimal, the way published tables round it (tenths as an integer). */
function shareTenths(population: number): number {
  return Math.round((population * 1000) / regionPopulation);
}

function fordelingRows(): RawValue[][] {
  const rows: RawValue[][] = [
    ['Fordeling af fælles udgift til erhvervsfremme 2025 efter indbyggertal', null, null, null],
    [null, null, null, null],
    ['Kommune', 'Indbyggere', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
  ];
  for (const [name, population] of MUNICIPALITIES) {
    const tenths = shareTenths(population);
    // The amount is computed from the rounded share, as in the published table: 750.000 x 1,5 % etc.
    const amount = (SPLIT_TOTAL_KR * tenths) / 1000;
    const copies = name === DUPLICATED ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      rows.push([
        OTHER_SPELLING[name] ?? name,
        population,
        tenths / 10,
        AS_TEXT.has(name) ? danishInteger(amount) : amount,
      ]);
    }
  }
  // Total row: population from the official figure, share as printed, and the agreed total - which the
  // rounded amounts above (and the duplicate) no longer add up to.
  rows.push(['Region Hovedstaden', regionPopulation, 100, SPLIT_TOTAL_KR]);
  return rows;
}

const fordelingMain = fordelingRows();
const euTop = fordelingMain.length + 2;

const euRows: RawValue[][] = [
  ['EU-kontor: finansiering af budget på 17,5 mio. kr.', null, null, null],
  ['Part', 'Andel i pct.', 'Beløb (kr.)', null],
  ['Universiteter', 20, 3_500_000, null],
  ['Regioner', 41, 7_175_000, null],
  // Two digits swapped: 6.852.000 for 6.825.000 (39 % of 17,5 mio. kr.).
  ['Kommuner', 39, 6_852_000, null],
  ['I alt', 100, 17_500_000, null],
];

/** Five municipalities share a secretariat; the subtotal row above "I alt" was left in as a party. */
const NORTH: readonly (readonly [string, number])[] = [
  ['Fredensborg', 41_465],
  ['Gribskov', 41_903],
  ['Halsnæs', 31_643],
  ['Helsingør', 63_634],
  ['Hillerød', 53_672],
];
const SECRETARIAT_KR = 1_200_000;

/** Exact largest-remainder split in whole kroner (the sample's own tables are right where not planted). */
function exactKroner(total: number, weights: readonly number[]): number[] {
  const all = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / all));
  const order = weights
    .map((w, i) => [((total * w) % all) / all, i] as const)
    .sort((a, b) => b[0] - a[0] || weights[b[1]] - weights[a[1]] || a[1] - b[1]);
  let left = total - out.reduce((a, b) => a + b, 0);
  for (const [, i] of order) if (left-- > 0) out[i]++;
  return out;
}

const northPeople = NORTH.reduce((s, [, p]) => s + p, 0);
const northAmounts = exactKroner(
  SECRETARIAT_KR,
  NORTH.map(([, p]) => p),
);
const secretariatRows: RawValue[][] = [
  ['Fælles sekretariat for de nordsjællandske kommuner 2025', null, null, null],
  ['Kommune', 'Indbyggere', 'Beløb (kr.)', null],
  ...NORTH.map(([name, p], i): RawValue[] => [name, p, northAmounts[i], null]),
  // The subtotal pasted in with the rows: it counts everything twice.
  ['Nordsjælland', northPeople, SECRETARIAT_KR, null],
  ['I alt', northPeople, SECRETARIAT_KR, null],
];

/** Tourism grant by a percent key; Dragør's row was added below and the total's SUM not extended. */
const tourismRows: RawValue[][] = [
  ['Driftstilskud til turistsamarbejdet 2025', null, null, null],
  ['Kommune', 'Andel i pct.', 'Beløb (kr.)', null],
  ['Tårnby', 45, 180_000, null],
  ['Hvidovre', 35, 140_000, null],
  ['Dragør', 20, 80_000, null],
  ['I alt', 100, 320_000, null],
];

const blank: RawValue[] = [null, null, null, null];
const fordelingAllRows: RawValue[][] = [
  ...fordelingMain,
  blank,
  blank,
  ...euRows,
  blank,
  blank,
  ...secretariatRows,
  blank,
  blank,
  ...tourismRows,
];
const fordelingLast = fordelingMain.length - 1;
const secretariatTop = euTop + euRows.length + 2;
const tourismTop = secretariatTop + secretariatRows.length + 2;

const fordeling: SampleSheet = {
  name: 'Fordeling',
  rows: fordelingAllRows,
  formats: {
    ...formatBlock(3, fordelingLast, 1, 1, AMOUNT),
    ...formatBlock(3, fordelingLast, 2, 2, SHARE),
    ...formatBlock(3, fordelingLast, 3, 3, AMOUNT),
    ...formatBlock(euTop + 2, euTop + 5, 1, 1, '0'),
    ...formatBlock(euTop + 2, euTop + 5, 2, 2, AMOUNT),
    ...formatBlock(secretariatTop + 2, secretariatTop + secretariatRows.length - 1, 1, 2, AMOUNT),
    ...formatBlock(tourismTop + 2, tourismTop + tourismRows.length - 1, 1, 1, '0'),
    ...formatBlock(tourismTop + 2, tourismTop + tourismRows.length - 1, 2, 2, AMOUNT),
  },
  merges: [
    'A1:D1',
    `A${euTop + 1}:C${euTop + 1}`,
    `A${secretariatTop + 1}:C${secretariatTop + 1}`,
    `A${tourismTop + 1}:C${tourismTop + 1}`,
  ],
  columnWidths: [24, 14, 24, 26],
};

// ---------------------------------------------------------------- Projekt

const projektRows: RawValue[][] = [
  ['Finansiering af projektet Grøn omstilling i små virksomheder 2025-2027', null, null, null, null],
  [null, null, null, null, null],
  [null, 2025, 2026, 2027, 'I alt'],
  ['Regionens egenfinansiering', 700_000, 700_000, 700_000, 2_100_000],
  ['EU-midler (Regionalfonden)', 500_000, 500_000, 500_000, 1_500_000],
  ['I alt', 1_200_000, 1_200_000, 1_200_000, 3_600_000],
  [null, null, null, null, null],
  ['EU-midler fordelt på aktiviteter', null, null, null, null],
  ['Aktivitet', 2025, 2026, 2027, 'I alt'],
  // 420.000 typed for 240.000 in 2026; the totals are formulas and carry the slip.
  ['Rådgivningsforløb', 240_000, 420_000, 240_000, 900_000],
  ['Netværk og temadage', 130_000, 130_000, 130_000, 390_000],
  ['Kampagner og formidling', 130_000, 130_000, 130_000, 390_000],
  ['I alt', 500_000, 680_000, 500_000, 1_680_000],
];

const projekt: SampleSheet = {
  name: 'Projekt',
  rows: projektRows,
  formats: { ...formatBlock(3, 5, 1, 4, AMOUNT), ...formatBlock(9, 12, 1, 4, AMOUNT) },
  merges: ['A1:E1'],
  columnWidths: [40, 13, 13, 13, 14],
};

// ---------------------------------------------------------------- Resultatmål

const resultatmaalRows: RawValue[][] = [
  ['Resultatmål for erhvervshuset 2024-2027', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null],
  ['Resultatmål', 'Enhed', 'Baseline', 'Basisår', 'Måltal', 'Resultat', 'Frist', 'Målemetode'],
  // Met: the latest survey is above the target.
  [
    'Kendskabsgraden til erhvervshuset blandt små virksomheder øges til 50 %',
    '%',
    38,
    2023,
    50,
    52,
    serial(2026, 12, 31),
    'Ekstern survey, årligt',
  ],
  // On track: 2024 to end of 2027, the straight line at late 2026 is about 1.350; 1.420 is above it.
  [
    'Antal 1-1 vejledninger af iværksættere',
    'antal',
    900,
    2024,
    1_600,
    1_420,
    serial(2027, 12, 31),
    'Egen opgørelse, månedlig',
  ],
  // At risk: barely moved from the baseline with a year left. Baseline and target pasted as text.
  [
    'Deltagere i forløb for unge iværksættere',
    'antal',
    '12.000',
    2023,
    '15.000',
    12_300,
    serial(2027, 12, 31),
    'Egen opgørelse, kvartalsvis',
  ],
  // A change target whose baseline was never filled in.
  [
    'Omsætningen i vejledte virksomheder øges med 10 % sammenlignet med 2025',
    '% stigning',
    null,
    2025,
    10,
    null,
    serial(2027, 12, 31),
    'Danmarks Statistik, registerdata',
  ],
  // Past its deadline and nobody entered the result.
  [
    'Udledning af CO2 fra tjenesterejser reduceres',
    'ton CO2',
    420,
    2021,
    300,
    null,
    serial(2025, 12, 31),
    'Egen opgørelse, årligt',
  ],
];

const resultatmaal: SampleSheet = {
  name: 'Resultatmål',
  rows: resultatmaalRows,
  formats: {
    ...formatBlock(3, 7, 2, 2, AMOUNT),
    ...formatBlock(3, 7, 4, 5, AMOUNT),
    ...formatBlock(3, 7, 6, 6, DATE),
  },
  merges: ['A1:H1'],
  columnWidths: [62, 12, 11, 9, 11, 11, 12, 32],
};

export const SAMPLE_SHEETS: SampleSheet[] = [kulturaftale, fordeling, projekt, resultatmaal];
