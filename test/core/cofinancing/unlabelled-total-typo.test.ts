/**
 * A total row with no label, found by its sums, whose own figure in a period was typed wrong: the one cell
 * breaks its column's sum and its row's "I alt", and the row is still the total, not one more source (which
 * would put it into the own share, metamorphic variant cofin-41190).
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Projektets finansiering'],
  [null, '2023', 'I alt'],
  ['Tilbageført til puljen', -400_000, -400_000],
  ['Statsligt tilskud', 700_000, 700_000],
  ['Egne midler', 2_900_000, 2_900_000],
  ['Fondsmidler', 1_900_000, 1_900_000],
  [null, 5_500_000, 5_100_000],
];

describe('an unlabelled total row with its own period cell typed wrong', () => {
  const r = checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

  it('names the wrong cell in the total row, with the sum of the sources', () => {
    const loud = r.findings.filter((f) => f.severity !== 'info');
    expect(loud.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['total-mismatch', 'B7', '5100000', '5500000'],
    ]);
  });

  it('does not count the total row as a source of its own', () => {
    expect(r.findings.some((f) => f.rule === 'cofinancing-below-minimum')).toBe(false);
  });
});
