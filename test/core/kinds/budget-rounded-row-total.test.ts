/**
 * Tabel B in mio. kr. with one decimal, read as a budget under "B 2021 | BO 2022 ...": one figure typed 0,1 too
 * high breaks its year's I alt and its line's "Alt i alt". One difference of a rounding's size in an otherwise
 * exact sheet is a typo, not rounding, in the line's total as in the column's: the cell where both cross is named.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loudItems = (r: ReturnType<typeof run>) => r.items!.filter((i) => i.severity !== 'info');

function tabelB(own2023: number): RawValue[][] {
  return [
    ['Tabel B Den samlede finansiering af indsatsområder i aftaleperioden (2020-tal)'],
    [null, 'B 2021', 'BO 2022', 'BO 2023', 'BO 2024', 'Alt i alt'],
    [null, 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.'],
    ['Kulturregionens egenfinansiering', 1.5, 1.5, own2023, 1.5, 6],
    ['Statens medfinansiering fra Puljen til kultur i hele landet', 1.5, 1.5, 1.5, 1.5, 6],
    ['I alt', 3, 3, 3, 3, 12],
  ];
}

describe('one figure 0,1 mio. kr. too high in a one-decimal table', () => {
  it('is named where its year and its line cross', () => {
    const items = loudItems(run(tabelB(1.6)));
    expect(items.map((i) => i.cell)).toEqual(['D4']);
    expect(items[0].findings.map((f) => f.cell).sort()).toEqual(['D6', 'F4']);
  });

  it('gives nothing on the correct table', () => {
    expect(loudItems(run(tabelB(1.5)))).toEqual([]);
  });
});
