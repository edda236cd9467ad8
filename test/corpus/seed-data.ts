/**
 * The seed documents' tables as data, exactly as printed (../shared/seeds, notes seed003.md and seed004.md),
 * and small builders that lay them out the several ways a finance colleague would type them into Excel.
 */
import type { RawValue } from '../../src/core/grid/grid';
import type { Rows } from './build';

/** Bilag 4.1 (KKR Hovedstaden 2025): the 29 municipalities in printed order, share in pct. to one decimal, amount = share x 7.500 kr. */
export const BILAG_41: readonly (readonly [string, number, number])[] = [
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

export const BILAG_41_SHARES = BILAG_41.map((r) => r[1]);

/**
 * A corrected Bilag 4.1 whose shares sum to 100,0: København's share 34,7 instead of 34,6 (as a colleague
 * would fix the rounding drift), so every amount is share x 7.500 and they sum to 750.000.
 */
export const BILAG_41_FIXED: readonly (readonly [string, number, number])[] = BILAG_41.map(([n, s, a]) =>
  n === 'København' ? [n, 34.7, 260_250] : [n, s, a],
);

/** Tabel B of the culture agreement (2020-tal): own financing and the state pool per year. */
export function tabelB(
  own: readonly RawValue[] = [1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  state: readonly RawValue[] = [1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  total: readonly RawValue[] = [3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
): Rows {
  return [
    ['Tabel B Den samlede finansiering af indsatsområder i aftaleperioden (2020-tal)'],
    [],
    [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
    ['Kulturregionens egenfinansiering', ...own],
    ['Statens medfinansiering fra Puljen til kultur i hele landet', ...state],
    ['I alt', ...total],
  ];
}

/** One of Bilag 4's two breakdowns by focus area (state grant or own financing), 2021-24. */
export function bilag4(title: string, musik2023 = 600_000): Rows {
  const musikTotal = 1_800_000 + musik2023;
  return [
    [title],
    ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
    ['Musikområdet', 600_000, 600_000, musik2023, 600_000, musikTotal],
    ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['I alt', 1_500_000, 1_500_000, 900_000 + musik2023, 1_500_000, 3_600_000 + musikTotal],
  ];
}

/** GCPHEU 2026: 17,5 mio. kr. of membership fees split 20/41/39. */
export const EU_KEY: readonly (readonly [string, number, number])[] = [
  ['Universiteter', 20, 3_500_000],
  ['Regioner', 41, 7_175_000],
  ['Kommuner', 39, 6_825_000],
];
