/**
 * Total rows and header words as they vary in real sheets: the total first, last, named after the region,
 * "Samlet", "Total", no label at all, or with no amount; headers such as "Medlemsgruppe | Andel (%) |
 * Kontingent" or none. The split is a shared cost of 500.000 kr. between five North Zealand municipalities by
 * population (the kind of split Bilag 4.1 is), computed here with the largest-remainder method.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { either, exactSplit, find, maybe, sheet, table, type Rows } from '../build';
import { EU_KEY } from '../seed-data';
import type { CorpusCase, ExpectedFinding } from '../types';

const T = 'totalraekker' as const;
const H = 'overskrifter' as const;

export const NORD: readonly (readonly [string, number])[] = [
  ['Helsingør', 64_012],
  ['Hillerød', 53_211],
  ['Fredensborg', 41_389],
  ['Gribskov', 41_922],
  ['Halsnæs', 31_673],
];
export const NORD_POP = NORD.reduce((a, [, p]) => a + p, 0); // 232.207
export const NORD_AMOUNTS = exactSplit(
  500_000,
  NORD.map(([, p]) => p),
);

/** The five municipalities with population and amount, one amount optionally replaced. */
export function nordRows(amounts: readonly number[] = NORD_AMOUNTS): Rows {
  return NORD.map(([name, pop], i) => [name, pop, amounts[i]]);
}

const HEAD: RawValue[] = ['Kommune', 'Indbyggere', 'Beløb (kr.)'];
const TITLE = 'Fælles udgift til trafikplan, Nordsjælland 2026, fordelt efter indbyggertal';

function nordCase(
  id: string,
  title: string,
  rows: Rows,
  findings: ExpectedFinding[] = [],
  variant = T,
): CorpusCase {
  const errors = findings.some((f) => !f.optional);
  return {
    id,
    variant,
    kind: errors ? 'planted' : 'correct',
    title,
    sheets: [sheet('Ark1', [[TITLE], ...rows])],
    findings,
    tables: [table('C4', errors ? 'errors' : 'ok')],
  };
}

const plus10000 = NORD_AMOUNTS.map((a, i) => (i === 1 ? a + 10_000 : a));
const over505 = exactSplit(
  505_000,
  NORD.map(([, p]) => p),
);

const totalCases: CorpusCase[] = [
  nordCase('total-sidst-total', 'Fordeling med "Total" nederst', [
    HEAD,
    ...nordRows(),
    ['Total', NORD_POP, 500_000],
  ]),
  nordCase('total-foerst-i-alt', 'Fordeling med "I alt" lige under overskriften', [
    HEAD,
    ['I alt', NORD_POP, 500_000],
    ...nordRows(),
  ]),
  nordCase('total-med-regionens-navn', 'Totalrækken hedder "Region Hovedstaden"', [
    HEAD,
    ...nordRows(),
    ['Region Hovedstaden', NORD_POP, 500_000],
  ]),
  nordCase('total-samlet', 'Totalrækken hedder "Samlet"', [
    HEAD,
    ...nordRows(),
    ['Samlet', NORD_POP, 500_000],
  ]),
  nordCase('total-uden-etiket', 'Totalrækken har ingen tekst, kun summerne', [
    HEAD,
    ...nordRows(),
    [null, NORD_POP, 500_000],
  ]),
  nordCase(
    'total-alt-i-alt-uden-beloeb',
    '"Alt i alt" med indbyggertal men tomt beløb (normalt i en totalrække)',
    [HEAD, ...nordRows(), ['Alt i alt', NORD_POP, null]],
  ),
  nordCase('total-nordsjaelland-foerst', 'Totalrækken først og navngivet "Nordsjælland"', [
    HEAD,
    ['Nordsjælland', NORD_POP, 500_000],
    ...nordRows(),
  ]),
  nordCase(
    'total-sidst-hilleroed-10000-for-meget',
    'Hillerød står med 10.000 kr. for meget; Total siger stadig 500.000',
    [HEAD, ...nordRows(plus10000), ['Total', NORD_POP, 500_000]],
    [
      find('split-mismatch', 'C4', { expected: NORD_AMOUNTS[1], actual: plus10000[1] }),
      either(
        find('split-unallocated', 'A2:C8', { expected: 500_000, actual: 510_000 }),
        find('total-mismatch', 'C8', { expected: 510_000, actual: 500_000 }),
      ),
    ],
  ),
  nordCase(
    'total-foerst-indbyggertal-tastefejl',
    'I alt-rækken først med indbyggertallet 232.307 (summen er 232.207)',
    [HEAD, ['I alt', NORD_POP + 100, 500_000], ...nordRows()],
    [find('total-mismatch', 'B3', { expected: NORD_POP, actual: NORD_POP + 100 })],
  ),
  nordCase(
    'total-regionsnavn-505000',
    'Region Hovedstaden-rækken siger 505.000, beløbene summerer til 500.000',
    [HEAD, ...nordRows(), ['Region Hovedstaden', NORD_POP, 505_000]],
    [
      either(
        find('split-unallocated', ['C8', 'A2:C8'], { expected: 505_000, actual: 500_000 }),
        find('total-mismatch', 'C8', { expected: 500_000, actual: 505_000 }),
      ),
      ...NORD_AMOUNTS.map((a, i) =>
        maybe('split-mismatch', `C${3 + i}`, { expected: over505[i], actual: a }),
      ),
    ],
  ),
  nordCase('total-to-kandidater', 'Regionens række først og I alt nederst, begge med 500.000', [
    HEAD,
    ['Region Hovedstaden', NORD_POP, 500_000],
    ...nordRows(),
    ['I alt', NORD_POP, 500_000],
  ]),
  {
    id: 'total-kolonne-foerst',
    variant: T,
    kind: 'correct',
    title: 'Finansieringsplan med "I alt"-kolonnen før årene',
    sheets: [
      sheet('Ark1', [
        ['Finansieringsplan, Kulturfestival 2025-2027'],
        ['Finansiering', 'I alt', 2025, 2026, 2027],
        ['Kommunens egenfinansiering', 1_800_000, 600_000, 600_000, 600_000],
        ['Statstilskud', 1_500_000, 500_000, 500_000, 500_000],
        ['I alt', 3_300_000, 1_100_000, 1_100_000, 1_100_000],
      ]),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
  },
  {
    id: 'total-raekke-foerst-cofinansiering-fejl',
    variant: T,
    kind: 'planted',
    title: 'Finansieringsplan med I alt øverst; statens 2026 er rettet til 450.000 uden at I alt fulgte med',
    sheets: [
      sheet('Ark1', [
        ['Finansieringsplan, Kulturfestival 2025-2027'],
        ['Finansiering', 2025, 2026, 2027, 'I alt'],
        ['I alt', 1_100_000, 1_100_000, 1_100_000, 3_300_000],
        ['Kommunens egenfinansiering', 600_000, 600_000, 600_000, 1_800_000],
        ['Statstilskud', 500_000, 450_000, 500_000, 1_450_000],
      ]),
    ],
    findings: [
      find('total-mismatch', 'C3', { expected: 1_050_000, actual: 1_100_000 }),
      maybe('total-mismatch', 'E3', { expected: 3_250_000, actual: 3_300_000 }),
    ],
    tables: [table('C4', 'errors')],
  },
];

const EU_TITLE = 'Greater Copenhagen EU Office, budget 2026';
const euRows = (amounts: readonly number[] = EU_KEY.map((r) => r[2])): Rows =>
  EU_KEY.map(([name, share], i) => [name, share, amounts[i]]);

function gribskovTwice(): Rows {
  const rows = nordRows();
  rows[4] = ['Gribskov', NORD[4][1], NORD_AMOUNTS[4]];
  return rows;
}

const headerCases: CorpusCase[] = [
  {
    id: 'overskrift-medlemsgruppe-andel-kontingent',
    variant: H,
    kind: 'correct',
    title: '"Medlemsgruppe | Andel (%) | Kontingent": EU-kontorets nøgle',
    sheets: [
      sheet('Ark1', [
        [EU_TITLE],
        ['Medlemsgruppe', 'Andel (%)', 'Kontingent'],
        ...euRows(),
        ['I alt', 100, 17_500_000],
      ]),
    ],
    findings: [],
    tables: [table('C4', 'ok')],
  },
  {
    id: 'overskrift-fordeling-af-kontingent-pct-kr',
    variant: H,
    kind: 'planted',
    title: '"Fordeling af kontingent | Pct. | Kr.": regionernes 7.175.000 tastet 7.157.000',
    sheets: [
      sheet('Ark1', [
        [EU_TITLE],
        ['Fordeling af kontingent', 'Pct.', 'Kr.'],
        ...euRows([3_500_000, 7_157_000, 6_825_000]),
        ['I alt', 100, 17_500_000],
      ]),
    ],
    findings: [
      find('split-mismatch', 'C4', { expected: 7_175_000, actual: 7_157_000 }),
      either(
        find('split-unallocated', 'A2:C6', { expected: 17_500_000, actual: 17_482_000 }),
        find('total-mismatch', 'C6', { expected: 17_482_000, actual: 17_500_000 }),
      ),
    ],
    tables: [table('C4', 'errors')],
  },
  {
    id: 'overskrift-engelsk-member-share-fee',
    variant: H,
    kind: 'correct',
    title: 'English headers "Member group | Share | Fee (DKK)"',
    sheets: [
      sheet('Ark1', [
        ['Greater Copenhagen EU Office, membership fees 2026'],
        ['Member group', 'Share', 'Fee (DKK)'],
        ...euRows(),
        ['Total', 100, 17_500_000],
      ]),
    ],
    findings: [],
    tables: [table('C4', 'ok')],
  },
  {
    id: 'overskrift-deltager-noegle-betaling',
    variant: H,
    kind: 'correct',
    title: '"Deltager | Fordelingstal | Betaling" med indbyggertal som nøgle',
    sheets: [
      sheet('Ark1', [
        [TITLE],
        ['Deltager', 'Fordelingstal', 'Betaling'],
        ...nordRows(),
        ['I alt', NORD_POP, 500_000],
      ]),
    ],
    findings: [],
    tables: [table('C4', 'ok')],
  },
  {
    id: 'overskrift-hvem-betaler-gribskov-to-gange',
    variant: H,
    kind: 'planted',
    title: '"Hvem betaler | Fordelingstal | Udgift i kr." med Gribskov to gange (Halsnæs mangler)',
    sheets: [
      sheet('Ark1', [
        [TITLE],
        ['Hvem betaler', 'Fordelingstal', 'Udgift i kr.'],
        ...gribskovTwice(),
        ['I alt', NORD_POP, 500_000],
      ]),
    ],
    findings: [find('duplicate-party', ['A7', 'A6', 'A6:A7'])],
    tables: [table('C4', 'errors')],
  },
  {
    id: 'overskrift-b2025-sum',
    variant: H,
    kind: 'planted',
    title:
      '"Kilde | B2025 | B2026 | Sum": egenfinansieringens Sum er 1.300.000, delene summerer til 1.200.000',
    sheets: [
      sheet('Ark1', [
        ['Budget for projekt Grøn Omstilling'],
        ['Kilde', 'B2025', 'B2026', 'Sum'],
        ['Egenfinansiering', 600_000, 600_000, 1_300_000],
        ['Tilskud fra Region Hovedstaden', 500_000, 500_000, 1_000_000],
        ['Sum', 1_100_000, 1_100_000, 2_300_000],
      ]),
    ],
    findings: [
      find('total-mismatch', 'D3', { expected: 1_200_000, actual: 1_300_000 }),
      maybe('total-mismatch', 'D5', { expected: 2_200_000, actual: 2_300_000 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'overskrift-aar-1-2-3',
    variant: H,
    kind: 'correct',
    title: '"Finansieringskilde | År 1 | År 2 | År 3 | Total"',
    sheets: [
      sheet('Ark1', [
        ['Projektbudget, treårigt forløb'],
        ['Finansieringskilde', 'År 1', 'År 2', 'År 3', 'Total'],
        ['Egen finansiering', 250_000, 300_000, 250_000, 800_000],
        ['EU Socialfonden', 250_000, 300_000, 250_000, 800_000],
        ['Total', 500_000, 600_000, 500_000, 1_600_000],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'overskrift-ingen',
    variant: H,
    kind: 'correct',
    title: 'Ingen overskriftsrække: kommuner, indbyggertal og beløb direkte under titlen',
    sheets: [sheet('Ark1', [[TITLE], ...nordRows(), ['I alt', NORD_POP, 500_000]])],
    findings: [],
    tables: [table('C3', ['ok', 'unsure'])],
  },
];

export const TOTAL_AND_HEADER_CASES: CorpusCase[] = [...totalCases, ...headerCases];
