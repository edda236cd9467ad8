/**
 * A split with a blank line after every line and its "I alt" first, right under the header: the parts after
 * the total are the table's, not a second list.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const parts: [string, number, number][] = [
  ['Solrød', 50, 500_000],
  ['Kalundborg', 30, 300_000],
  ['Læsø', 20, 200_000],
];

const rows = (laesoe: number): RawValue[][] => [
  ['Finansiering pr. kommune'],
  ['Kommune', 'Andel (%)', 'Beløb (kr.)'],
  ['I alt', 100, 1_000_000],
  ...parts.flatMap(([n, s, a]) => [[], [n, s, n === 'Læsø' ? laesoe : a]]),
];

const check = (laesoe: number) => checkWorkbook(snapshot([sheet('Ark1', rows(laesoe))]), PARAMS);

describe('a double-spaced split with its total first', () => {
  it('is one table', () => {
    expect(check(200_000).tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual([
      'apportionment A2:C9',
    ]);
  });

  it('finds a wrong amount under the total', () => {
    // Before: the table ended at "I alt", and its parts were not read.
    expect(check(201_000).findings.map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch C9');
  });
});
