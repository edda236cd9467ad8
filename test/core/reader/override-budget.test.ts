/**
 * A correction of a budget: the label and code columns, the amount columns, the column of the year's budget
 * and the lines that are sums ("i alt"); the check then reads the budget with them.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { emptySettings } from '../../../src/core/output/plan';
import { layoutToOverride } from '../../../src/core/reader/overrides';
import type { BudgetLayout, LayoutOverride } from '../../../src/core/tables/layout';

const params = { lang: 'da' as const, asOf: '2026-06-30', unit: 100n, total: null, minOwnShare: decimal(50) };

function check(rows: RawValue[][], override?: LayoutOverride) {
  const settings = { ...emptySettings(), overrides: override ? [override] : [] };
  return checkWorkbook({ sheets: [gridFromRows('Ark1', rows)], sheetNames: ['Ark1'], settings }, params);
}

const serious = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);

describe('correcting a budget', () => {
  // Read as co-financing on its own (a budget reading breaks four sums at "Tilskud netto"): the user says budget.
  const plain: RawValue[][] = [
    ['Hovedkonto', 'Regnskab 2025', '2026', 'Forventet regnskab 2026', 'Afvigelse'],
    ['Løn', 900, 1000, 950, 50],
    ['Drift', 400, 500, 520, -20],
    ['Husleje', 120, 120, 120, 0],
    ['Tilskud netto', 300, 300, 300, 10],
  ];
  const asBudget: LayoutOverride = { sheet: 'Ark1', range: 'A1:E5', kind: 'budget' };
  const budgetOf = (o: LayoutOverride) => check(plain, o).tables[0] as BudgetLayout;

  it('round-trips: the override names the columns and sums as the reader had them', () => {
    const t = budgetOf(asBudget);
    expect(t).toMatchObject({ kind: 'budget', source: 'override', labelCol: 0 });
    const o = layoutToOverride(t);
    expect(o.columns).toEqual({ label: 'A', amounts: 'B,C,D,E' });
    expect(o.subtotalRows).toEqual([4]);
    expect(o).not.toHaveProperty('totalRow');
    const again = budgetOf(o);
    expect(again.columns).toEqual(t.columns);
    expect(again.lines).toEqual(t.lines);
  });

  it('a line the words took for a sum stops being one when the user unmarks it', () => {
    const o = layoutToOverride(budgetOf(asBudget));
    expect(serious(check(plain, o))).toContain('budget-total-mismatch B5');
    const unmarked = { ...o, subtotalRows: [] };
    expect(budgetOf(unmarked).lines.every((l) => !l.total && l.parent === null)).toBe(true);
    expect(serious(check(plain, unmarked))).toEqual([]);
    // And a line marked as a sum is one: "Husleje" is then the sum of the lines above it, and wrong.
    expect(serious(check(plain, { ...o, subtotalRows: [3] }))).toContain('budget-total-mismatch B4');
  });

  it('the column the user names as the budget year is what the deviation is reckoned from', () => {
    const o = { ...layoutToOverride(budgetOf(asBudget)), subtotalRows: [] };
    const after = check(plain, { ...o, columns: { ...o.columns, budget: 'C' } });
    expect((after.tables[0] as BudgetLayout).columns.find((c) => c.col === 2)?.role).toBe('budget');
    // 300 - 300 is 0, not the 10 typed in E5.
    expect(serious(after)).toEqual(['budget-derived-mismatch E5']);
  });

  it('reads only the amount columns the user names', () => {
    const o = layoutToOverride(budgetOf(asBudget));
    expect(budgetOf({ ...o, columns: { ...o.columns, amounts: 'B,C' } }).columns.map((c) => c.col)).toEqual([
      1, 2,
    ]);
  });
});
