/**
 * The years over a line of "Budget" / "Overslag" whose corner cell states the unit ("1.000 kr.") and whose
 * last head is "I alt (1.000 kr.)": the line belongs to the header. Read as data, its words were called numbers
 * that cannot be read and the amounts were taken in kroner.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (own2026: number): RawValue[][] => [
  ['Budget og finansiering'],
  [null, 2023, 2024, 2025, 2026, null],
  ['1.000 kr.', 'Budget', 'Overslag', 'Overslag', 'Overslag', 'I alt (1.000 kr.)'],
  ['Kommunens egenfinansiering', 2000, 200, 3000, own2026, 5700],
  ['EU-midler (ERDF)', 400, 0, 1500, 400, 2300],
  ['Tilbagebetaling af ubrugt tilskud', 0, 0, 0, -400, -400],
  ['I alt', 2400, 200, 4500, 500, 7600],
];
const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);

describe('a unit in the corner of the line under the years', () => {
  it('is a header line: no cell of it is called a number, and the wrong amount is named in kroner', () => {
    const r = run(rows(1100));
    expect(r.findings.filter((f) => f.rule === 'not-a-number')).toEqual([]);
    expect(
      r.findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.expected, f.actual]),
    ).toContainEqual(['F4', '6300000', '5700000']);
  });
});
