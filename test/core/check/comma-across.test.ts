/**
 * A split laid out across in mio. kr., its amounts typed as text: "1,092" alone reads two ways (1,092 or
 * 1.092), but the amounts beside it in the same row ("0,78", "0,936", "3,9") write the comma as the decimal
 * mark. In a table laid across the like figures run along the row, not down the column (where a share stands
 * over the amount), so the row settles the comma as a column does in a table laid out down.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';

function across(regioner: string): RawValue[][] {
  return [
    ['Fordelingsnøgle for driftsudgifter'],
    ['Part', null, 'Universiteter', 'Regioner', 'Staten', 'Erhvervsorganisationer', 'I alt'],
    ['Andel (%)', '%', 20, 28, 24, 28, 100],
    ['Beløb (kr.)', 'mio. kr.', '0,78', regioner, '0,936', '1,092', '3,9'],
  ];
}

const said = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.cell, f.expected, f.actual].join(' '));

describe('a comma in doubt in a split laid out across', () => {
  it('is a decimal mark where the amounts beside it in the row write it so', () => {
    expect(said(across('1,092'))).toEqual([]);
  });

  it('still finds the amount typed wrong, read the Danish way', () => {
    expect(said(across('1,029'))).toContain('split-mismatch D4 1092000 1029000');
  });
});
