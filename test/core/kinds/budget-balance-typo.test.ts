/**
 * A project budget whose cost total (or financing total) is typed wrong: the typo and the imbalance it makes
 * are one thing to fix, one item at the total, when the items' sum is what the other side says.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loudItems = (r: ReturnType<typeof check>) => r.items!.filter((i) => i.severity !== 'info');

function project(costs: number, financing: number): RawValue[][] {
  return [
    ['Budget 2026 (kr.)'],
    ['Post', 'Beløb'],
    ['Løn', 800_000],
    ['Drift', 150_000],
    ['Evaluering', 50_000],
    ['Udgifter i alt', costs],
    ['Tilskud fra puljen', 600_000],
    ['Egenfinansiering', 400_000],
    ['Finansiering i alt', financing],
  ];
}

describe('a project budget with one total typed wrong', () => {
  it('gives one item at the cost total, the imbalance in it', () => {
    const r = check(project(1_100_000, 1_000_000));
    const items = loudItems(r);
    expect(items.map((i) => i.cell)).toEqual(['B6']);
    expect(items[0].findings.map((f) => f.rule).sort()).toEqual([
      'budget-total-mismatch',
      'budget-unbalanced',
    ]);
    expect(items[0].message.da).toContain('balancerer budgettet også');
  });

  it('gives one item at the financing total when that is the one typed wrong', () => {
    const items = loudItems(check(project(1_000_000, 1_010_000)));
    expect(items.map((i) => i.cell)).toEqual(['B9']);
    expect(items[0].count).toBe(2);
  });

  it('keeps two items when the items do not explain the imbalance', () => {
    // The financing is short as well: fixing the cost total leaves the budget unbalanced.
    const rows = project(1_100_000, 950_000);
    rows[7][1] = 350_000;
    expect(loudItems(check(rows))).toHaveLength(2);
  });
});
