/**
 * A budget written "Udgifter | Indtægter | Netto": the headings name no budget column, but the numbers say the
 * net is costs plus income (income as minus) or costs less income (income typed plain). It is read as a
 * budget with the net derived from the other two, so a net or a cost typed wrong is found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);
const loudItems = (r: ReturnType<typeof check>) => r.items!.filter((i) => i.severity !== 'info');

/** Income as minus (sign -1) or typed plain and subtracted (sign 1). */
function netBudget(sign: 1 | -1): RawValue[][] {
  const line = (label: string, costs: number, income: number): RawValue[] => [
    label,
    costs,
    sign * income,
    costs - income,
  ];
  return [
    ['Driftsbudget 2026 (kr.)', 'Udgifter', 'Indtægter', 'Netto'],
    line('Administration', 1_200_000, 200_000),
    line('Drift af bygninger', 800_000, 50_000),
    line('Aktiviteter', 400_000, 400_000),
    line('I alt', 2_400_000, 650_000),
  ];
}

describe('a budget of costs, income and net', () => {
  it('is read as a budget and a correct one gives nothing', () => {
    for (const sign of [1, -1] as const) {
      const r = check(netBudget(sign));
      expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('finds a net typed wrong with income as minus, the net total left alone', () => {
    const rows = netBudget(-1);
    rows[2][3] = 705_000; // 800.000 - 50.000 is 750.000: two digits swapped
    const r = check(rows);
    expect(loud(r)).toEqual(['budget-derived-mismatch@D3']);
    expect(r.findings.find((f) => f.cell === 'D3')?.expected).toBe('750000');
  });

  it('finds a net typed wrong with income typed plain, as one item with the net total', () => {
    const rows = netBudget(1);
    rows[2][3] = 705_000;
    const items = loudItems(check(rows));
    expect(items.map((i) => i.cell)).toEqual(['D3']);
    expect(items[0].findings.map((f) => f.cell).sort()).toEqual(['D3', 'D5']);
  });

  it('names a cost typed wrong where its line and its column cross', () => {
    const rows = netBudget(-1);
    rows[1][1] = 1_250_000; // the net and the I alt line are typed from 1.200.000
    const items = loudItems(check(rows));
    expect(items.map((i) => i.cell)).toEqual(['B2']);
    expect(items[0].findings.map((f) => f.cell).sort()).toEqual(['B5', 'D2']);
  });
});
