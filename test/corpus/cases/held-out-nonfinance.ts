/**
 * Held-out ordinary sheets from the same offices that hold no co-financing table, split or target list:
 * a multiple-choice survey whose percentages sum to about 300 and whose "I alt (n)" row is a count, seats per
 * forum, honorarium rates, population change in percent, a meeting plan, a project status list with the
 * lead municipality per project, course counts per quarter, exchange rates. No error and no warning allowed.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { fmt, sheet, type Rows } from '../build';
import type { CorpusCase, CorpusSheet } from '../types';

function plain(id: string, title: string, sheets: CorpusSheet[], xlsx = false): CorpusCase {
  return { id, variant: 'ikke-finans', kind: 'nonfinance', title, sheets, findings: [], tables: [], xlsx };
}

const survey: Rows = [
  ['Tabel 3: Hvad er de vigtigste grunde til, at du arbejder som frivillig? (op til 3 kryds)'],
  ['Udsagn', 'Lyngby-Taarbæk i alt', 'Alle 4 kommuner'],
  ['Jeg ser det som en del af mit ansvar som borger', 0.38, 0.36],
  ['Jeg gør det på grund af min(e) pårørendes eller bekendtes situation', 0.13, 0.18],
  ['Jeg får mulighed for indflydelse og for at påvirke', 0, 0.16],
  ['Jeg kan se, at jeg gør en forskel', 0.56, 0.52],
  ['Jeg interesserer mig fagligt for opgaverne', 0.13, 0.1],
  ['Jeg ser det som en del af min karriere', 0, 0],
  ['Jeg får mulighed for at udvikle mig og lære noget', 0.31, 0.14],
  ['Jeg ønsker at indgå i fællesskab med andre', 0.38, 0.38],
  ['Jeg har tid til overs', 0.25, 0.36],
  ['Jeg oplever det som en meningsfyldt måde at være medborger på', 0.69, 0.68],
  ['Andet', 0.19, 0.07],
  ['I alt (n)', 16, 165],
];

const forums: Rows = [
  ['Sundhedskoordinationsfora i Region Hovedstaden'],
  ['Forum', 'Kommunale medlemmer', 'Sundhedsråd'],
  ['Sundhedskoordinationsforum Nord', 4, 2],
  ['Sundhedskoordinationsforum Midt', 10, 5],
  ['Sundhedskoordinationsforum Syd', 8, 4],
  ['Sundhedskoordinationsforum Øst', 12, 6],
  ['I alt', 34, 17],
];

const fees: Rows = [
  ['Honorar for medlemmer af sundhedskoordinationsfora (oktober 2024-niveau)'],
  [],
  ['Rolle', 'Honorar (kr.)', 'Antal pr. forum'],
  ['Formand', 97_000, 1],
  ['Næstformand', 35_000, 1],
  ['Menigt medlem', 15_000, 'øvrige'],
];

const population: Rows = [
  ['Befolkningsudvikling i udvalgte kommuner'],
  ['Kommune', '1. jan. 2024', '1. jan. 2025', 'Ændring', 'Ændring i pct.'],
  ['Dragør', 14_702, 14_676, -26, -0.0018],
  ['Tårnby', 43_880, 44_212, 332, 0.0076],
  ['Vallensbæk', 16_811, 16_903, 92, 0.0055],
  ['Ishøj', 24_012, 23_950, -62, -0.0026],
  ['Albertslund', 28_310, 28_554, 244, 0.0086],
];

const meetings: Rows = [
  ['Mødeplan KKR Hovedstaden 2026'],
  ['Møde', 'Dato', 'Tidspunkt', 'Sted', 'Antal punkter'],
  [1, 46_072, 'kl. 9.00-11.00', 'Hillerød Rådhus', 8],
  [2, 46_156, 'kl. 9.00-11.00', 'Københavns Rådhus', 11],
  [3, 46_226, 'kl. 13.00-15.30', 'Gentofte Rådhus', 9],
  [4, 46_289, 'kl. 9.00-11.00', 'Ballerup Rådhus', 7],
  [5, 46_359, 'kl. 9.00-12.00', 'Roskilde, KL-huset', 10],
];

const projects: Rows = [
  ['VIP-projekter og hovedstadsprojekter i IP35', 'Tovholder kommune', 'Status 2025', 'Længde (km)'],
  ['Ring 5 Syd, udbygning', 'Ishøj', 'X', 12.5],
  ['Letbane på Ring 3, forlængelse', 'Lyngby-Taarbæk', 'X', 3.2],
  ['Hillerødmotorvejens forlængelse', 'Hillerød', 'X', 8],
  ['Kronprinsesse Marys Bro, afskaffelse af brugerbetaling', 'Frederikssund', 'Gennemført', null],
  ['Supercykelsti Farum-ruten', 'Furesø', null, 21.4],
  ['Helsingørmotorvejen, kapacitet', 'Gentofte', 'X', 11],
];

const courses: Rows = [
  ['Kursister på danskuddannelse 2025 (antal)'],
  ['Modul', '1. kvt.', '2. kvt.', '3. kvt.', '4. kvt.', 'Hele året'],
  ['DU1', 412, 398, 377, 405, 1_592],
  ['DU2', 1_210, 1_184, 1_132, 1_256, 4_782],
  ['DU3', 2_005, 1_978, 1_902, 2_060, 7_945],
  ['I alt', 3_627, 3_560, 3_411, 3_721, 14_319],
];

const rates: Rows = [
  ['Valutakurser (kr. pr. 100 enheder), månedsgennemsnit'],
  ['Måned', 'EUR', 'SEK', 'NOK', 'USD'],
  ['Januar', 745.94, 65.12, 63.87, 716.4],
  ['Februar', 746.02, 64.8, 63.55, 708.95],
  ['Marts', 746.11, 66.93, 64.02, 690.3],
  ['April', 746.3, 67.45, 63.1, 659.77],
];

export const HELD_OUT_NON_FINANCE_CASES: CorpusCase[] = [
  plain(
    'ho-ikke-finans-frivillige-flere-kryds',
    'Frivilligundersøgelsens Tabel 3: op til 3 kryds, procenterne summerer til ca. 300, og "I alt (n)" er antal svar (16 og 165)',
    [sheet('Tabel 3', survey, { formats: fmt('B3:C13', '0%') })],
    true,
  ),
  plain(
    'ho-ikke-finans-sundhedskoordinationsfora',
    'Pladser i de fire sundhedskoordinationsfora: 34 medlemmer, 17 sundhedsråd',
    [sheet('Fora', forums)],
  ),
  plain(
    'ho-ikke-finans-honorarsatser',
    'Honorarsatser (formand 97.000, næstformand 35.000, menigt medlem 15.000), oktober 2024-niveau',
    [sheet('Honorar', fees, { formats: fmt('B4:B6', '#,##0') })],
  ),
  plain(
    'ho-ikke-finans-befolkningsudvikling',
    'Befolkning 2024 og 2025 pr. kommune med ændring i antal og i pct. (negative satser)',
    [sheet('Befolkning', population, { formats: { ...fmt('B3:D7', '#,##0'), ...fmt('E3:E7', '0.0%') } })],
  ),
  plain(
    'ho-ikke-finans-moedeplan',
    'KKR-mødeplan: mødenummer, dato, tidspunkt, sted og antal dagsordenspunkter',
    [sheet('Møder', meetings, { formats: fmt('B3:B7', 'd. mmmm yyyy') })],
  ),
  plain(
    'ho-ikke-finans-projektstatus-med-kommuner',
    'IP35-projekter med tovholderkommune, status "X" og længde i km: kommunenavne, men ingen fordeling',
    [sheet('IP35', projects, { formats: fmt('D2:D7', '0.0') })],
  ),
  plain(
    'ho-ikke-finans-kursister-pr-kvartal',
    'Kursister pr. modul og kvartal med "Hele året" og I alt (antal, ikke kroner)',
    [sheet('Kursister', courses, { formats: fmt('B3:F6', '#,##0') })],
  ),
  plain('ho-ikke-finans-valutakurser', 'Valutakurser pr. måned med to decimaler', [
    sheet('Kurser', rates as RawValue[][], { formats: fmt('B3:E6', '0.00') }),
  ]),
];
