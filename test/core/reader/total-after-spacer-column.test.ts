/**
 * A total column after a blank column, with no heading: Tabel B turned on its side (years down the rows) with
 * a spacer before its total column (found by the metamorphic generator: tabel-b-egen-2023 with a blank line
 * before the total, turned). The figures say it is the total: every row left of it sums to it but the one
 * with the typo. Left out, the table was read without it, and the cell that breaks both totals went unnamed.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (own2023: number): RawValue[][] => [
  ['Tabel B Den samlede finansiering af indsatsområder i aftaleperioden (2020-tal)'],
  ['Tal', 'Kulturregionens egenfinansiering', 'Statens medfinansiering', null, null],
  [2021, 1_500_000, 1_500_000, null, 3_000_000],
  [2022, 1_500_000, '–', null, 1_500_000],
  [2023, own2023, 1_500_000, null, 3_000_000],
  [2024, 1_500_000, 1_500_000, null, 3_000_000],
  ['Tal', 6_000_000, 4_500_000, null, 10_500_000],
];
const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);

describe('a total column after a blank column', () => {
  it('is the table’s total column: the one cell that breaks its row and its column is named', () => {
    const r = run(rows(1_600_000));
    expect(r.tables.map((t) => [t.kind, t.range.right])).toEqual([['cofinancing', 4]]);
    expect(r.diagnoses!.map((d) => d.diagnosis.cell)).toEqual(['B5']);
  });

  it('gives a correct table no error or warning', () => {
    const r = run(rows(1_500_000));
    expect(r.tables.map((t) => t.range.right)).toEqual([4]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
