/**
 * Budgets as Danish municipalities, the state and grant applicants publish them (issue 22): a budget by the
 * municipal chart of accounts (hovedkonto, hovedfunktion, funktion: "03.22.01 Folkeskoler", the function
 * numbers of the public chart of accounts) in 1.000 kr. with budget-estimate years; a budget follow-up
 * (budgetopfølgning) per area with Opr. budget, Tillæg, Korr. budget, Forbrug, Forventet regnskab and
 * Afvigelse; a budget shown by indentation; a grant application's project budget whose costs must balance
 * its financing, own financing in cash and valued hours; and key figures (averages, rates, indices) under
 * budget headings, which are no budget to check. Amounts are invented; every sum is computed here.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { either, find, maybe, sheet, table, type Rows } from '../build';
import type { CorpusCase, ExpectedFinding } from '../types';

const B = 'budgetter' as const;

/** An account line: its own figures (a leaf) or its items (a parent, whose figures are their sums). */
interface Account {
  readonly label: string;
  readonly values?: readonly number[];
  readonly items?: readonly Account[];
}

function figures(a: Account, width: number): number[] {
  if (a.values) return [...a.values];
  const out = Array<number>(width).fill(0);
  for (const item of a.items ?? []) figures(item, width).forEach((v, j) => (out[j] += v));
  return out;
}

/** Parents above their items, as budget books and the finance bill print them. */
function accountRows(accounts: readonly Account[], width: number, indent = ''): Rows {
  return accounts.flatMap((a) => [
    [indent + a.label, ...figures(a, width)],
    ...accountRows(a.items ?? [], width, indent),
  ]);
}

function budgetCase(
  id: string,
  title: string,
  rows: Rows,
  findings: ExpectedFinding[],
  at: string,
  more: Partial<CorpusCase> = {},
): CorpusCase {
  const errors = findings.some((f) => !f.optional);
  return {
    id,
    variant: B,
    kind: errors ? 'planted' : 'correct',
    title,
    sheets: [sheet('Ark1', rows)],
    findings,
    tables: [table(at, errors ? ['errors', 'warnings'] : 'ok')],
    ...more,
  };
}

// --- A municipal budget by the chart of accounts, 1.000 kr. -------------------------------------------------

const KONTOPLAN: readonly Account[] = [
  {
    label: '03 Undervisning og kultur',
    items: [
      {
        label: '03.22 Folkeskolen m.m.',
        items: [
          { label: '03.22.01 Folkeskoler', values: [712_480, 716_900, 719_300, 721_050] },
          { label: '03.22.05 Skolefritidsordninger', values: [126_390, 127_000, 127_400, 127_400] },
          {
            label: '03.22.07 Indtægter fra den centrale refusionsordning',
            values: [-8_150, -8_150, -8_150, -8_150],
          },
          { label: '03.22.08 Kommunale specialskoler', values: [74_600, 74_700, 74_900, 75_000] },
        ],
      },
      {
        label: '03.30 Ungdomsuddannelser',
        items: [
          { label: '03.30.44 Produktionsskoler', values: [18_930, 19_000, 19_000, 19_000] },
          { label: '03.30.45 Erhvervsuddannelser', values: [43_450, 43_500, 43_600, 43_600] },
        ],
      },
      {
        label: '03.35 Kultur',
        items: [
          { label: '03.35.60 Museer', values: [41_200, 41_200, 41_350, 41_350] },
          { label: '03.35.64 Folkebiblioteker', values: [98_750, 98_950, 99_100, 99_300] },
          { label: '03.35.66 Musikarrangementer', values: [17_700, 17_700, 17_800, 17_800] },
        ],
      },
    ],
  },
  {
    label: '05 Sociale opgaver og beskæftigelse',
    items: [
      {
        label: '05.25 Dagtilbud til børn og unge',
        items: [
          { label: '05.25.10 Fælles formål', values: [21_300, 21_400, 21_400, 21_500] },
          { label: '05.25.11 Dagpleje', values: [96_850, 97_200, 97_600, 97_600] },
          { label: '05.25.14 Integrerede daginstitutioner', values: [402_150, 404_900, 406_300, 407_000] },
        ],
      },
      {
        label: '05.32 Tilbud til ældre og handicappede',
        items: [
          {
            label: '05.32.32 Pleje og omsorg m.v. af ældre og handicappede',
            values: [512_600, 518_400, 524_100, 529_800],
          },
          {
            label: '05.32.33 Forebyggende indsats for ældre og handicappede',
            values: [38_250, 38_500, 38_700, 38_900],
          },
        ],
      },
    ],
  },
];

const KONTO_HEAD: RawValue[] = ['Konto', 'Budget 2026', 'BO 2027', 'BO 2028', 'BO 2029'];
const KONTO_TITLE = 'Budget 2026-2029, drift (1.000 kr.)';

function kontoplan(): Rows {
  return [[KONTO_TITLE], KONTO_HEAD, ...accountRows(KONTOPLAN, 4)];
}

/** The row (1-based) of a line by the start of its label. */
function rowOf(rows: Rows, label: string): number {
  return (
    rows.findIndex((r) =>
      String(r[0] ?? '')
        .trim()
        .startsWith(label),
    ) + 1
  );
}

function set(rows: Rows, label: string, col: number, v: number): void {
  rows[rowOf(rows, label) - 1][col] = v;
}

function add(rows: Rows, label: string, col: number, d: number): void {
  const r = rows[rowOf(rows, label) - 1];
  r[col] = (r[col] as number) + d;
}

const kontoCases: CorpusCase[] = [];
kontoCases.push(
  budgetCase(
    'bu-kommune-kontoplan',
    'Kommunalt budget efter den autoriserede kontoplan, 1.000 kr., budgetoverslagsår, refusion som minus',
    kontoplan(),
    [],
    'B5',
    { xlsx: true },
  ),
);
{
  // 126.390 typed 123.690: Folkeskolen m.m. and Undervisning og kultur keep their formulas' right sums.
  const rows = kontoplan();
  set(rows, '03.22.05', 1, 123_690);
  kontoCases.push(
    budgetCase(
      'bu-kommune-ombyttede-cifre',
      'Kommunalt budget: to cifre byttet om i én funktion (126.390 tastet 123.690)',
      rows,
      [
        either(
          find('digit-typo', `B${rowOf(rows, '03.22.05')}`, { expected: 126_390_000, actual: 123_690_000 }),
          find('budget-total-mismatch', `B${rowOf(rows, '03.22 ')}`),
        ),
      ],
      'B5',
    ),
  );
}
{
  // The SUM for Folkeskolen m.m. stops one row short and leaves out the special schools, in every year.
  const rows = kontoplan();
  const left = [74_600, 74_700, 74_900, 75_000];
  left.forEach((v, j) => {
    add(rows, '03.22 ', j + 1, -v);
    add(rows, '03 ', j + 1, -v);
  });
  const sum = rowOf(rows, '03.22 ');
  kontoCases.push(
    budgetCase(
      'bu-kommune-linje-udeladt',
      'Kommunalt budget: en sumlinje udelader sin sidste funktion i alle år',
      rows,
      [
        either(find('budget-line-left-out', `B${sum}`), find('budget-total-mismatch', `B${sum}:E${sum}`)),
        maybe('budget-total-mismatch', `B${sum}:E${sum}`),
      ],
      'B5',
    ),
  );
}
{
  // Ungdomsuddannelser also counts the museums, which belong under Kultur.
  const rows = kontoplan();
  const museer = [41_200, 41_200, 41_350, 41_350];
  museer.forEach((v, j) => {
    add(rows, '03.30 ', j + 1, v);
    add(rows, '03 ', j + 1, v);
  });
  const sum = rowOf(rows, '03.30 ');
  kontoCases.push(
    budgetCase(
      'bu-kommune-linje-to-gange',
      'Kommunalt budget: en sumlinje tæller en linje med, der hører under en anden',
      rows,
      [
        either(find('budget-line-in-two-sums', `B${sum}`), find('budget-total-mismatch', `B${sum}:E${sum}`)),
        maybe('budget-total-mismatch', `B${sum}:E${sum}`),
      ],
      'B5',
    ),
  );
}
{
  // The same function typed twice at the end of the sheet, amounts and all.
  const rows = kontoplan();
  rows.push([...rows[rowOf(rows, '05.25.11') - 1]]);
  kontoCases.push(
    budgetCase(
      'bu-kommune-dobbelt-kontolinje',
      'Kommunalt budget: samme kontolinje to gange',
      rows,
      [find('budget-duplicate-line', `A${rows.length}`)],
      'B5',
    ),
  );
}
{
  // Two figures stored as text (an import from the finance system): Excel's SUM leaves them out.
  const rows = kontoplan();
  const r1 = rowOf(rows, '03.35.60');
  const r2 = rowOf(rows, '03.35.64');
  rows[r1 - 1][2] = '41200';
  rows[r2 - 1][2] = '98950';
  kontoCases.push(
    budgetCase(
      'bu-kommune-tal-som-tekst',
      'Kommunalt budget: to beløb gemt som tekst i BO 2027',
      rows,
      [find('budget-text-amounts', [`C${r1}:C${r2}`], { expected: 140_150_000 })],
      'B5',
    ),
  );
}

// --- A budget follow-up per area, 1.000 kr. ----------------------------------------------------------------

const FOLLOW_HEAD: RawValue[] = [
  'Område',
  'Opr. budget 2026',
  'Tillægsbevillinger',
  'Korr. budget 2026',
  'Forbrug pr. 30.6',
  'Forventet regnskab',
  'Afvigelse',
  'Afvigelse i pct.',
];

/** Opr., tillæg, forbrug and forventet; the rest is derived as the sheet's formulas would. */
function followLine(
  label: string,
  opr: number,
  till: number,
  forbrug: number,
  forventet: number,
): RawValue[] {
  const korr = opr + till;
  const afv = korr - forventet;
  return [label, opr, till, korr, forbrug, forventet, afv, Math.round((afv / korr) * 1000) / 10];
}

function followSum(label: string, lines: readonly RawValue[][]): RawValue[] {
  const s = (j: number) => lines.reduce((a, l) => a + (l[j] as number), 0);
  return followLine(label, s(1), s(2), s(4), s(5));
}

function followUp(): Rows {
  const boern = [
    followLine('Dagtilbud', 402_150, 3_500, 201_900, 404_800),
    followLine('Folkeskoler', 712_480, -2_000, 348_600, 716_300),
    followLine('Specialundervisning', 74_600, 6_000, 44_150, 86_900),
  ];
  const aeldre = [
    followLine('Hjemmepleje', 298_400, 0, 146_800, 297_100),
    followLine('Plejecentre', 214_200, 1_500, 104_900, 213_900),
    followLine('Indtægter, betaling for ophold', -61_300, 0, -30_800, -62_100),
  ];
  const b = followSum('Børn og unge i alt', boern);
  const ae = followSum('Ældre i alt', aeldre);
  return [
    ['Budgetopfølgning pr. 30. juni 2026 (1.000 kr.)'],
    [],
    FOLLOW_HEAD,
    ...boern,
    b,
    ...aeldre,
    ae,
    followSum('I alt', [b, ae]),
  ];
}

const followCases: CorpusCase[] = [
  budgetCase(
    'bu-budgetopfoelgning',
    'Budgetopfølgning med korrigeret budget, forbrug, forventet regnskab, afvigelse og i alt-linjer; indtægter som minus',
    followUp(),
    [],
    'D4',
    { xlsx: true },
  ),
];
{
  // Korrigeret budget for Plejecentre typed without its supplementary appropriation; the sums follow it.
  const rows = followUp();
  const r = rowOf(rows, 'Plejecentre');
  const wrong = 214_200;
  for (const label of ['Plejecentre', 'Ældre i alt', 'I alt']) add(rows, label, 3, -1_500);
  followCases.push(
    budgetCase(
      'bu-budgetopfoelgning-korrigeret-forkert',
      'Budgetopfølgning: korrigeret budget er ikke oprindeligt budget plus tillæg i én linje',
      rows,
      [
        find('budget-derived-mismatch', `D${r}`, { expected: 215_700_000, actual: wrong * 1000 }),
        maybe('budget-derived-mismatch', [`G${r}`, `H${r}`]),
      ],
      'D4',
    ),
  );
}

// --- A budget shown by indentation, kroner --------------------------------------------------------------------

function indented(): Rows {
  const areas: Account[] = [
    {
      label: 'Administration',
      items: [
        { label: 'Løn, administration', values: [2_450_000, 2_510_000] },
        { label: 'IT og licenser', values: [380_000, 395_000] },
        { label: 'Revision', values: [65_000, 67_000] },
      ],
    },
    {
      label: 'Drift af bygninger',
      items: [
        { label: 'Husleje', values: [1_200_000, 1_236_000] },
        { label: 'Energi', values: [410_000, 395_000] },
        { label: 'Rengøring', values: [290_000, 298_000] },
      ],
    },
    {
      label: 'Indtægter',
      items: [
        { label: 'Brugerbetaling', values: [-640_000, -655_000] },
        { label: 'Udlejning af lokaler', values: [-85_000, -90_000] },
      ],
    },
  ];
  const rows = areas.flatMap((a) => [
    [a.label, ...figures(a, 2)],
    ...(a.items ?? []).map((i) => [`    ${i.label}`, ...figures(i, 2)]),
  ]);
  const total = areas.reduce((s, a) => s.map((v, j) => v + figures(a, 2)[j]), [0, 0]);
  return [
    ['Budget for kulturhuset (kr.)'],
    ['Post', 'Budget 2026', 'Budget 2027'],
    ...rows,
    ['I alt', ...total],
  ];
}

const indentCases: CorpusCase[] = [
  budgetCase(
    'bu-indrykket',
    'Budget hvor indrykningen viser hierarkiet, med et I alt nederst og indtægter som minus',
    indented(),
    [],
    'B4',
  ),
];
{
  const rows = indented();
  const r = rowOf(rows, 'Energi');
  rows[r - 1][2] = 359_000; // 395.000 typed 359.000
  indentCases.push(
    budgetCase(
      'bu-indrykket-ombyttede-cifre',
      'Budget med indrykning: to cifre byttet om i én post',
      rows,
      [
        either(
          find('digit-typo', `C${r}`, { expected: 395_000, actual: 359_000 }),
          find('budget-total-mismatch', `C${rowOf(rows, 'Drift af bygninger')}`),
        ),
      ],
      'B4',
    ),
  );
}

// --- A grant application's project budget, kroner -------------------------------------------------------

const PROJECT_RULE = 'Egenfinansieringen skal udgøre minimum 25 pct. af projektets samlede finansiering.';

function projectBudget(hours2027 = 75_000, fond2027 = 100_000): Rows {
  const costs: [string, number, number][] = [
    ['Projektleder, løn', 300_000, 310_000],
    ['Konsulenter', 120_000, 80_000],
    ['Kommunikation', 40_000, 30_000],
    ['Evaluering', 0, 60_000],
    ['Administration', 25_000, 25_000],
  ];
  const financing: [string, number, number][] = [
    ['Egenfinansiering, kontant', 55_000, 55_000],
    ['Egenfinansiering, værdisatte timer', 70_000, hours2027],
    ['Statstilskud', 260_000, 275_000],
    ['Fondsmidler', 100_000, fond2027],
  ];
  const line = ([l, a, b]: [string, number, number]): RawValue[] => [l, a, b, a + b];
  const sum = (label: string, xs: [string, number, number][]): RawValue[] =>
    line([label, xs.reduce((s, x) => s + x[1], 0), xs.reduce((s, x) => s + x[2], 0)]);
  return [
    ['Projektbudget: Grøn omstilling i lokale virksomheder'],
    [PROJECT_RULE],
    ['Post', 'Budget 2026', 'Budget 2027', 'Budget i alt'],
    ...costs.map(line),
    sum('Udgifter i alt', costs),
    ...financing.map(line),
    sum('Finansiering i alt', financing),
  ];
}

const projectCases: CorpusCase[] = [
  budgetCase(
    'bu-projektbudget',
    'Projektbudget i en ansøgning: udgifter mod finansiering, egenfinansiering kontant og i timer over kravet',
    projectBudget(),
    [],
    'B5',
    { xlsx: true },
  ),
];
{
  // Fewer valued hours in 2027, made up by the foundation: it balances, but the own share falls below 25 %.
  const rows = projectBudget(45_000, 130_000);
  const own = rowOf(rows, 'Egenfinansiering, kontant');
  projectCases.push(
    budgetCase(
      'bu-projektbudget-egenandel-for-lav',
      'Projektbudget: egenfinansieringen når ikke de 25 %, arket kræver, i 2027 og i alt',
      rows,
      [
        find('cofinancing-below-minimum', `C${own}`, { expected: 25, actual: 19.8 }),
        find('cofinancing-below-minimum', `D${own}`, { expected: 25, actual: 22.7 }),
      ],
      'B5',
    ),
  );
}
{
  // The state grant for 2027 typed 10.000 kr. short, and the financing total follows it.
  const rows = projectBudget();
  const fin = rowOf(rows, 'Finansiering i alt');
  add(rows, 'Statstilskud', 2, -10_000);
  add(rows, 'Statstilskud', 3, -10_000);
  add(rows, 'Finansiering i alt', 2, -10_000);
  add(rows, 'Finansiering i alt', 3, -10_000);
  projectCases.push(
    budgetCase(
      'bu-projektbudget-balancerer-ikke',
      'Projektbudget: finansieringen er 10.000 kr. mindre end udgifterne i 2027',
      rows,
      [
        find('budget-unbalanced', `C${fin}`, { expected: 505_000, actual: 495_000 }),
        find('budget-unbalanced', `D${fin}`, { expected: 990_000, actual: 980_000 }),
      ],
      'B5',
    ),
  );
}

// --- The vidensby basis budget (seed 004): the municipality matched krone-til-krone by the other actors -----

/**
 * "Lyngby-Taarbæk Kommune, under forudsætning af bidrag fra øvrige vidensby-aktører, medfinansierer efter
 * krone-til-krone-princippet" with a basis budget for løn, husleje, drift, kommunikation og arrangementer,
 * two years; the municipality's 2,0-2,5 mio. a year is what the ranges in the seed allow together.
 */
function vidensbyBudget(others2013 = 2_250_000): Rows {
  const kommune = [2_000_000, 2_250_000];
  const others = [2_000_000, others2013];
  const financing = kommune.map((k, i) => k + others[i]);
  const fixed: [string, number][] = [
    ['Husleje', 450_000],
    ['Drift', 300_000],
    ['Kommunikation og arrangementer', 400_000],
  ];
  const wages = financing.map((f) => f - fixed.reduce((s, [, v]) => s + v, 0));
  const line = (label: string, v: readonly number[]): RawValue[] => [label, v[0], v[1], v[0] + v[1]];
  return [
    ['Vidensby-organisation: basisbudget 2012-2013'],
    [
      'Lyngby-Taarbæk Kommune medfinansierer efter krone-til-krone-princippet under forudsætning af bidrag fra øvrige vidensby-aktører.',
    ],
    ['Post', 'Budget 2012', 'Budget 2013', 'I alt'],
    line('Løn, leder og to konsulenter', wages),
    ...fixed.map(([l, v]) => line(l, [v, v])),
    line('Udgifter i alt', financing),
    line('Lyngby-Taarbæk Kommune', kommune),
    line('Øvrige vidensby-aktører', others),
    line('Finansiering i alt', financing),
  ];
}

projectCases.push(
  budgetCase(
    'bu-vidensby-basisbudget',
    'Vidensby-organisationens basisbudget: kommunens bidrag matchet krone-til-krone af de øvrige aktører',
    vidensbyBudget(),
    [],
    'B4',
    { xlsx: true },
  ),
);
{
  // The other actors give 500.000 kr. less in 2013; the wages are cut to keep the budget balanced.
  const rows = vidensbyBudget(1_750_000);
  const others = rowOf(rows, 'Øvrige vidensby-aktører');
  projectCases.push(
    budgetCase(
      'bu-vidensby-matcher-ikke',
      'Vidensby-basisbudget: de øvrige aktører giver 1,75 mio. mod kommunens 2,25 mio. i 2013 (krone-til-krone)',
      rows,
      [
        find('matching-shortfall', `C${others}`, { expected: 2_250_000, actual: 1_750_000 }),
        find('matching-shortfall', `D${others}`, { expected: 4_250_000, actual: 3_750_000 }),
        maybe('matching-short', `C${others}`),
      ],
      'B4',
    ),
  );
}

// --- A project budget in sections: "Udgifter" and "Finansiering" headings, each with a bare "I alt" ----------

function sectionBudget(state2027 = 275_000): Rows {
  const costs: [string, number, number][] = [
    ['Løn', 310_000, 320_000],
    ['Konsulenter', 90_000, 60_000],
    ['Kommunikation', 30_000, 25_000],
  ];
  const financing: [string, number, number][] = [
    ['Egen arbejdskraft (værdisatte timer)', 150_000, 130_000],
    ['Tilskud fra puljen', 280_000, state2027],
  ];
  const line = ([l, a, b]: [string, number, number]): RawValue[] => [l, a, b, a + b];
  const sum = (xs: [string, number, number][]): RawValue[] =>
    line(['I alt', xs.reduce((s, x) => s + x[1], 0), xs.reduce((s, x) => s + x[2], 0)]);
  return [
    ['Budget for projektet Lokale fødevarer 2026-2027'],
    [null, 2026, 2027, 'I alt'],
    ['Udgifter'],
    ...costs.map(line),
    sum(costs),
    ['Finansiering'],
    ...financing.map(line),
    sum(financing),
  ];
}

projectCases.push(
  budgetCase(
    'bu-projektbudget-afsnit',
    'Projektbudget i to afsnit, Udgifter og Finansiering, hvert med sit eget »I alt«',
    sectionBudget(),
    [],
    'B3',
  ),
);
{
  // The pool's grant for 2027 is 10.000 kr. short of the costs; the section's own "I alt" adds up.
  const rows = sectionBudget(265_000);
  const fin = rows.length;
  projectCases.push(
    budgetCase(
      'bu-projektbudget-afsnit-balancerer-ikke',
      'Projektbudget i afsnit: finansieringen i 2027 er 10.000 kr. under udgifterne',
      rows,
      [
        find('budget-unbalanced', `C${fin}`, { expected: 405_000, actual: 395_000 }),
        find('budget-unbalanced', `D${fin}`, { expected: 835_000, actual: 825_000 }),
      ],
      'B3',
    ),
  );
}
{
  // The consultants' total over both years typed 210.000 kr. (the years say 200.000 kr.).
  const rows = projectBudget();
  const r = rowOf(rows, 'Konsulenter');
  rows[r - 1][3] = 210_000;
  projectCases.push(
    budgetCase(
      'bu-projektbudget-aarstotal-forkert',
      'Projektbudget: konsulenternes »Budget i alt« er 210.000 kr., men årene summerer til 200.000 kr.',
      rows,
      [
        find('total-mismatch', `D${r}`, { expected: 200_000, actual: 210_000 }),
        maybe('budget-total-mismatch', `D${rowOf(rows, 'Udgifter i alt')}`),
      ],
      'B5',
    ),
  );
}

// --- Key figures under budget headings: averages, rates, indices - nothing to check ---------------------------

const keyFigures: CorpusCase = {
  id: 'bu-noegletal-ikke-budget',
  variant: B,
  kind: 'nonfinance',
  title: 'Nøgletal fra budgetbogen: gennemsnit, procenter og indeks under Regnskab/Budget-overskrifter',
  sheets: [
    sheet('Ark1', [
      ['Nøgletal for skoleområdet'],
      ['Nøgletal', 'Regnskab 2024', 'Budget 2025', 'Budget 2026'],
      ['Udgift pr. elev (kr.)', 78_450, 80_120, 81_900],
      ['Gennemsnitlig klassekvotient', 21.4, 21.7, 21.9],
      ['Andel elever i specialtilbud (pct.)', 5.6, 5.4, 5.2],
      ['Sygefravær, lærere (pct.)', 5.9, 5.5, 5.0],
      ['Udgiftsindeks (2020 = 100)', 108.2, 111.9, 114.6],
      ['Elever i alt', 6_412, 6_380, 6_355],
    ]),
  ],
  findings: [],
  tables: [],
};

export const BUDGET_CASES: readonly CorpusCase[] = [
  ...kontoCases,
  ...followCases,
  ...indentCases,
  ...projectCases,
  keyFigures,
];
