/**
 * Tables from ordinary workbooks that are no split: a lookup list with a "%" column, measurements without a
 * header row, a "Name" column of numbers. They are left alone (at most an info finding), while a split with
 * names that are no Danish parties still gets its findings when its numbers agree.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const serious = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity !== 'info');
const splits = (r: ReturnType<typeof run>) => r.tables.filter((t) => t.kind === 'apportionment');

describe('ordinary tables are not splits', () => {
  it('leaves a lookup list whose "%" column sums to 31 % alone', () => {
    const rows: RawValue[][] = [['Name & Number', 'Some Total', 'A factor', '% of something', '%*factor']];
    const pct = [0.031, 0.052, 0.018, 0.044, 0.027, 0.061, 0.039, 0.05];
    pct.forEach((p, i) =>
      rows.push([`name${i + 1} - ${101 + i}`, 1000 + 37 * i, 3 + (i % 4), p, p * (3 + i)]),
    );
    const r = run(rows);
    expect(splits(r)).toEqual([]);
    expect(serious(r)).toEqual([]);
  });

  it('does not take a row of measurements for the header of a split', () => {
    const r = run([
      ['M 13', null, 23.5, 24],
      ['NQ 13', null, 25.5, 26],
      ['U 13', null, 23.25, 24],
      ['Q4 13', null, 25.5, 26.15],
      ['Cal 2013', null, 25.565, 26.126],
    ]);
    expect(splits(r)).toEqual([]);
    expect(serious(r)).toEqual([]);
  });

  it('does not read a "Name" column of numbers as parties', () => {
    const r = run([
      ['Name', 'Role', 'Age', 'City'],
      [12, 13, 14, 15],
      [13, 14, 15, 16],
      [14, 15, 16, 17],
      [15, 16, 17, 18],
      [16, 17, 18, 19],
      [17, 18, 19, 20],
    ]);
    expect(splits(r)).toEqual([]);
    expect(serious(r)).toEqual([]);
  });

  it('leaves a "Percent | Number" table with one row and a header over three rows alone', () => {
    const r = run([
      ['Region', 'Percent', 'Number', 'Median'],
      [null, 'of Hires', 'of Hires(1)', 'Monthly'],
      [null, null, null, 'Salary(2)'],
      ['United States', 0.78, 424, 7550],
    ]);
    expect(serious(r)).toEqual([]);
  });
});

describe('splits whose names are no Danish parties keep their findings', () => {
  it('reports shares that sum to 95 % in a split between partners', () => {
    const r = run([
      ['Partner', 'Andel (%)', 'Beløb (kr.)'],
      ['Erhvervshus Nord', 50, 500_000],
      ['Erhvervshus Syd', 30, 300_000],
      ['Erhvervshus Øst', 15, 150_000],
    ]);
    expect(splits(r)).toHaveLength(1);
    expect(r.findings.some((f) => f.rule === 'shares-not-100')).toBe(true);
  });

  it('reports a share typed ten times too big when the total row says 100', () => {
    const r = run([
      ['Partner', 'Andel (%)', 'Beløb (kr.)'],
      ['Erhvervshus Nord', 250, 250_000],
      ['Erhvervshus Syd', 35, 350_000],
      ['Erhvervshus Øst', 40, 400_000],
      ['I alt', 100, 1_000_000],
    ]);
    expect(splits(r)).toHaveLength(1);
    expect(serious(r).length).toBeGreaterThan(0);
  });

  it('reports an amount that does not follow the key when most rows do', () => {
    const r = run([
      ['Partner', 'Nøgle (antal)', 'Beløb (kr.)'],
      ['Nord', 120, 120_000],
      ['Syd', 300, 300_000],
      ['Øst', 80, 95_000],
      ['Vest', 500, 500_000],
    ]);
    expect(splits(r)).toHaveLength(1);
    expect(r.findings.some((f) => f.rule === 'split-mismatch' && f.cell === 'C4')).toBe(true);
  });
});
