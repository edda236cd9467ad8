/**
 * A financing table turned on its side with a blank column after every column, where one source has a dash
 * for nil in every year ("Fondsmidler": -): the dashes are nil amounts, so the table goes on past them and
 * its total column is read with it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (own2024: number): RawValue[][] => [
  ['Projektets finansiering'],
  [
    'Finansieringskilde (1.000 kr.)',
    'Egenfinansiering',
    null,
    'Fondsmidler',
    null,
    'Private bidrag',
    null,
    'I alt',
  ],
  [2024, own2024, null, '-', null, 1_650, null, 4_250],
  [2025, 2_200, null, '-', null, 1_400, null, 3_600],
  ['I alt (1.000 kr.)', 4_800, null, '-', null, 3_050, null, 7_850],
];

const check = (own2024: number) => checkWorkbook(snapshot([sheet('Ark1', rows(own2024))]), PARAMS);

describe('a dash column in a double-spaced table laid across', () => {
  it('does not end the table', () => {
    const result = check(2_600);
    expect(result.tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual(['cofinancing A2:H5']);
    expect(result.findings).toEqual([]);
  });

  it('so a wrong amount breaks its year total too', () => {
    const cells = check(2_900).findings.map((f) => `${f.rule} ${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['total-mismatch H3', 'total-mismatch B5']));
  });
});
