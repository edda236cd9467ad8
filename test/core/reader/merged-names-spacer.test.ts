/**
 * Names merged over two columns, a blank spacer column, then the figures and an unlabelled total at the foot:
 * one split, as a colleague reads it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (staten: number): RawValue[][] => [
  ['Fordeling af fælles udgifter efter andel'],
  ['Part', null, null, 'Andel (%)', 'Beløb (kr.)'],
  ['Kommuner', null, null, 33, 231_000],
  ['Universiteter', null, null, 35, 245_000],
  ['Fonde', null, null, 18, 126_000],
  ['Staten', null, null, 14, staten],
  [null, null, null, 100, 700_000],
];

function check(staten: number) {
  const grid = gridFromRows('Ark1', rows(staten));
  const merges = [1, 2, 3, 4, 5].map((r) => ({ top: r, bottom: r, left: 0, right: 1 }));
  return checkWorkbook(snapshot([{ ...grid, merges }]), PARAMS);
}

describe('names merged over two columns before a spacer column', () => {
  it('head the figures right of the gap', () => {
    const result = check(98_000);
    expect(result.tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual(['apportionment A2:E7']);
  });

  it('so a slip in the figures is found', () => {
    // Before: only D2:E7 was seen, without names, and not read.
    expect(check(90_800).findings.map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch E6');
  });
});
