/**
 * Tables laid out the way finance staff type them from the seed documents (Bilag 4.1, the EU office key,
 * the Erhvervshus targets, the CO2 targets ...), in the variants seen in real sheets rather than Fordel's own
 * sample: total first, header words Fordel has not seen, periods down the rows, two-row headers.
 */
import type { RawValue } from '../../../src/core/grid/grid';

/** Bilag 4.1 (seed 003, L642-705): 29 municipalities, shares to one decimal, amounts = share x 7.500 kr. */
export const TELEHJERTE: readonly [string, number, number][] = [
  ['København', 34.6, 259_500],
  ['Frederiksberg', 5.5, 41_250],
  ['Dragør', 0.8, 6_000],
  ['Tårnby', 2.3, 17_250],
  ['Albertslund', 1.4, 10_500],
  ['Ballerup', 2.7, 20_250],
  ['Brøndby', 2.0, 15_000],
  ['Gentofte', 3.9, 29_250],
  ['Gladsaxe', 3.7, 27_750],
  ['Glostrup', 1.2, 9_000],
  ['Herlev', 1.6, 12_000],
  ['Hvidovre', 2.8, 21_000],
  ['Høje-Taastrup', 3.0, 22_500],
  ['Ishøj', 1.2, 9_000],
  ['Lyngby-Taarbæk', 3.1, 23_250],
  ['Rødovre', 2.3, 17_250],
  ['Vallensbæk', 0.9, 6_750],
  ['Allerød', 1.4, 10_500],
  ['Egedal', 2.4, 18_000],
  ['Fredensborg', 2.2, 16_500],
  ['Frederikssund', 2.4, 18_000],
  ['Furesø', 2.2, 16_500],
  ['Gribskov', 2.2, 16_500],
  ['Halsnæs', 1.6, 12_000],
  ['Helsingør', 3.3, 24_750],
  ['Hillerød', 2.8, 21_000],
  ['Hørsholm', 1.3, 9_750],
  ['Rudersdal', 3.0, 22_500],
  ['Bornholm', 2.1, 15_750],
];

/** As Bilag 4.1 prints it: the region's row first, with 100 and no amount, and no header over the names. */
export function bilag41RegionFirst(): RawValue[][] {
  return [
    ['Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026'],
    [null, 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
    ['Region Hovedstaden', 100, null],
    ...TELEHJERTE.map(([n, s, a]) => [n, s, a] as RawValue[]),
  ];
}

/** The EU office's fixed key (seed 003, L2987-2991): 17,5 mio. kr. split 20/41/39. */
export function euOfficeKey(): RawValue[][] {
  return [
    ['Greater Copenhagen EU Office, budget 2026'],
    ['Medlemsgruppe', 'Andel (%)', 'Kontingent'],
    ['Universiteter', 20, 3_500_000],
    ['Regioner', 41, 7_175_000],
    ['Kommuner', 39, 6_825_000],
    ['I alt', 100, 17_500_000],
  ];
}

/** Tabel B with the years down the rows and the sources across (a transposed co-financing table). */
export function tabelBTransposed(own2023: number = 1_500_000): RawValue[][] {
  return [
    ['Finansiering pr. år (2020-tal)'],
    ['År', 'Kulturregionens egenfinansiering', 'Statens medfinansiering', 'I alt'],
    [2021, 1_500_000, 1_500_000, 3_000_000],
    [2022, 1_500_000, 1_500_000, 3_000_000],
    [2023, own2023, 1_500_000, 3_000_000],
    [2024, 1_500_000, 1_500_000, 3_000_000],
    ['I alt', 6_000_000, 6_000_000, 12_000_000],
  ];
}
