/**
 * Header areas and total rows as finance staff lay out the seed tables (Tabel B and Bilag 4 of the culture
 * agreement, Bilag 4.1's split): headers over two or three rows with merged group titles, a unit row under the
 * years, the total row first or last whatever its label, and two total rows that disagree.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { parseA1Range } from '../../../src/core/grid/a1';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import { findTables } from '../../../src/core/reader/find-tables';
import type { ApportionmentLayout, CofinancingLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';

const grid = (rows: RawValue[][], merges: string[] = []): SheetGrid => ({
  ...gridFromRows('Ark1', rows),
  merges: merges.map((m) => parseA1Range(m)!),
});
const run = (g: SheetGrid): CheckResult => checkWorkbook(snapshot([g]), PARAMS);
const only = <T>(g: SheetGrid): T => {
  const { tables } = findTables([g]);
  expect(tables).toHaveLength(1);
  return tables[0] as T;
};
const errors = (r: CheckResult) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.cell}`);
const verdicts = (r: CheckResult) => (r.verdicts ?? []).map((v) => v.verdict);

/** Bilag 4 "Årlig statslig bevilling til indsatsområder 2021-24", typed with the source as a merged group title. */
function bilag4Merged(musikTotal = 2_400_000): RawValue[][] {
  return [
    ['Indsatsområde', 'Statslig bevilling (kr.)', null, null, null, 'I alt'],
    [null, 2021, 2022, 2023, 2024, null],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
    ['Musikområdet', 600_000, 600_000, 600_000, 600_000, musikTotal],
    ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ];
}
const BILAG4_MERGES = ['A1:A2', 'B1:E1', 'F1:F2'];

describe('header areas of two or three rows with merged group titles', () => {
  it('reads "I alt" merged down beside a group title as the total column', () => {
    const t = only<CofinancingLayout>(grid(bilag4Merged(), BILAG4_MERGES));
    expect(t.kind).toBe('cofinancing');
    expect(t.periodCols.map((p) => p.col)).toEqual([1, 2, 3, 4]);
    expect(t.totalCol).toBe(5);
    expect(t.range.top).toBe(0);
    expect(t.sourceRows.map((s) => s.type)).toEqual(['area', 'area', 'area']);
  });

  it('checks the row totals under a merged header: Musikområdet 2.500.000 against 2.400.000', () => {
    const r = run(grid(bilag4Merged(2_500_000), BILAG4_MERGES));
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'F4');
    expect(f).toMatchObject({ expected: '2400000', actual: '2500000' });
    expect(verdicts(r)).toEqual(['errors']);
  });

  it('gives the merged table with right totals no error', () => {
    const r = run(grid(bilag4Merged(), BILAG4_MERGES));
    expect(errors(r)).toEqual([]);
    expect(verdicts(r)).toEqual(['ok']);
  });

  it('joins three header rows: a group over the years, the source under it, the years last', () => {
    const rows: RawValue[][] = [
      ['Indsatsområde', 'Kulturaftale 2021-24 (2020-tal)', null, null, null],
      [null, 'Statslig bevilling', null, null, 'I alt'],
      [null, 2021, 2022, 2023, null],
      ['Ungeområdet', 300_000, 300_000, 300_000, 900_000],
      ['Musikområdet', 600_000, 600_000, 600_000, 1_900_000],
      ['I alt', 900_000, 900_000, 900_000, 2_700_000],
    ];
    const g = grid(rows, ['A1:A3', 'B1:E1', 'B2:D2', 'E2:E3']);
    const t = only<CofinancingLayout>(g);
    expect(t.totalCol).toBe(4);
    expect(t.range.top).toBe(0);
    expect(errors(run(g))).toEqual(['total-mismatch@E5']);
  });

  it('keeps a title line above the header out of the header area', () => {
    const rows: RawValue[][] = [
      ['Årlig statslig bevilling til indsatsområder 2021-24'],
      ...bilag4Merged().map((row) => row.slice()),
    ];
    const t = only<CofinancingLayout>(grid(rows, ['A2:A3', 'B2:E2', 'F2:F3']));
    expect(t.range.top).toBe(1);
    expect(t.title).toBe('Årlig statslig bevilling til indsatsområder 2021-24');
    expect(t.totalCol).toBe(5);
  });
});

describe('a unit row under the years', () => {
  const rows = (own2023: number): RawValue[][] => [
    ['Finansiering', 2021, 2022, 2023, 'I alt'],
    [null, 't.kr.', 't.kr.', 't.kr.', 't.kr.'],
    ['Kulturregionens egenfinansiering', 1_500, 1_500, own2023, 4_500],
    ['Statens medfinansiering', 1_500, 1_500, 1_500, 4_500],
    ['I alt', 3_000, 3_000, 3_000, 9_000],
  ];

  it('is part of the header, not a row of numbers that cannot be read', () => {
    const t = only<CofinancingLayout>(grid(rows(1_500)));
    expect(t.sourceRows.map((s) => s.row)).toEqual([2, 3]);
    const r = run(grid(rows(1_500)));
    expect(r.findings.filter((f) => f.rule === 'not-a-number')).toEqual([]);
    expect(verdicts(r)).toEqual(['ok']);
  });

  it('still lets the totals under it be checked', () => {
    expect(errors(run(grid(rows(1_400))))).toEqual(expect.arrayContaining(['total-mismatch@E3']));
  });

  it('is read the same under a split', () => {
    const split: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Beløb'],
      [null, 'antal', 'kr.'],
      ['Helsingør', 64_012, 137_833],
      ['Hillerød', 53_211, 114_576],
      ['Fredensborg', 41_389, 89_120],
      ['I alt', 158_612, 341_529],
    ];
    const t = only<ApportionmentLayout>(grid(split));
    expect(t.dataRows).toEqual([2, 3, 4]);
    expect(t.totalRow).toBe(5);
  });
});

describe('a split with its header over two rows', () => {
  const NORTH: RawValue[][] = [
    ['Helsingør', 64_012, 137_834],
    ['Hillerød', 53_211, 114_577],
    ['Fredensborg', 41_389, 89_121],
    ['Gribskov', 41_922, 90_268],
    ['Halsnæs', 31_673, 68_200],
  ];
  const decisions = (r: CheckResult) => r.readings![0].decisions.map((d) => `${d.cells}: ${d.because.da}`);

  it('reads the column names under a merged group title, not as a row of data', () => {
    const g = grid(
      [
        ['Kommune', 'Fordeling efter indbyggertal', null],
        [null, 'Indbyggere', 'Beløb (kr.)'],
        ...NORTH,
        ['I alt', 232_207, 500_000],
      ],
      ['A1:A2', 'B1:C1'],
    );
    const t = only<ApportionmentLayout>(g);
    expect([t.keyCol, t.amountCol, t.dataRows[0]]).toEqual([1, 2, 2]);
    const r = run(g);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(decisions(r)).toEqual(
      expect.arrayContaining(['B1: nøglen er »Indbyggere« (antal)', 'C1: beløbene i »Beløb (kr.)«']),
    );
  });

  it('reads the date of the population and the unit under the names as part of the header', () => {
    const g = grid([
      ['Kommune', 'Indbyggere', 'Beløb'],
      [null, '1. januar 2025', 'kr.'],
      ...NORTH,
      ['I alt', 232_207, 500_000],
    ]);
    const r = run(g);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(decisions(r)).toContain('C1: beløbene i »Beløb«');
  });
});

describe('total rows in a co-financing table, first or last, whatever their label', () => {
  /** Tabel B with the total row typed first, as some finance staff put the sum above its parts. */
  const tabelBTotalFirst = (state2023: number): RawValue[][] => [
    [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
    ['I alt', 3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
    ['Kulturregionens egenfinansiering', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
    ['Statens medfinansiering', 1_500_000, 1_500_000, state2023, 1_500_000, 4_500_000 + state2023],
  ];

  it('reads "I alt" first as the total and keeps the sources under it', () => {
    const t = only<CofinancingLayout>(grid(tabelBTotalFirst(1_500_000)));
    expect(t.totalRow).toBe(1);
    expect(t.sourceRows.map((s) => s.type)).toEqual(['own', 'state']);
    expect(t.range.bottom).toBe(3);
    expect(verdicts(run(grid(tabelBTotalFirst(1_500_000))))).toEqual(['ok']);
  });

  it('catches a part changed without the total above it', () => {
    const r = run(grid(tabelBTotalFirst(1_400_000)));
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'D2');
    expect(f).toMatchObject({ expected: '2900000', actual: '3000000' });
  });

  it('finds a last row with no total word by its arithmetic', () => {
    const rows: RawValue[][] = [
      ['Kilde', 2021, 2022, 2023, 2024],
      ['Kulturregionens egenfinansiering', 1_500_000, 1_500_000, 1_500_000, 1_500_000],
      ['Statens medfinansiering', 1_500_000, 1_500_000, 1_500_000, 1_500_000],
      ['Kulturmetropolen 2021-24', 3_000_000, 3_000_000, 3_000_000, 3_000_000],
    ];
    const t = only<CofinancingLayout>(grid(rows));
    expect(t.totalRow).toBe(3);
    expect(t.sourceRows).toHaveLength(2);
  });

  it('finds a last row with no label whose own total cell is the one typed wrong', () => {
    // One year and its I alt column: 18.100.000 breaks its row and its column by the same 700.000 kr.
    const rows: RawValue[][] = [
      ['Finansieringskilde', 2026, 'I alt'],
      ['Egne midler', 9_700_000, 9_700_000],
      ['Private bidrag', 3_000_000, 3_000_000],
      ['Statsligt tilskud', 1_500_000, 1_500_000],
      ['Puljemidler', 3_200_000, 3_200_000],
      [null, 17_400_000, 18_100_000],
    ];
    expect(only<CofinancingLayout>(grid(rows)).totalRow).toBe(5);
    // Own financing is 9,7 of 17,4 mio. kr., above half: the one error is the total cell.
    expect(errors(run(grid(rows)))).toEqual(['total-mismatch@C6']);
  });

  it('never takes own financing that matches the others krone for krone for a total', () => {
    const rows: RawValue[][] = [
      ['Kilde', 2025, 2026],
      ['Statstilskud', 300_000, 300_000],
      ['Fondsmidler', 200_000, 200_000],
      ['Egenfinansiering', 500_000, 500_000],
    ];
    const t = only<CofinancingLayout>(grid(rows));
    expect(t.totalRow).toBeNull();
    expect(t.sourceRows.map((s) => s.type)).toEqual(['state', 'private', 'own']);
  });

  it('checks a subtotal "Kommuner i alt" against the municipalities above it, and the total against the sources', () => {
    const rows = (kommuner2026: number): RawValue[][] => [
      ['Part', 2026, 2027, 'I alt'],
      ['Gentofte', 150_000, 150_000, 300_000],
      ['Gladsaxe', 140_000, 140_000, 280_000],
      ['Kommuner i alt', kommuner2026, 290_000, kommuner2026 + 290_000],
      ['Region Hovedstaden', 250_000, 250_000, 500_000],
      ['Finansiering i alt', 540_000, 540_000, 1_080_000],
    ];
    const t = only<CofinancingLayout>(grid(rows(290_000)));
    expect(t.totalRow).toBe(5);
    expect(t.sourceRows.map((s) => s.row)).toEqual([1, 2, 4]);
    expect(errors(run(grid(rows(290_000))))).toEqual([]);
    const r = run(grid(rows(300_000)));
    expect(r.findings.find((f) => f.cell === 'B4')).toMatchObject({
      rule: 'total-mismatch',
      expected: '290000',
      actual: '300000',
    });
  });

  it('checks a total first and a total last against the same parts', () => {
    const rows: RawValue[][] = [
      ['Finansiering', 2025, 2026],
      ['I alt', 1_100_000, 1_150_000],
      ['Kommunens egenfinansiering', 600_000, 600_000],
      ['Statstilskud', 500_000, 500_000],
      ['I alt', 1_100_000, 1_100_000],
    ];
    expect(errors(run(grid(rows)))).toEqual(['total-mismatch@C2']);
  });
});

describe('a total column with no total word', () => {
  /** Bilag 4's state grant per focus area, with the last column headed as finance staff also head it. */
  const bilag4 = (totalHeader: RawValue, musikTotal = 2_400_000): RawValue[][] => [
    ['Indsatsområde', 2021, 2022, 2023, 2024, totalHeader],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
    ['Musikområdet', 600_000, 600_000, 600_000, 600_000, musikTotal],
    ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ];

  it('reads "2021-24" beside the four years as their total, not a fifth period', () => {
    const t = only<CofinancingLayout>(grid(bilag4('2021-24')));
    expect(t.periodCols.map((p) => p.label)).toEqual(['2021', '2022', '2023', '2024']);
    expect(t.totalCol).toBe(5);
    expect(errors(run(grid(bilag4('2021-24', 2_500_000))))).toEqual(['total-mismatch@F3']);
  });

  it('reads "Hele perioden" as the total column because each row sums to it', () => {
    const t = only<CofinancingLayout>(grid(bilag4('Hele perioden')));
    expect(t.totalCol).toBe(5);
    expect(errors(run(grid(bilag4('Hele perioden', 2_500_000))))).toEqual(['total-mismatch@F3']);
  });

  it('keeps the column as the total when one period cell breaks its row and its period alike', () => {
    // Tabel B under words no list holds: egenfinansiering 2023 typed 1.600.000, both totals say 1.500.000.
    const rows: RawValue[][] = [
      ['Data', 2021, 2022, 2023, 2024, 'Beregnet'],
      ['Kulturregionens egenfinansiering', 1_500_000, 1_500_000, 1_600_000, 1_500_000, 6_000_000],
      ['Statens medfinansiering', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
      ['I alt', 3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
    ];
    expect(only<CofinancingLayout>(grid(rows)).totalCol).toBe(5);
    const r = run(grid(rows));
    expect(r.diagnoses!.map((d) => d.diagnosis.cell)).toEqual(['D2']);
  });

  it('reads one year beside a column that sums it, where the total row agrees and one cell is typed wrong', () => {
    const rows: RawValue[][] = [
      ['Finansieringsplan'],
      ['Værdi', 2027, 'Kolonne B'],
      ['Regionens egenfinansiering', 350_000, 550_000],
      ['Fondsmidler', 0, 0],
      ['I alt', 350_000, 350_000],
    ];
    expect(only<CofinancingLayout>(grid(rows)).totalCol).toBe(2);
    expect(errors(run(grid(rows)))).toEqual(['total-mismatch@C3']);
  });

  it('reads an accounting negative typed as text, "(300.000)", as minus in the sums that find the total', () => {
    const rows: RawValue[][] = [
      ['Data', 2025, 'Opgørelse'],
      ['Egne midler', 2_100_000, 1_200_000],
      ['Puljemidler', 0, 0],
      ['Tilbageført til puljen', '(300.000)', '(300.000)'],
      ['I alt', 900_000, 900_000],
    ];
    const t = only<CofinancingLayout>(grid(rows));
    expect([t.totalCol, t.totalRow]).toEqual([2, 4]);
    // 2.100.000 against 1.200.000 in its row and 900.000 under its year: the one cell to fix is B2.
    const r = run(grid(rows));
    expect(r.diagnoses!.map((d) => d.diagnosis.cell)).toEqual(['B2']);
  });

  it('leaves a column that is not the sum of the periods alone', () => {
    const rows = bilag4('Antal aktiviteter').map((row, i) => (i === 0 ? row : [...row.slice(0, 5), 4 + i]));
    const t = only<CofinancingLayout>(grid(rows));
    expect(t.totalCol).toBeNull();
  });
});

describe('total rows of a split: every figure a total shows is checked', () => {
  const NORTH: [string, number, number][] = [
    ['Helsingør', 64_012, 137_834],
    ['Hillerød', 53_211, 114_577],
    ['Fredensborg', 41_389, 89_121],
    ['Gribskov', 41_922, 90_268],
    ['Halsnæs', 31_673, 68_200],
  ];
  const POP = NORTH.reduce((s, [, p]) => s + p, 0);
  const head: RawValue[] = ['Kommune', 'Indbyggere', 'Beløb (kr.)'];
  const parts = () => NORTH.map((r) => [...r] as RawValue[]);

  it('catches a typo in the population of a total row first', () => {
    const r = run(grid([head, ['I alt', POP + 100, 500_000], ...parts()]));
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'B2');
    expect(f).toMatchObject({ expected: String(POP), actual: String(POP + 100) });
    expect(f!.message.da).toMatch(/232\.307/);
    expect(verdicts(r)).toEqual(['errors']);
  });

  it('catches the same typo in a total row last', () => {
    const r = run(grid([head, ...parts(), ['Total', POP + 100, 500_000]]));
    expect(errors(r)).toContain('total-mismatch@B7');
  });

  it('checks the region row first and "I alt" last when they disagree', () => {
    const r = run(grid([head, ['Region Hovedstaden', POP, 505_000], ...parts(), ['I alt', POP, 500_000]]));
    const f = r.findings.find((x) => x.cell === 'C2' && x.severity === 'error');
    expect(f).toMatchObject({ rule: 'total-mismatch', expected: '500000', actual: '505000' });
    expect(verdicts(r)).not.toContain('ok');
  });

  it('says the second total is a total too in its reading, and is quiet when both agree', () => {
    const r = run(grid([head, ['Region Hovedstaden', POP, 500_000], ...parts(), ['I alt', POP, 500_000]]));
    expect(errors(r)).toEqual([]);
    const t = r.tables[0] as ApportionmentLayout;
    expect(t.dataRows).toHaveLength(5);
    const roles = r.readings![0].decisions.map((d) => `${d.role}:${d.cells}`);
    expect(roles).toEqual(expect.arrayContaining(['total-row:A8', 'other-total-row:A2']));
  });
});
