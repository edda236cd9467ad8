/**
 * Shares kept as fractions of one, some cells formatted as percent (0,58 shown as 58 %), with a subtotal over
 * each group: the subtotals are no parts when the scale is decided, and they are checked in that scale.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (fonde: number): RawValue[][] => [
  ['Fordelingsnøgle for driftsudgifter'],
  ['Værdi', 'Data', 'Opgørelse'],
  ['Subtotal A', 0.42, 6_560_820],
  ['Universiteter', 0.42, 6_560_820],
  ['Subtotal B', 0.58, 9_060_180],
  ['Erhvervsorganisationer', 0.13, 2_030_730],
  ['Staten', 0.04, 624_840],
  ['Fonde', 0.41, fonde],
  ['I alt', 1, 15_621_000],
];

function check(fonde: number) {
  const grid = gridFromRows('Ark1', rows(fonde));
  // 0,58 and 0,41 are formatted as percent; the rest are plain fractions.
  const formats = grid.values.map((line, r) =>
    line.map((_, c) => (c === 1 && (r === 4 || r === 7) ? '0%' : null)),
  );
  return checkWorkbook(snapshot([{ ...grid, formats }]), PARAMS).findings.filter(
    (f) => f.rule !== 'unknown-party',
  );
}

describe('subtotals over shares kept as fractions', () => {
  it('pass a correct table', () => {
    // Before: the shares were read as percent (0,42 %), "B5 is 58, but its parts sum to 41,17" and four
    // amounts far off.
    expect(check(6_404_610)).toEqual([]);
  });

  it('find a wrong amount', () => {
    expect(check(6_406_410).map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch C8');
  });
});
