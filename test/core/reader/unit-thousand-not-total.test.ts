/**
 * "(1.000 kr.)" in a split's title says its amounts are in t.kr.; it is no total of 1.000 kr. to split.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (title: string): RawValue[][] => [
  [title],
  ['Kommune', 'Andel (pct.)', 'Beløb'],
  ['Aalborg', 60, 600],
  ['Hjørring', 30, 300],
  ['Frederikshavn', 10, 100],
];

const check = (title: string) => checkWorkbook(snapshot([sheet('Ark1', rows(title))]), PARAMS);

describe('"1.000 kr." in a title', () => {
  it('is the unit of the amounts, not the total', () => {
    const result = check('Fordeling af udgifter 2026 (1.000 kr.)');
    // Before: "the total to split is 1.000 kr.", and 999.000 kr. split too much.
    expect(result.findings).toEqual([]);
    expect(result.readings![0].decisions.some((d) => d.role === 'stated-total')).toBe(false);
  });

  it('is still a total where it is an amount', () => {
    const result = check('Tilskud på 1.000 kr. fordelt efter andel');
    expect(result.findings).toEqual([]);
    expect(result.readings![0].decisions.some((d) => d.role === 'stated-total')).toBe(true);
  });
});
