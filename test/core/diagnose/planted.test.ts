/**
 * Workbooks with one planted error each, the way they turn up in real sheets. The diagnosis must name
 * the right cell and the right amount, and the symptoms it explains must not be separate items.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckParams } from '../../../src/core/check/params';
import type { CheckResult, ResultItem } from '../../../src/core/check/result';
import type { RawValue } from '../../../src/core/grid/grid';
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

function check(name: string, rows: RawValue[][], params: Partial<CheckParams> = {}): CheckResult {
  return checkWorkbook(snapshot([sheet(name, rows)]), { ...PARAMS, ...params });
}

function only(result: CheckResult, rule: string): ResultItem {
  const hits = result.items!.filter((it) => it.rule === rule);
  expect(hits).toHaveLength(1);
  return hits[0];
}

/** No finding explained by a diagnosis shows up as an item of its own. */
function notListedAlone(result: CheckResult, item: ResultItem): void {
  for (const f of item.findings) {
    const alone = result.items!.filter((it) => it !== item && it.findings.includes(f));
    expect(alone).toEqual([]);
  }
}

/** The state grant per focus area (domain.md §1), with one cell that can be changed. */
function breakdown(music2022: number): RawValue[][] {
  return [
    ['Årlig statslig bevilling'],
    ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
    ['Musikområdet', 600_000, music2022, 600_000, 600_000, 2_400_000],
    ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ];
}

function tabelB(own: number[], state: number[]): RawValue[][] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return [
    ['Tabel B: Samlet finansiering'],
    [null, 2021, 2022, 2023, 2024, 'I alt'],
    ['Kulturregionens egenfinansiering', ...own, sum(own)],
    ['Statens medfinansiering', ...state, sum(state)],
    ['I alt', ...own.map((o, i) => o + state[i]), sum(own) + sum(state)],
  ];
}

/** 17,5 mio. kr. split 20/41/39 (domain.md §2), with the shares and amounts given. */
function euOffice(shares: number[], amounts: number[]): RawValue[][] {
  return [
    ['EU-kontor: finansiering af budget på 17,5 mio. kr.'],
    ['Part', 'Andel i pct.', 'Beløb (kr.)'],
    ['Universiteter', shares[0], amounts[0]],
    ['Regioner', shares[1], amounts[1]],
    ['Kommuner', shares[2], amounts[2]],
    ['I alt', 100, 17_500_000],
  ];
}

const TOWNS: [string, number][] = [
  ['Albertslund', 27_883],
  ['Allerød', 26_317],
  ['Ballerup', 49_618],
  ['Bornholm', 39_494],
  ['Brøndby', 39_180],
  ['Dragør', 14_588],
  ['Egedal', 44_760],
  ['Fredensborg', 41_465],
  ['Frederiksberg', 104_481],
  ['Gentofte', 75_150],
  ['Gladsaxe', 70_695],
  ['København', 660_842],
];
const PEOPLE = TOWNS.reduce((s, [, p]) => s + p, 0);

/** Exact largest-remainder split of `total` kr. by population, whole kroner. */
function exactSplit(total: number, pops: number[]): number[] {
  const all = pops.reduce((a, b) => a + b, 0);
  const quotas = pops.map((p) => (total * p) / all);
  const out = quotas.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => [q - Math.floor(q), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) out[i]++;
  return out;
}

describe('planted errors', () => {
  it('a typo in a breakdown table: the cell where the row and the column total meet, and its value', () => {
    const result = check('Bevilling', breakdown(650_000));
    const item = only(result, 'cell-breaks-totals');
    expect(item.cell).toBe('C4');
    expect(item.kind).toBe('diagnosis');
    expect(item.confidence).toBe('likely');
    expect(item.message.da).toContain('600.000');
    expect(item.message.da).toMatch(/F4 og C6/);
    // Both causes are said: the cell, or the two totals.
    expect(item.message.da).toMatch(
      /Er 650\.000\skr\. rigtigt, skal F4 og C6 i stedet hæves med 50\.000\skr\./,
    );
    expect(item.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['total-mismatch', 'F4'],
      ['total-mismatch', 'C6'],
    ]);
    notListedAlone(result, item);
    expect(result.items!.filter((it) => it.rule === 'total-mismatch')).toEqual([]);
  });

  /** Tabel B above the state grant by focus area, whose totals already include the typed amount (formulas). */
  function summaryAndBreakdown(music2022: number, state2022 = 1_500_000): RawValue[][] {
    const state = [1_500_000, state2022, 1_500_000, 1_500_000];
    const grant = breakdown(music2022).map((r) => [...r]);
    grant[3][5] = 1_800_000 + music2022;
    grant[5][2] = 900_000 + music2022;
    grant[5][5] = 5_400_000 + music2022;
    return [...tabelB([1_500_000, 1_500_000, 1_500_000, 1_500_000], state), [], ...grant];
  }

  it('a typo in a breakdown table whose totals include it: the summary table names the cell', () => {
    // 60.000 for 600.000: the breakdown's 2022 total is 960.000 where Tabel B says 1.500.000.
    const result = check('Kultur', summaryAndBreakdown(60_000));
    const item = only(result, 'digit-typo');
    expect(item.cell).toBe('C10');
    expect(item.confidence).toBe('likely');
    expect(item.message.da).toMatch(
      /^C10 \(»Musikområdet«, 2022\) er sandsynligvis en tastefejl: der står 60\.000\skr\., men med 600\.000\skr\. stemmer opdelingen i 2022 med den sammenfattende tabel \(Kultur!C4: 1\.500\.000\skr\.\); et ciffer mangler\.$/,
    );
    const diagnosis = result.diagnoses!.find((d) => d.diagnosis.rule === 'digit-typo')!.diagnosis;
    expect([diagnosis.expected, diagnosis.actual]).toEqual(['600000', '60000']);
    // The 2022 total and the whole period's total: one cause.
    expect(item.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['breakdown-mismatch', 'C12'],
      ['breakdown-mismatch', 'F12'],
    ]);
    notListedAlone(result, item);
    expect(result.items!.filter((it) => it.rule === 'breakdown-mismatch')).toEqual([]);
  });

  it('a breakdown that differs from its summary by no single slip gets no typo diagnosis', () => {
    const result = check('Kultur', summaryAndBreakdown(673_000));
    expect(result.items!.some((it) => it.rule === 'digit-typo')).toBe(false);
    expect(result.items!.some((it) => it.rule === 'breakdown-mismatch')).toBe(true);
  });

  it('a breakdown off from its summary in one period is one item, with the whole period under it', () => {
    // 673.000 for 600.000 in 2022: the 2022 total and the whole period's total are both 73.000 kr. over Tabel B.
    const result = check('Kultur', summaryAndBreakdown(673_000));
    const item = only(result, 'breakdown-mismatch');
    expect(item.kind).toBe('diagnosis');
    expect(item.cell).toBe('C12');
    expect(item.findings.map((f) => f.cell)).toEqual(['C12', 'F12']);
    expect(item.message.da).toMatch(/Derfor afviger også hele perioden \(F12\) med 73\.000\skr\.$/);
    notListedAlone(result, item);
  });

  it('a breakdown off in two periods stays two things to look at', () => {
    const grant = summaryAndBreakdown(673_000).map((r) => [...r]);
    // Ungeområdet 2023 also 13.700 over (no single slip), its totals following: 2023 differs as well.
    grant[8][3] = 313_700;
    grant[8][5] = 1_213_700;
    grant[11][3] = 1_513_700;
    grant[11][5] = 6_086_700;
    const result = check('Kultur', grant);
    const cells = result.items!.filter((it) => it.rule === 'breakdown-mismatch').map((it) => it.cell);
    expect(cells).toEqual(['C12', 'D12', 'F12']);
  });

  it('when the summary cell is as likely the slip, both cells are named and it is only possible', () => {
    // 650.000 for 600.000 in the breakdown, or 1.500.000 for 1.550.000 in the summary: one digit either way.
    const result = check('Kultur', summaryAndBreakdown(650_000));
    const item = only(result, 'digit-typo');
    expect(item.cell).toBe('C10');
    expect(item.confidence).toBe('possible');
    expect(item.message.da).toMatch(/^C10 .* er måske en tastefejl/);
    expect(item.message.da).toMatch(/Det kan også være Kultur!C4, der er forkert/);
  });

  it('a slip that several cells of the period could be gives no typo diagnosis', () => {
    // Tabel B says 1.550.000 in 2022 for a right breakdown: 300.000, 600.000 and 600.000 could each be it.
    const result = check('Kultur', summaryAndBreakdown(600_000, 1_550_000));
    expect(result.items!.some((it) => it.rule === 'digit-typo')).toBe(false);
    expect(result.items!.some((it) => it.rule === 'breakdown-mismatch')).toBe(true);
  });

  it('a right breakdown gives no diagnosis', () => {
    expect(check('Bevilling', breakdown(600_000)).items).toEqual([]);
  });

  it('transposed digits in an amount: 6.852.000 for 6.825.000', () => {
    const result = check('EU', euOffice([20, 41, 39], [3_500_000, 7_175_000, 6_852_000]));
    const item = only(result, 'digit-typo');
    expect(item.cell).toBe('C5');
    expect(item.message.da).toMatch(/6\.825\.000\skr\./);
    expect(item.message.da).toContain('to cifre er byttet om');
    expect(item.findings.map((f) => f.rule).sort()).toEqual(['split-mismatch', 'split-unallocated']);
    notListedAlone(result, item);
    expect(result.items!.some((it) => it.rule === 'split-mismatch' || it.rule === 'split-unallocated')).toBe(
      false,
    );
  });

  it('transposed digits in a percent key: 14 for 41', () => {
    const result = check('EU', euOffice([20, 14, 39], [3_500_000, 7_175_000, 6_825_000]));
    const item = only(result, 'digit-typo');
    expect(item.cell).toBe('B4');
    expect(item.message.da).toMatch(/der står 14\s%, men med 41\s%/);
    expect(item.findings.map((f) => f.rule)).toContain('shares-not-100');
    expect(item.findings.filter((f) => f.rule === 'split-mismatch').length).toBeGreaterThanOrEqual(2);
    notListedAlone(result, item);
  });

  it('transposed digits in a population key: the count the amounts imply', () => {
    const pops = TOWNS.map(([, p]) => p);
    const amounts = exactSplit(1_000_000, pops);
    const typed = [...pops];
    typed[2] = 46_918; // Ballerup 49.618 with two digits swapped
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ...TOWNS.map(([name], i): RawValue[] => [name, typed[i], amounts[i]]),
      ['I alt', null, 1_000_000],
    ];
    const result = check('Fordeling', rows);
    const item = only(result, 'digit-typo');
    expect(item.cell).toBe('B4');
    expect(item.message.da).toMatch(/der står 46\.918, men med 49\.618/);
    expect(result.items!.some((it) => it.rule === 'split-mismatch')).toBe(false);
    notListedAlone(result, item);
  });

  it('amounts from rounded shares: one item with the over-allocated sum and the worst row', () => {
    const total = 750_000;
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Andel i pct.', 'Beløb (kr.)'],
      ...TOWNS.map(([name, p]): RawValue[] => {
        const tenths = Math.round((p * 1000) / PEOPLE);
        return [name, p, tenths / 10, (total * tenths) / 1000];
      }),
      ['I alt', PEOPLE, 100, total],
    ];
    const amounts = rows.slice(1, -1).map((r) => r[3] as number);
    const gap = amounts.reduce((a, b) => a + b, 0) - total;
    expect(gap).not.toBe(0);
    const result = check('Fordeling', rows);
    const item = only(result, 'rounded-shares');
    expect(item.confidence).toBe('certain');
    const kr = (n: number) => n.toLocaleString('da-DK');
    expect(item.message.da).toContain(
      gap > 0 ? `${kr(gap)}\u00a0kr. er fordelt for meget` : `${kr(-gap)}\u00a0kr. er ikke fordelt`,
    );
    // The row named as the largest difference is the one that differs most.
    const named = /Størst afvigelse: »[^«]+« i (D\d+), ([\d.]+)\skr\./.exec(item.message.da)!;
    const diffs = item.findings
      .filter((f) => f.rule === 'split-mismatch')
      .map((f) => ({ cell: f.cell, d: Math.abs(Number(f.actual) - Number(f.expected)) }));
    const most = Math.max(...diffs.map((x) => x.d));
    expect(diffs.find((x) => x.cell === named[1])?.d).toBe(most);
    expect(named[2]).toBe(kr(most));
    expect(item.message.da).toContain('kolonne F');
    expect(item.findings.filter((f) => f.rule === 'split-mismatch').length).toBeGreaterThan(5);
    notListedAlone(result, item);
    expect(result.items!.map((it) => it.rule)).toEqual(['rounded-shares']);
    // The exact split is certain here: it is offered as the fix.
    expect(item.fix?.edits.length).toBeGreaterThan(0);
  });

  it('own financing below 50 % in one year: the kroner missing', () => {
    const result = check(
      'Tabel',
      tabelB([1_500_000, 1_500_000, 1_400_000, 1_500_000], [1_500_000, 1_500_000, 1_500_000, 1_500_000]),
    );
    const item = only(result, 'own-financing-short');
    expect(item.cell).toBe('D3');
    expect(item.message.da).toMatch(/mangler 100\.000\skr\. i 2023/);
    expect(item.findings.every((f) => f.rule === 'cofinancing-below-minimum')).toBe(true);
    expect(item.findings.length).toBe(2);
    notListedAlone(result, item);
  });

  it('own financing short in two years: per year and in all', () => {
    const result = check(
      'Tabel',
      tabelB([1_500_000, 1_450_000, 1_400_000, 1_500_000], [1_500_000, 1_500_000, 1_500_000, 1_500_000]),
    );
    const item = only(result, 'own-financing-short');
    expect(item.message.da).toMatch(/50\.000\skr\. i 2022 og 100\.000\skr\. i 2023, i alt 150\.000\skr\./);
  });

  it('a matching shortfall: the amount own financing must add', () => {
    const result = check(
      'Tabel',
      tabelB([1_000_000, 1_000_000, 900_000, 1_000_000], [1_000_000, 1_000_000, 1_000_000, 1_000_000]),
      { matchingRatio: { digits: 1n, scale: 0 }, minOwnShare: { digits: 40n, scale: 0 } },
    );
    const item = only(result, 'matching-short');
    expect(item.message.da).toMatch(/øges med 100\.000\skr\. i 2023/);
    notListedAlone(result, item);
  });

  it('a party counted twice is said once, at the second row', () => {
    const result = check('EU', [
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Gentofte', 50, 500_000],
      ['Gladsaxe', 50, 500_000],
      ['Gentofte', 50, 500_000],
      ['I alt', 100, 1_000_000],
    ]);
    const item = only(result, 'party-counted-twice');
    expect(item.cell).toBe('A4');
    expect(item.message.da).toContain('A2 og i A4');
    expect(result.items!.filter((it) => it.rule === 'duplicate-party')).toEqual([]);
  });

  it('a total counted as a party: the row, and the doubled split it causes', () => {
    const result = check('Fordeling', [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Gentofte', 600, 600_000],
      ['Gladsaxe', 400, 400_000],
      ['Region Hovedstaden', 1000, 1_000_000],
      ['I alt', 2000, 1_000_000],
    ]);
    const item = only(result, 'total-as-party');
    expect(item.cell).toBe('A4');
    expect(item.message.da).toContain('»Region Hovedstaden«');
    expect(result.items!.some((it) => it.rule === 'split-mismatch' || it.rule === 'split-unallocated')).toBe(
      false,
    );
  });

  it('a row outside the total: the total is the sum without the last row', () => {
    const pops = [600, 300, 100];
    const result = check('Fordeling', [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Gentofte', pops[0], 600_000],
      ['Gladsaxe', pops[1], 300_000],
      ['Furesø', pops[2], 100_000],
      ['I alt', 1000, 900_000],
    ]);
    const item = only(result, 'row-outside-total');
    expect(item.cell).toBe('C4');
    expect(item.message.da).toMatch(/Ret totalen til 1\.000\.000\skr\./);
    expect(item.message.da).toContain('slet rækken');
    expect(result.items!.some((it) => it.rule === 'split-mismatch')).toBe(false);
  });

  it('a co-financing row outside the totals: the totals are one row short', () => {
    const rows = tabelB(
      [1_500_000, 1_500_000, 1_500_000, 1_500_000],
      [1_500_000, 1_500_000, 1_500_000, 1_500_000],
    );
    rows.splice(4, 0, ['Kommunernes bidrag', 100_000, 100_000, 100_000, 100_000, 400_000]);
    const result = check('Tabel', rows);
    const item = only(result, 'row-outside-total');
    expect(item.cell).toBe('A5');
    expect(result.items!.some((it) => it.rule === 'total-mismatch')).toBe(false);
  });

  it('a KPI at risk: how far behind the line, and what it takes per month', () => {
    const sample = SAMPLE_SHEETS.find((s) => s.name === 'Resultatmål')!;
    const result = checkWorkbook(snapshot([sheet(sample.name, sample.rows)]), {
      ...PARAMS,
      asOf: '2025-06-30',
    });
    const item = only(result, 'kpi-behind-line');
    expect(item.cell).toBe('F6');
    // From 12.300 to 15.000 by 31.12.2027: 2.700 in 30 months, 90 a month.
    expect(item.message.da).toMatch(/skal der 2\.700 til, 90 om måneden i de 30 måneder/);
    expect(item.message.da).toMatch(/ligger \d[\d.]* under den lige linje/);
    expect(result.items!.some((it) => it.rule === 'kpi-at-risk')).toBe(false);
  });

  it('groups differences without a diagnosis into one item with a count and the largest difference', () => {
    const result = check('Fordeling', [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Gentofte', 500, 520_000],
      ['Gladsaxe', 300, 250_000],
      ['Furesø', 200, 230_000],
      ['I alt', 1000, 1_000_000],
    ]);
    const group = only(result, 'split-mismatch');
    expect(group.kind).toBe('group');
    expect(group.count).toBe(3);
    expect(group.message.da).toMatch(/^3 beløb afviger fra den præcise fordeling, højst 50\.000\skr\.$/);
    expect(group.cell).toBe('C2:C4');
  });
});

describe('the sample workbook', () => {
  const result = checkWorkbook(snapshot(SAMPLE_SHEETS.map((s) => sheet(s.name, s.rows))), {
    ...PARAMS,
    asOf: '2025-06-30',
  });

  it('gives the split table one item for its 29 differences from the exact split', () => {
    const split = result.items!.filter((it) => it.tableId === 'Fordeling!A3');
    const mismatches = split.flatMap((it) => it.findings).filter((f) => f.rule === 'split-mismatch');
    expect(mismatches.length).toBeGreaterThanOrEqual(29);
    const holding = split.filter((it) => it.findings.some((f) => f.rule === 'split-mismatch'));
    expect(holding.map((it) => it.rule)).toEqual(['rounded-shares']);
    expect(holding[0].findings.filter((f) => f.rule === 'split-mismatch')).toHaveLength(mismatches.length);
  });

  it('has one planted error of each kind, each diagnosed', () => {
    const rules = result
      .items!.filter((it) => it.kind === 'diagnosis')
      .map((it) => `${it.rule} ${it.sheet}!${it.cell}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'own-financing-short Kulturaftale!D4',
        'cell-breaks-totals Kulturaftale!C11',
        'rounded-shares Fordeling!D4:D33',
        'party-counted-twice Fordeling!A18',
        'digit-typo Fordeling!C41',
        'total-as-party Fordeling!A52',
        'row-outside-total Fordeling!C60',
        'digit-typo Projekt!C10',
        'kpi-behind-line Resultatmål!F6',
      ]),
    );
    // Every finding is in exactly one item.
    const counted = result.items!.flatMap((it) => it.findings);
    expect(counted).toHaveLength(result.findings.length);
    expect(new Set(counted).size).toBe(result.findings.length);
  });

  it('takes the key total a duplicate or a subtotal row throws off into the diagnosis of that row', () => {
    const cellsOf = (rule: string) =>
      result.items!.find((it) => it.rule === rule)!.findings.map((f) => `${f.rule} ${f.cell}`);
    // Glostrup's 24.214 inhabitants twice: the population in B34 is off by exactly that.
    expect(cellsOf('party-counted-twice')).toEqual(['duplicate-party A18', 'total-mismatch B34']);
    expect(cellsOf('total-as-party')).toContain('total-mismatch B53');
    expect(result.items!.filter((it) => it.rule === 'total-mismatch' && it.sheet === 'Fordeling')).toEqual(
      [],
    );
  });

  it('lists items in table order, then sheet order', () => {
    const tables = result.tables.map((t) => t.id);
    const order = result.items!.map((it) => tables.indexOf(it.tableId ?? ''));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
