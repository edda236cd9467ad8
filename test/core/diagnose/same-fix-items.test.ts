/**
 * A grand total that both its row and its column disagree with by the same amount is one wrong cell: one
 * item to fix, not one per sum that notices it. Findings at one cell that want different values stay apart.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const budget = (grand: number, skoler: number): RawValue[][] => [
  ['Anlægsbudget (mio. kr.)', 'B2026', 'BO1', 'BO2', 'BO3', 'I alt'],
  ['Skolerenovering', 12.5, 20.0, 15.5, 0, skoler],
  ['Ny daginstitution', 0, 8.2, 14.3, 2.1, 24.6],
  ['Veje og broer', 5.5, 5.5, 5.5, 5.5, 22.0],
  ['I alt', 18.0, 33.7, 35.3, 7.6, grand],
];
const check = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('findings that want the same value at one cell', () => {
  it('are one item when a grand total disagrees with its row and its column alike', () => {
    const r = check(budget(95.6, 48.0));
    const at = r.findings.filter((f) => f.cell === 'F5');
    expect(at.length).toBeGreaterThanOrEqual(2);
    const items = r.items!.filter((i) => i.cell === 'F5');
    expect(items).toHaveLength(1);
    expect(items[0].count).toBe(at.length);
    expect(items[0].findings).toEqual(expect.arrayContaining(at));
  });

  it('stay apart when they want different values', () => {
    // Skolerenovering's total is off too: F5's column now wants 96,6 and its row 94,6 mio. kr.
    const r = check(budget(95.6, 50.0));
    const wanted = r.findings.filter((f) => f.cell === 'F5').map((f) => f.expected);
    expect(new Set(wanted).size).toBe(2);
    expect(r.items!.filter((i) => i.cell === 'F5')).toHaveLength(2);
    expect(r.items!.reduce((n, i) => n + i.count, 0)).toBe(r.findings.length);
  });
});
