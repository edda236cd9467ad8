/**
 * A split by a rate per inhabitant with its amounts headed "Kr." left of an inhabitants column headed by a
 * word Fordel does not know ("Indb."): the amounts are named, so the key is the column they follow, on
 * whichever side it stands. Read without a key, a typed-wrong amount was only an unallocated total.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function split(holbaek: number): RawValue[][] {
  return [
    ['Kontingent til KKR 2026: 12,00 kr. pr. indbygger'],
    ['Kilde', 'Kr.', 'Indb.'],
    ['Holbæk', holbaek, 75_009],
    ['Haderslev', 662_616, 55_218],
    ['Lejre', 358_548, 29_879],
    ['Mariagerfjord', 498_492, 41_541],
    ['I alt', 2_419_764, 201_647],
  ];
}

const said = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

describe('named amounts left of an unnamed key', () => {
  it('finds nothing wrong in the correct split', () => {
    expect(said(split(900_108))).toEqual([]);
  });

  it('names the amount typed wrong', () => {
    expect(said(split(900_008))).toContainEqual(expect.stringMatching(/ B3$/));
  });
});
