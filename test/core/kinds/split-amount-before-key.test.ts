/**
 * A split's amounts typed left of its key of shares, with no header: "Regioner | 3.109.200 | 20". The shares
 * sum to 100 and the amounts follow them, so the arithmetic says which column is which, whatever their order.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function split(regioner: number): RawValue[][] {
  return [
    ['Fordeling af fælles udgifter efter indbyggertal'],
    ['Regioner', regioner, 20],
    ['Erhvervsorganisationer', 3_420_120, 22],
    ['Staten', 4_508_340, 29],
    ['Kommuner', 4_508_340, 29],
    ['I alt', 15_546_000, 100],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.cell, f.expected, f.actual].join(' '));

describe('amounts before the key of shares', () => {
  it('reads the split with the amounts in the column left of the key', () => {
    const r = run(split(3_109_200));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: 'apportionment', keyCol: 2, amountCol: 1 });
    expect(said(r)).toEqual([]);
  });

  it('finds the amount typed wrong', () => {
    expect(said(run(split(3_114_200)))).toContain('split-mismatch B2 3109200 3114200');
  });
});
