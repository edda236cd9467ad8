/**
 * A financing plan whose total row and total column carry words Fordel does not know ("Samlet finansiering",
 * "Opgørelse"), with the slip in the total row's own year cell: that one cell breaks its year's sum and its
 * row's sum by the same amount, so the sums still say which line and column are the totals, and the slip is an
 * error at its cell, not a table read as fine with the total line counted as a source.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

function plan(total2028: number): RawValue[][] {
  return [
    ['Finansieringsplan'],
    ['Beregnet', 2026, 2027, 2028, 'Opgørelse'],
    ['Egne midler', 2_200_000, 2_800_000, 1_100_000, 6_100_000],
    ['EU-midler (ERDF)', 700_000, 1_700_000, 0, 2_400_000],
    ['Samlet finansiering', 2_900_000, 4_500_000, total2028, 8_500_000],
  ];
}

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('a slip in the total row of a plan whose totals have no known words', () => {
  it('is an error at its cell with the sum of the sources', () => {
    const r = check(plan(2_000_000));
    expect(r.verdicts![0].verdict).toBe('errors');
    const atSlip = r.findings.filter((f) => f.cell === 'D5' && f.severity === 'error');
    expect(atSlip.map((f) => [f.expected, f.actual])).toEqual([['1100000', '2000000']]);
  });

  it('reads the last line and the last column as the totals', () => {
    const t = check(plan(2_000_000)).tables[0];
    expect(t).toMatchObject({ kind: 'cofinancing', totalRow: 4, totalCol: 4 });
  });
});
