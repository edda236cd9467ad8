/**
 * A split laid across with a blank column after every column (a sheet "double spaced" to read easily): the
 * parties right of the first gap go on with the table, they are not the labels of a second one.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (universities: number): RawValue[][] => [
  ['Fordeling af fælles udgifter efter andel'],
  ['Part', 'Erhvervsorganisationer', null, 'Regioner', null, 'Universiteter', null, 'I alt'],
  ['Andel (%)', 34, null, 33, null, 33, null, 100],
  ['Beløb (kr.)', 4_794_000, null, 4_653_000, null, universities, null, 14_100_000],
];

const check = (universities: number) => checkWorkbook(snapshot([sheet('Ark1', rows(universities))]), PARAMS);

describe('a split across with a blank column after every column', () => {
  it('is one table', () => {
    const result = check(4_653_000);
    expect(result.tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual(['apportionment A2:H4']);
    expect(result.findings.filter((f) => f.rule !== 'unknown-party')).toEqual([]);
  });

  it('finds its wrong amount', () => {
    // Before: two blocks, neither read, and the 1.000 kr. slip unseen.
    expect(check(4_652_000).findings.map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch F4');
  });
});
