/** Sheets laid out the way finance staff lay them out, for the reader's tests. */
import type { RawValue } from '../../../src/core/grid/grid';

/** Tabel B of the culture agreement, years as numbers, with a title line and "Alt i alt". */
export const TABEL_B: RawValue[][] = [
  ['Tabel B: Samlet finansiering af indsatsområderne (2020-tal)'],
  [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
  ['Kulturregionens egenfinansiering', 1500000, 1500000, 1500000, 1500000, 6000000],
  [
    'Statens medfinansiering fra Puljen til kultur i hele landet',
    1500000,
    1500000,
    1500000,
    1500000,
    6000000,
  ],
  ['I alt', 3000000, 3000000, 3000000, 3000000, 12000000],
];

/** A breakdown by focus area, years as text and amounts pasted as text. */
export const STATE_BY_AREA: RawValue[][] = [
  ['Årlig statslig bevilling'],
  ['Indsatsområde', '2021', '2022', '2023', '2024', 'I alt'],
  ['Ungeområdet', '300.000', '300.000', '300.000', '300.000', '1.200.000'],
  ['Musikområdet', '600.000', '600.000', '600.000', '600.000', '2.400.000'],
  ['Kultur og sundhedsområdet', '600.000', '600.000', '600.000', '600.000', '2.400.000'],
  ['I alt', '1.500.000', '1.500.000', '1.500.000', '1.500.000', '6.000.000'],
];

/** Region Hovedstaden's 29 municipalities with shares in percent (one decimal), in sheet order. */
export const HOVEDSTADEN_SHARES: readonly [string, string][] = [
  ['København', '34,6'],
  ['Frederiksberg', '5,5'],
  ['Ballerup', '2,6'],
  ['Brøndby', '1,9'],
  ['Dragør', '0,8'],
  ['Gentofte', '4,0'],
  ['Gladsaxe', '3,7'],
  ['Glostrup', '1,2'],
  ['Herlev', '1,6'],
  ['Albertslund', '1,5'],
  ['Hvidovre', '2,8'],
  ['Høje-Taastrup', '2,8'],
  ['Lyngby-Taarbæk', '3,0'],
  ['Rødovre', '2,2'],
  ['Ishøj', '1,2'],
  ['Tårnby', '2,3'],
  ['Vallensbæk', '0,9'],
  ['Furesø', '2,2'],
  ['Allerød', '1,4'],
  ['Fredensborg', '2,2'],
  ['Helsingør', '3,3'],
  ['Hillerød', '2,8'],
  ['Hørsholm', '1,3'],
  ['Rudersdal', '3,0'],
  ['Egedal', '2,4'],
  ['Frederikssund', '2,5'],
  ['Gribskov', '2,2'],
  ['Halsnæs', '1,7'],
  ['Bornholm', '2,1'],
];

/** The 750.000 kr. split as published: amount = 750.000 x rounded share. */
export function hovedstadenSplit(): RawValue[][] {
  const rows: RawValue[][] = [
    ['Fordeling af kommunernes bidrag efter indbyggertal'],
    ['Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
  ];
  for (const [name, share] of HOVEDSTADEN_SHARES) {
    const tenths = Number(share.replace(',', ''));
    rows.push([name, tenths / 10, (750000 * tenths) / 1000]);
  }
  rows.push(['Region Hovedstaden', 100, 750000]);
  return rows;
}

/** The EU office: 17,5 mio. kr. split 20/41/39. */
export const EU_OFFICE: RawValue[][] = [
  ['Finansiering af EU-kontoret 2025 (PL 2025)'],
  ['Part', 'Andel (%)', 'Beløb (kr.)'],
  ['Universiteterne', 20, 3500000],
  ['Regionerne', 41, 7175000],
  ['Kommunerne', 39, 6825000],
  ['I alt', 100, 17500000],
];

export const KPI_LIST: RawValue[][] = [
  ['Resultatmål for erhvervshuset 2026'],
  ['Resultatmål', 'Enhed', 'Baseline (2025)', 'Måltal', 'Resultat', 'Frist', 'Målemetode'],
  ['Kendskabsgrad blandt virksomheder', '%', 42, 50, 46, '31-12-2026', 'Ekstern måling'],
  ['1-1 vejledninger', 'antal', null, 1500, 800, '31-12-2026', 'Eget CRM, månedligt'],
  ['NPS', 'point', 65, 'mindst 70', null, '2026', 'Spørgeskema'],
];
