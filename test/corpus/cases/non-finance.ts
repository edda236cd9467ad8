/**
 * Ordinary workbooks that hold no co-financing table, split or target list: sales lists, commission tables
 * with "North" twice, tax rates formatted 0,0 %, quarterly budgets with a "Qtr 1" header row, time sheets,
 * price lists with =D3*1.12 results. Fordel may list what it sees, but must raise no error and no warning.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { fmt, sheet, type Rows } from '../build';
import type { CorpusCase, CorpusSheet } from '../types';

const V = 'ikke-finans' as const;

function plain(id: string, title: string, sheets: CorpusSheet[], xlsx = false): CorpusCase {
  return { id, variant: V, kind: 'nonfinance', title, sheets, findings: [], tables: [], xlsx };
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A price list: net price and =D{r}*1.12 (a 12 % surcharge) with results like 5.715,0464. */
function priceList(): CorpusSheet {
  const items: [string, string, number][] = [
    ['1001', 'Kontorstol, sort', 5_102.722],
    ['1002', 'Skrivebord 160x80', 3_989.5],
    ['1003', 'Reol, eg', 1_249.95],
    ['1004', 'Lampe', 399.99],
    ['1005', 'Whiteboard 120x90', 1_079.2],
  ];
  const rows: Rows = [
    ['Prisliste 2026', null, null, null, null],
    ['Varenr.', 'Beskrivelse', 'Enhed', 'Pris ekskl. tillæg', 'Pris inkl. 12 % tillæg'],
    ...items.map(([nr, name, p]): RawValue[] => [nr, name, 'stk.', p, round4(p * 1.12)]),
  ];
  return sheet('Prisliste', rows, {
    formats: { ...fmt('D3:D7', '#,##0.00'), ...fmt('E3:E7', '#,##0.00') },
    formulas: Object.fromEntries(items.map((_, i) => [`E${i + 3}`, `=D${i + 3}*1.12`])),
  });
}

function commission(): CorpusSheet {
  const rows: Rows = [
    ['Sales commission Q3'],
    ['Region', 'Salesperson', 'Sales', 'Rate', 'Commission'],
    ['North', 'Anna', 125_000, 0.05, 6_250],
    ['North', 'Bjørn', 98_000, 0.05, 4_900],
    ['South', 'Carla', 143_500, 0.06, 8_610],
    ['East', 'Dennis', 77_250, 0.04, 3_090],
    ['West', 'Eva', 110_000, 0.05, 5_500],
    ['Total', null, 553_750, null, 28_350],
  ];
  return sheet('Commission', rows, { formats: { ...fmt('D3:D7', '0%'), ...fmt('C3:E8', '#,##0') } });
}

function taxRates(): CorpusSheet {
  const rates: [string, number][] = [
    ['Danmark', 0.25],
    ['Sverige', 0.25],
    ['Norge', 0.25],
    ['Tyskland', 0.19],
    ['Frankrig', 0.2],
    ['Holland', 0.21],
    ['Finland', 0.255],
    ['Irland', 0.23],
    ['Luxembourg', 0.17],
    ['Ungarn', 0.27],
    ['Spanien', 0.21],
    ['Italien', 0.22],
  ];
  const rows: Rows = [
    ['Land', 'Momssats', 'Nedsat sats'],
    ...rates.map(([c, r]): RawValue[] => [c, r, round4(r / 2)]),
  ];
  return sheet('Momssatser', rows, { formats: fmt(`B2:C${rates.length + 1}`, '0.0%') });
}

function quarterly(profitRow: boolean): CorpusSheet {
  const rev = [250_000, 310_000, 280_000, 360_000];
  const exp = [190_000, 220_000, 205_000, 240_000];
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const rows: Rows = [
    ['Budget 2026', null, null, null, null, null],
    [null, 'Qtr 1', 'Qtr 2', 'Qtr 3', 'Qtr 4', 'Total'],
    ['Revenue', ...rev, sum(rev)],
    ['Expenses', ...exp, sum(exp)],
  ];
  if (profitRow) rows.push(['Profit', ...rev.map((r, i) => r - exp[i]), sum(rev) - sum(exp)]);
  return sheet('Budget', rows);
}

function timeSheet(): CorpusSheet {
  const people: [string, number[]][] = [
    ['Mette Holm', [7.5, 7.5, 7.5, 7.5, 7]],
    ['Jonas Berg', [8, 7.25, 7.5, 7.5, 6.5]],
    ['Sara Lund', [7.5, 7.5, 0, 7.5, 7.5]],
  ];
  const rows: Rows = [
    ['Timeseddel uge 47', null, null, null, null, null, null],
    ['Medarbejder', 'Man', 'Tir', 'Ons', 'Tor', 'Fre', 'I alt'],
    ...people.map(([n, h]): RawValue[] => [n, ...h, h.reduce((a, b) => a + b, 0)]),
  ];
  return sheet('Timer', rows, { formats: fmt('B3:G5', '0.00') });
}

function salesList(): CorpusSheet {
  const rows: Rows = [
    ['Dato', 'Kunde', 'Vare', 'Antal', 'Stykpris', 'Beløb'],
    [46_001, 'Jensen ApS', 'Kaffe, 1 kg', 12, 89.95, 1_079.4],
    [46_001, 'Hansen & Co', 'Te, 500 g', 30, 42.5, 1_275],
    [46_003, 'Jensen ApS', 'Sukker', 8, 19.75, 158],
    [46_004, 'Nielsen Byg', 'Kaffe, 1 kg', 6, 89.95, 539.7],
    [46_007, 'Hansen & Co', 'Kaffe, 1 kg', 20, 89.95, 1_799],
  ];
  return sheet('Salg', rows, {
    formats: { ...fmt('A2:A6', 'dd-mm-yyyy'), ...fmt('E2:F6', '#,##0.00') },
    formulas: Object.fromEntries([2, 3, 4, 5, 6].map((r) => [`F${r}`, `=D${r}*E${r}`])),
  });
}

function mileage(): CorpusSheet {
  const trips: [number, string, string, number][] = [
    [46_010, 'Rådhuset', 'Hillerød Hospital', 23.4],
    [46_012, 'Rådhuset', 'Frederikssund', 31.8],
    [46_015, 'Rådhuset', 'Helsingør', 27.1],
  ];
  const rows: Rows = [
    ['Kørselsregnskab november', null, null, null, null],
    ['Dato', 'Fra', 'Til', 'Km', 'Godtgørelse (3,79 kr./km)'],
    ...trips.map(([d, f, t, km]): RawValue[] => [d, f, t, km, round4(km * 3.79)]),
    ['I alt', null, null, 82.3, round4(82.3 * 3.79)],
  ];
  return sheet('Kørsel', rows, { formats: { ...fmt('A3:A5', 'dd-mm-yyyy'), ...fmt('E3:E6', '#,##0.00') } });
}

function grades(): CorpusSheet {
  const rows: Rows = [
    ['Navn', 'Opgave 1', 'Opgave 2', 'Opgave 3', 'Gennemsnit'],
    ['Ali', 7, 10, 4, 7],
    ['Birgitte', 12, 10, 10, round4(32 / 3)],
    ['Carsten', 2, 4, 7, round4(13 / 3)],
  ];
  return sheet('Karakterer', rows, { formats: fmt('E2:E4', '0.0') });
}

function currency(): CorpusSheet {
  const rows: Rows = [
    ['Valuta', 'Kurs', 'Ændring'],
    ['EUR', 746.12, 0.0004],
    ['USD', 689.4, -0.0121],
    ['SEK', 64.87, 0.0033],
    ['NOK', 62.91, -0.0057],
    ['GBP', 861.05, 0.0019],
  ];
  return sheet('Kurser', rows, { formats: { ...fmt('B2:B6', '0.00'), ...fmt('C2:C6', '0.00%') } });
}

function loan(): CorpusSheet {
  const rows: Rows = [['Termin', 'Ydelse', 'Rente', 'Afdrag', 'Restgæld']];
  let debt = 1_000_000;
  const rate = 0.0125;
  const pay = round4((debt * rate) / (1 - (1 + rate) ** -8));
  for (let t = 1; t <= 8; t++) {
    const interest = round4(debt * rate);
    const principal = round4(pay - interest);
    debt = round4(debt - principal);
    rows.push([t, pay, interest, principal, Math.max(debt, 0)]);
  }
  return sheet('Lån', rows, { formats: fmt('B2:E9', '#,##0.00') });
}

function survey(): CorpusSheet {
  const rows: Rows = [
    ['Spørgsmål', 'Enig', 'Uenig', 'Ved ikke'],
    ['Jeg er tilfreds med vejledningen', 0.68, 0.21, 0.12],
    ['Jeg vil anbefale Erhvervshuset', 0.74, 0.15, 0.1],
    ['Jeg har brugt henvisningen', 0.51, 0.33, 0.17],
  ];
  return sheet('Survey', rows, { formats: fmt('B2:D4', '0%') });
}

function monthly(): CorpusSheet {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
  const costs: [string, number[]][] = [
    ['Husleje', months.map(() => 12_500)],
    [
      'El og varme',
      [
        2_310.45, 2_198.1, 1_905.75, 1_450.2, 990.35, 720.6, 705.1, 760.9, 1_120.4, 1_608.25, 2_050.8,
        2_402.55,
      ],
    ],
    ['Rengøring', months.map(() => 1_875.5)],
  ];
  const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
  const rows: Rows = [
    ['Udgift', ...months, 'I alt'],
    ...costs.map(([n, xs]): RawValue[] => [n, ...xs, sum(xs)]),
    [
      'I alt',
      ...months.map((_, i) => sum(costs.map(([, xs]) => xs[i]))),
      sum(costs.map(([, xs]) => sum(xs))),
    ],
  ];
  return sheet('Udgifter', rows, { formats: fmt('B2:N5', '#,##0.00') });
}

function inventory(): CorpusSheet {
  return sheet('Lager', [
    ['Vare', 'På lager', 'Min. lager', 'Bestil'],
    ['Printerpapir A4', 42, 20, 'Nej'],
    ['Toner, sort', 3, 5, 'Ja'],
    ['Kuglepenne', 140, 50, 'Nej'],
    ['Post-it', 12, 25, 'Ja'],
  ]);
}

function members(): CorpusSheet {
  return sheet('Medlemmer', [
    ['Medlemsnr.', 'Navn', 'Indmeldt', 'Kontingent', 'Betalt'],
    [101, 'Ole Sørensen', 44_927, 500, 'Ja'],
    [102, 'Lise Kjær', 45_200, 500, 'Ja'],
    [103, 'Per Møller', 45_650, 500, 'Nej'],
    [104, 'Hanne Dahl', 46_020, 250, 'Ja'],
  ]);
}

function events(): CorpusSheet {
  return sheet(
    'Arrangementer',
    [
      ['Dato', 'Tid', 'Arrangement', 'Sted', 'Tilmeldte'],
      [46_030, 0.375, 'Morgenmøde om eksport', 'Erhvervshuset', 34],
      [46_037, 0.5625, 'Workshop: AI i små virksomheder', 'DTU Science Park', 51],
      [46_044, 0.7083, 'Netværk for iværksættere', 'Rådhuset', 27],
    ],
    { formats: { ...fmt('A2:A4', 'dd-mm-yyyy'), ...fmt('B2:B4', 'hh:mm') } },
  );
}

function margins(): CorpusSheet {
  const items: [string, number, number][] = [
    ['Kaffe, 1 kg', 61.2, 89.95],
    ['Te, 500 g', 28.75, 42.5],
    ['Sukker', 11.4, 19.75],
  ];
  return sheet(
    'Avance',
    [
      ['Vare', 'Kostpris', 'Salgspris', 'Avance i %'],
      ...items.map(([n, c, p]): RawValue[] => [n, c, p, round4((p - c) / p)]),
    ],
    { formats: { ...fmt('B2:C4', '#,##0.00'), ...fmt('D2:D4', '0.0%') } },
  );
}

function league(): CorpusSheet {
  return sheet('Stilling', [
    ['Hold', 'K', 'V', 'U', 'T', 'Mål', 'Point'],
    ['Lyngby BK', 10, 7, 2, 1, '21-9', 23],
    ['Hillerød Fodbold', 10, 6, 2, 2, '18-11', 20],
    ['Helsingør', 10, 4, 3, 3, '15-14', 15],
    ['Frem', 10, 1, 1, 8, '7-27', 4],
  ]);
}

function regionSales(): CorpusSheet {
  const rows: Rows = [
    ['Region', 'Product', 'Units', 'Revenue', 'Share of revenue'],
    ['North', 'Basic', 1_200, 60_000, 0.1863],
    ['North', 'Premium', 450, 67_500, 0.2096],
    ['South', 'Basic', 1_500, 75_000, 0.2329],
    ['South', 'Premium', 380, 57_000, 0.177],
    ['East', 'Basic', 1_250, 62_500, 0.1941],
    ['Total', null, 4_780, 322_000, 1],
  ];
  return sheet('Sales', rows, { formats: fmt('E2:E7', '0.0%') });
}

function projectHours(): CorpusSheet {
  return sheet('Timebudget', [
    ['Timebudget 2026', null, null, null, null, null],
    ['Aktivitet', 'Q1', 'Q2', 'Q3', 'Q4', 'Total'],
    ['Analyse', 120, 80, 40, 0, 240],
    ['Udvikling', 60, 200, 220, 120, 600],
    ['Test', 0, 40, 80, 120, 240],
    ['Total', 180, 320, 340, 240, 1_080],
  ]);
}

function attendance(): CorpusSheet {
  return sheet(
    'Fremmøde',
    [
      ['Hold', 'Tilmeldte', 'Mødte', 'Fremmøde'],
      ['DU1 morgen', 18, 15, round4(15 / 18)],
      ['DU2 aften', 22, 17, round4(17 / 22)],
      ['DU3 weekend', 14, 13, round4(13 / 14)],
    ],
    { formats: fmt('D2:D4', '0.0%') },
  );
}

function phoneList(): CorpusSheet {
  return sheet('Telefonliste', [
    ['Navn', 'Afdeling', 'Lokalnr.', 'Mobil'],
    ['Karen Friis', 'Økonomi', 4512, '+45 21 34 56 78'],
    ['Morten Lind', 'Erhverv', 4520, '+45 40 11 22 33'],
    ['Nadia Ali', 'Økonomi', 4531, '+45 30 98 76 54'],
  ]);
}

/** A lookup list: names with codes, totals, factors and a "%" column that sums to 31 %, not to 100. */
function lookupList(): CorpusSheet {
  const pct = [0.031, 0.052, 0.018, 0.044, 0.027, 0.061, 0.039, 0.05];
  const rows: Rows = [
    ['Matching List'],
    ['Name & Number', 'Some Total', 'A factor', '% of something', '%*another factor'],
    ...pct.map((p, i): RawValue[] => [
      `name${i + 1} - ${101 + i}`,
      1_000 + 37 * i,
      3 + (i % 4),
      p,
      round4(p * (3 + i)),
    ]),
  ];
  return sheet('List', rows, { formats: { ...fmt('D3:D10', '0.0%'), ...fmt('E3:E10', '#,##0.0') } });
}

/** Price measurements by contract month with no header row: numbers around one value, not shares. */
function measurements(): CorpusSheet {
  const rows: Rows = [
    ['M 13', null, 23.5, 24],
    ['NQ 13', null, 25.5, 26],
    ['U 13', null, 23.25, 24],
    ['Q4 13', null, 25.5, 26.15],
    ['Cal 2013', null, 25.565, 26.126],
  ];
  return sheet('Midmarks', rows, { formats: fmt('C1:D5', '#,##0.00') });
}

export const NON_FINANCE_CASES: CorpusCase[] = [
  plain(
    'ikke-finans-prisliste-d3-gange-1-12',
    'Prisliste med =D3*1.12 og resultater som 5.715,0464',
    [priceList()],
    true,
  ),
  plain(
    'ikke-finans-provision-north-to-gange',
    'Sales commission med "North" to gange og satser 5 %',
    [commission()],
    true,
  ),
  plain(
    'ikke-finans-momssatser-0-0-pct',
    'Momssatser formateret 0,0 % og halverede satser',
    [taxRates()],
    true,
  ),
  plain('ikke-finans-kvartalsbudget-qtr', 'Kvartalsbudget med "Qtr 1..4" som anden overskriftsrække', [
    quarterly(false),
  ]),
  plain('ikke-finans-kvartalsbudget-profit', 'Kvartalsbudget hvor Profit = Revenue - Expenses', [
    quarterly(true),
  ]),
  plain('ikke-finans-timeseddel', 'Timeseddel med 7,5 timer og I alt pr. medarbejder', [timeSheet()]),
  plain('ikke-finans-salgsliste', 'Salgsliste med datoer, antal, stykpris og =D*E', [salesList()], true),
  plain('ikke-finans-koerselsregnskab', 'Kørselsregnskab: km x 3,79 kr. med øre', [mileage()]),
  plain('ikke-finans-karakterer', 'Karakterark med gennemsnit som 10,6667', [grades()]),
  plain('ikke-finans-valutakurser', 'Valutakurser med ændring i procent', [currency()]),
  plain('ikke-finans-laaneplan', 'Annuitetslån: ydelse, rente, afdrag og restgæld med øre', [loan()]),
  plain('ikke-finans-spoergeskema-101-pct', 'Spørgeskema hvor afrundede procenter summerer til 101 %', [
    survey(),
  ]),
  plain('ikke-finans-maanedlige-udgifter', 'Månedlige udgifter Jan-Dec med kr. og øre og I alt', [monthly()]),
  plain('ikke-finans-lagerliste', 'Lagerliste med Ja/Nej', [inventory()]),
  plain('ikke-finans-medlemsliste', 'Medlemsliste med kontingent 500 og indmeldelsesdato', [members()]),
  plain('ikke-finans-arrangementer', 'Arrangementer med dato, klokkeslæt og tilmeldte', [events()]),
  plain('ikke-finans-avance', 'Avance i % formateret 0,0 %', [margins()]),
  plain('ikke-finans-stilling', 'Fodboldstilling med "21-9" som mål', [league()]),
  plain('ikke-finans-salg-pr-region', 'Salg pr. region med "North" to gange og andel af omsætning', [
    regionSales(),
  ]),
  plain('ikke-finans-timebudget-q1-q4', 'Timebudget pr. kvartal Q1-Q4 med Total', [projectHours()]),
  plain('ikke-finans-fremmoede', 'Fremmøde på danskhold i procent', [attendance()]),
  plain('ikke-finans-telefonliste', 'Telefonliste med +45-numre', [phoneList()]),
  plain('ikke-finans-flere-ark', 'Et regneark med prisliste, lager og timeseddel på hver sit ark', [
    priceList(),
    inventory(),
    timeSheet(),
  ]),
  plain('ikke-finans-opslagsliste-procent', 'Opslagsliste med en %-kolonne, der summerer til 31 %', [
    lookupList(),
  ]),
  plain('ikke-finans-maalinger-uden-overskrift', 'Målinger pr. kontraktmåned uden overskriftsrække', [
    measurements(),
  ]),
];
