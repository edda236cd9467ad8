/**
 * Quarters with each year's total between them ("1. kvt. 2026 | 2. kvt. 2026 | I alt 2026 | 1. kvt. 2027 ...
 * | I alt"): the year totals are checked against their quarters, the last "I alt" is the table's total column,
 * and a correct table is not read as one whose sums all fail.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function rows(): RawValue[][] {
  return [
    ['Finansieringsplan'],
    [
      'Kilde',
      '1. kvt. 2026',
      '2. kvt. 2026',
      'I alt 2026',
      '1. kvt. 2027',
      '2. kvt. 2027',
      'I alt 2027',
      'I alt',
    ],
    ['Egenfinansiering', 100_000, 150_000, 250_000, 120_000, 130_000, 250_000, 500_000],
    ['Statens pulje', 80_000, 120_000, 200_000, 100_000, 100_000, 200_000, 400_000],
    ['I alt', 180_000, 270_000, 450_000, 220_000, 230_000, 450_000, 900_000],
  ];
}
const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);

describe("each year's total between the quarters", () => {
  it('gives a correct table a verdict and no finding, and says which columns are year totals', () => {
    const r = run(rows());
    expect(r.findings).toEqual([]);
    const decisions = r.readings![0].decisions;
    expect(decisions.find((d) => d.role === 'total-col')?.cells).toBe('H2');
    expect(decisions.find((d) => d.role === 'period-subtotal-cols')?.cells).toBe('D2, G2');
  });

  it("names a wrong year total at its cell, against that year's quarters", () => {
    const r0 = rows();
    r0[3][3] = 210_000;
    const r = run(r0);
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual, f.related])).toEqual([
      ['total-mismatch', 'D4', '200000', '210000', ['B4:C4']],
    ]);
  });
});
