/**
 * A header of three lines: the years, "Budget"/"Overslag" under them, and "t.kr." under those. The words and
 * the units belong to the header; the amounts are read in kroner and nothing in the header is called a number
 * that cannot be read.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

function tabelB(own2023: number): RawValue[][] {
  return [
    ['Tabel B: Samlet finansiering'],
    [null, 2021, 2022, 2023, 2024, null],
    [null, 'Budget', 'Overslag', 'Overslag', 'Overslag', 'Alt i alt'],
    [null, 't.kr.', 't.kr.', 't.kr.', 't.kr.', 't.kr.'],
    ['Kulturregionens egenfinansiering', 1_500, 1_500, own2023, 1_500, 6_000],
    ['Statens medfinansiering', 1_500, 1_500, 1_500, 1_500, 6_000],
    ['I alt', 3_000, 3_000, 3_000, 3_000, 12_000],
  ];
}

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Tabel B', rows)]), PARAMS);

describe('years over words over units', () => {
  it('a right table gives nothing', () => {
    const r = check(tabelB(1_500));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(r.findings).toEqual([]);
  });

  it('the wrong figure is named in kroner, and no header cell is taken for a number', () => {
    const r = check(tabelB(1_600));
    expect(r.findings.some((f) => f.rule === 'not-a-number')).toBe(false);
    const item = r.items!.find((i) => i.cell === 'D5')!;
    expect(item.message.da.replace(/\s/g, ' ')).toContain('1.500.000 kr.');
  });
});
