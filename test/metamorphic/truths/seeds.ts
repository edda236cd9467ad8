/**
 * The seed documents' tables as truths (../../shared/seeds, notes seed003.md and seed004.md): Tabel B and the
 * two Bilag 4 breakdowns of the culture agreement, Bilag 4.1 TeleHjerte (with København's share corrected to
 * 34,7 so the key sums to 100,0), the EU office's 20/41/39 key of 17,5 mio. kr., the 65/35 refund and the
 * vidensby krone-til-krone budget; each correct, and with a planted error where a colleague would plant one.
 */
import type { TableTruth } from '../truth';
import { cofinancingTruth, splitTruth, type SplitParty } from './build';

const BILAG_41: readonly (readonly [string, string])[] = [
  ['København', '34.7'],
  ['Frederiksberg', '5.5'],
  ['Dragør', '0.8'],
  ['Tårnby', '2.3'],
  ['Albertslund', '1.4'],
  ['Ballerup', '2.7'],
  ['Brøndby', '2.0'],
  ['Gentofte', '3.9'],
  ['Gladsaxe', '3.7'],
  ['Glostrup', '1.2'],
  ['Herlev', '1.6'],
  ['Hvidovre', '2.8'],
  ['Høje-Taastrup', '3.0'],
  ['Ishøj', '1.2'],
  ['Lyngby-Taarbæk', '3.1'],
  ['Rødovre', '2.3'],
  ['Vallensbæk', '0.9'],
  ['Allerød', '1.4'],
  ['Egedal', '2.4'],
  ['Fredensborg', '2.2'],
  ['Frederikssund', '2.4'],
  ['Furesø', '2.2'],
  ['Gribskov', '2.2'],
  ['Halsnæs', '1.6'],
  ['Helsingør', '3.3'],
  ['Hillerød', '2.8'],
  ['Hørsholm', '1.3'],
  ['Rudersdal', '3.0'],
  ['Bornholm', '2.1'],
];

const bilag41Parties: SplitParty[] = BILAG_41.map(([name, share]) => ({
  label: name,
  municipality: name,
  key: share,
}));

const bilag41 = (id: string, wrong?: { party: number; actual: bigint; what: string }[]): TableTruth =>
  splitTruth({
    id,
    origin: 'seed',
    title: 'Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026',
    corner: 'Kommune',
    keyHead: 'Andel indbyggere i pct.',
    amountHead: 'Beløb finansiering (kr.)',
    parties: bilag41Parties,
    total: 750_000n,
    totalLabel: 'Region Hovedstaden',
    totalNames: ['Region Hovedstaden', 'Hovedstaden i alt'],
    wrong,
  });

const EU_PARTIES: SplitParty[] = [
  { label: 'Universiteter', key: '20' },
  { label: 'Regioner', key: '41' },
  { label: 'Kommuner', key: '39' },
];

const euKey = (id: string, wrong?: { party: number; actual: bigint; what: string }[]): TableTruth =>
  splitTruth({
    id,
    origin: 'seed',
    title: 'Greater Copenhagen EU Office: budget 2026, kontingent fordelt på medlemsgrupper',
    corner: 'Medlemsgruppe',
    keyHead: 'Andel (%)',
    amountHead: 'Kontingent (kr.)',
    parties: EU_PARTIES,
    total: 17_500_000n,
    totalLabel: 'I alt',
    wrong,
  });

const refund = (id: string, wrong?: { party: number; actual: bigint; what: string }[]): TableTruth =>
  splitTruth({
    id,
    origin: 'seed',
    title: 'Afregning af udstyrspakker, TeleHjerte (refusion 65/35 pct)',
    corner: 'Part',
    keyHead: 'Andel',
    amountHead: 'Beløb (kr.)',
    parties: [
      { label: 'Kommunerne', key: '65' },
      { label: 'Region Hovedstaden', key: '35' },
    ],
    total: 48_000n,
    totalLabel: 'I alt',
    wrong,
  });

const M = (n: number): bigint => BigInt(Math.round(n * 1_000_000));

const tabelB = (id: string, wrong?: Parameters<typeof cofinancingTruth>[0]['wrong']): TableTruth =>
  cofinancingTruth({
    id,
    origin: 'seed',
    title: 'Tabel B Den samlede finansiering af indsatsområder i aftaleperioden (2020-tal)',
    corner: '',
    years: [2021, 2022, 2023, 2024],
    sources: [
      { label: 'Kulturregionens egenfinansiering', amounts: [M(1.5), M(1.5), M(1.5), M(1.5)] },
      {
        label: 'Statens medfinansiering fra Puljen til kultur i hele landet',
        amounts: [M(1.5), M(1.5), M(1.5), M(1.5)],
      },
    ],
    totalLabel: 'I alt',
    totalColHead: 'Alt i alt',
    wrong,
  });

const AREAS = ['Ungeområdet', 'Musikområdet', 'Kultur og sundhedsområdet'];
const bilag4 = (
  id: string,
  title: string,
  wrong?: Parameters<typeof cofinancingTruth>[0]['wrong'],
): TableTruth =>
  cofinancingTruth({
    id,
    origin: 'seed',
    title,
    corner: 'Indsatsområde',
    years: [2021, 2022, 2023, 2024],
    sources: AREAS.map((label, i) => ({
      label,
      amounts: Array(4).fill(i === 0 ? 300_000n : 600_000n),
    })),
    totalLabel: 'I alt',
    totalColHead: 'I alt',
    wrong,
  });

const vidensby = (id: string): TableTruth =>
  cofinancingTruth({
    id,
    origin: 'seed',
    title: 'Vidensby-organisation: basisbudget, medfinansiering efter krone-til-krone-princippet',
    corner: 'Finansiering',
    years: [2012, 2013],
    sources: [
      { label: 'Lyngby-Taarbæk Kommune', amounts: [M(2.5), M(2.5)] },
      { label: 'Øvrige vidensby-aktører', amounts: [M(2.5), M(2.5)] },
    ],
    totalLabel: 'I alt',
    totalColHead: 'I alt',
  });

export const SEED_TRUTHS: readonly TableTruth[] = [
  tabelB('tabel-b'),
  tabelB('tabel-b-total-2022', [
    {
      source: 'total',
      year: 1,
      actual: 3_100_000n,
      what: 'I alt for 2022 tastet 3.100.000 (summen er 3.000.000)',
    },
  ]),
  tabelB('tabel-b-egen-2023', [
    {
      source: 0,
      year: 2,
      actual: 1_600_000n,
      what: 'egenfinansiering 2023 tastet 1.600.000; begge totaler siger 1.500.000',
    },
  ]),
  bilag4('bilag-4-stat', 'Årlig statslig bevilling til indsatsområder 2021-24'),
  bilag4('bilag-4-egen', 'Kulturregionens egenfinansiering 2021-24'),
  bilag4('bilag-4-musik-2023', 'Årlig statslig bevilling til indsatsområder 2021-24', [
    {
      source: 1,
      year: 2,
      actual: 650_000n,
      what: 'Musikområdet 2023 tastet 650.000; række- og kolonnetotal siger 600.000',
    },
  ]),
  bilag4('bilag-4-i-alt-kolonne', 'Kulturregionens egenfinansiering 2021-24', [
    {
      source: 0,
      year: 'total',
      actual: 1_300_000n,
      what: 'Ungeområdet I alt tastet 1.300.000 (summen er 1.200.000)',
    },
  ]),
  bilag41('bilag-41-rettet'),
  bilag41('bilag-41-gentofte-byttet', [
    { party: 7, actual: 29_520n, what: 'Gentoftes 29.250 tastet 29.520 (ombyttede cifre)' },
  ]),
  euKey('eu-kontor-20-41-39'),
  euKey('eu-kontor-ombyttede-cifre', [
    { party: 2, actual: 6_852_000n, what: 'kommunernes 6.825.000 tastet 6.852.000' },
  ]),
  refund('refusion-65-35'),
  refund('refusion-65-35-regnefejl', [
    { party: 1, actual: 17_800n, what: 'regionens 16.800 skrevet 17.800' },
  ]),
  vidensby('vidensby-krone-til-krone'),
];
