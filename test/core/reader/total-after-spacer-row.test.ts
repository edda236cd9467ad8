/**
 * A total line after a blank row, with no label (found by the metamorphic generator: tabel-b-total-2022 with a
 * blank line before its unlabelled total). The figures say it is the total: every column above sums to it
 * but the one with the typo. Left out, its wrong total was judged correct.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (total2022: number, after: RawValue[][] = []): RawValue[][] => [
  ['Tabel B Den samlede finansiering (t.kr.)'],
  [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
  ['Kulturregionens egenfinansiering', 1500, 1500, 1500, 1500, 6000],
  ['Statens medfinansiering', 1500, 1500, 1500, 1500, 6000],
  [],
  [null, 3000, total2022, 3000, 3000, 12000],
  ...after,
];
const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);
const errors = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.cell, f.expected, f.actual]);

describe('a total line after a blank row', () => {
  it('is the table total: its typo is named at its cell in kroner', () => {
    const r = run(rows(3100));
    expect(errors(r)).toEqual([['total-mismatch', 'C6', '3000000', '3100000']]);
  });

  it('is fine when it adds up', () => {
    expect(errors(run(rows(3000)))).toEqual([]);
  });

  it('a line of figures that sum nothing above is not taken for the total', () => {
    const r = run([...rows(3000).slice(0, 5), [null, 10, 20, 30, 40, 100]]);
    expect(r.tables.find((t) => t.range.top <= 1)?.range.bottom).toBe(3);
  });
});
