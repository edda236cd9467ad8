/**
 * A table turned on its side whose years stand in a column of their own beside "Budget"/"Overslag" (the year
 * row over the header words, laid across): the words say what kind of year each is, they are not a source
 * of text in the amounts, and the line with "I alt" beside an empty year cell is the total line.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

function byArea(music2023: number): RawValue[][] {
  return [
    ['Årlig statslig bevilling til indsatsområder 2021-24'],
    [null, 'Indsatsområde', 'Ungeområdet', 'Musikområdet', 'Kultur og sundhedsområdet', 'I alt'],
    [2021, 'Budget', 300_000, 600_000, 600_000, 1_500_000],
    [2022, 'Overslag', 300_000, 600_000, 600_000, 1_500_000],
    [2023, 'Overslag', 300_000, music2023, 600_000, 1_500_000],
    [2024, 'Overslag', 300_000, 600_000, 600_000, 1_500_000],
    [null, 'I alt', 1_200_000, 2_400_000, 2_400_000, 6_000_000],
  ];
}

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('years beside Budget/Overslag, periods down the rows', () => {
  it('a right table is read as co-financing and gives nothing', () => {
    const r = check(byArea(600_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(r.findings).toEqual([]);
  });

  it('a wrong figure is one error at its cell, which breaks its line and its column', () => {
    const r = check(byArea(650_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    const errors = r.items!.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.cell)).toEqual(['D5']);
  });
});
