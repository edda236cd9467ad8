/**
 * "Beløb i t.kr." under a table, after a blank row and right before the next table's title, is the unit of the
 * table above: its amounts are in t.kr., and the next table keeps its title.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Projektets finansiering'],
  ['Finansiering', 2027, 'I alt'],
  ['Egne midler', 450, 450],
  ['Fondsmidler', 80, 80],
  ['Statsligt tilskud', 80, 80],
  ['I alt', 650, 610],
  [],
  ['Beløb i t.kr.'],
  ['Vidensby-organisation: basisbudget'],
  ['Finansiering', 2012, 2013, 'I alt'],
  ['Lyngby-Taarbæk Kommune', 2_500_000, 2_500_000, 5_000_000],
  ['Øvrige vidensby-aktører', 2_500_000, 2_500_000, 5_000_000],
  ['I alt', 5_000_000, 5_000_000, 10_000_000],
];

describe('a unit line between a table and the next one', () => {
  const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

  it('gives the table above its unit', () => {
    // Before: the line went to the next table's title, and 650 was said as 650 kr.
    const wrong = result.findings.find((f) => f.rule === 'total-mismatch');
    expect(wrong?.actual).toBe('650000');
  });

  it('leaves the next table its title', () => {
    expect(result.readings![1].title).toBe('Vidensby-organisation: basisbudget');
  });
});
