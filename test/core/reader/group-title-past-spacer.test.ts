/**
 * Codes and names, a blank spacer column, then the figures under a group title merged over them
 * ("Finansiering" over "Indbyggere | Beløb (kr.)"): one split, as a colleague reads it, not two pieces
 * Fordel cannot name.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (billund: number): RawValue[][] => [
  ['Fordelingsnøgle for driftsudgifter'],
  [null, null, null, 'Finansiering', null],
  ['Kommunenr.', 'Kommune', null, 'Indbyggere', 'Beløb (kr.)'],
  [550, 'Tønder', null, 36_174, 553_508],
  [461, 'Odense', null, 213_168, 3_261_739],
  [482, 'Langeland', null, 11_841, 181_182],
  [530, 'Billund', null, 27_200, billund],
  [621, 'Kolding', null, 96_214, 1_472_196],
  [null, 'I alt', null, 384_597, 5_884_819],
];

function check(billund: number) {
  const grid = gridFromRows('Ark1', rows(billund));
  return checkWorkbook(snapshot([{ ...grid, merges: [{ top: 1, bottom: 1, left: 3, right: 4 }] }]), PARAMS);
}

describe('a group title over the figures right of a spacer column', () => {
  it('heads them with the names left of the gap: one split', () => {
    const result = check(416_194);
    expect(result.tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual(['apportionment A2:E9']);
    expect(result.findings).toEqual([]);
  });

  it('so a slip in the figures is found at its cell', () => {
    expect(check(411_194).findings.map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch E7');
  });
});
