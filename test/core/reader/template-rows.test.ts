/**
 * A plan by year with template lines left blank (no name, formulas that show nothing) and a total row: the blank lines are no
 * missing amounts. A blank in a named line is still where a missing amount belongs, and a total that is less
 * than its filled parts is reported on the total, not on every empty cell.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const rulesAt = (r: ReturnType<typeof run>, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => f.cell);

const plan = (total2026: number): RawValue[][] => [
  ['Projekt', 2025, 2026, 2027, 'I alt'],
  ['Nye bænke', 20_000, null, null, 20_000],
  ['Solceller', null, 100_000, null, 100_000],
  ['Bådrampe', null, null, 75_000, 75_000],
  // Formulas that show nothing (="") keep the template lines inside the table.
  [null, '', '', '', 0],
  [null, '', '', '', 0],
  [null, '', '', '', 0],
  ['I alt', 20_000, total2026, 75_000, 195_000],
];

describe('blank template lines in a plan by year', () => {
  it('gives no findings when the totals add up', () => {
    const r = run(plan(100_000));
    expect(r.tables[0]?.kind).toBe('cofinancing');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('looks for a missing amount in the named lines only, never in unused ones', () => {
    const r = run(plan(150_000));
    const missing = rulesAt(r, 'missing-value');
    expect(missing).toEqual(expect.arrayContaining(['C2', 'C4']));
    expect(missing.filter((c) => ['C5', 'C6', 'C7'].includes(c))).toEqual([]);
  });

  it('reports a total below its filled parts once, on the total', () => {
    const r = run(plan(0));
    expect(rulesAt(r, 'missing-value')).toEqual([]);
    expect(rulesAt(r, 'total-mismatch')).toContain('C8');
  });

  it('still points at the empty cell of a named line when the total needs it', () => {
    const r = run([
      ['Kilde', 2025, 2026, 'I alt'],
      ['Egenfinansiering', 500_000, 500_000, 1_000_000],
      ['Statens medfinansiering', 500_000, null, 1_000_000],
      [null, null, null, null],
      ['I alt', 1_000_000, 1_000_000, 2_000_000],
    ]);
    expect(rulesAt(r, 'missing-value')).toContain('C3');
  });
});

describe('a pivot table with the measure names under each year', () => {
  it('reads "Sum of Cost" and "Sum of Revenue" as header words, not as amounts', () => {
    const r = run([
      [null, 'Year', 'Values', null, null],
      [null, 2005, null, 2006, null],
      ['Category', 'Sum of Cost', 'Sum of Revenue', 'Sum of Cost', 'Sum of Revenue'],
      ['Books', 889_017, 1_140_362.5, 1_025_796, 1_320_585.375],
      ['Electronics', 13_114_909, 15_883_893, 15_910_763, 19_299_870],
      ['Movies', 768_187, 823_227.875, 961_323, 1_032_390.813],
    ]);
    expect(r.findings.filter((f) => f.rule === 'not-a-number')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
