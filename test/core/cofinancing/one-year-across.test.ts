/**
 * A one-year co-financing table with the sources as columns: the year on the one line of amounts, an "I alt"
 * column and no total row (issue 18: "a one-year co-financing table with the sources as columns ... not read
 * at all"). Amounts in t.kr., a refund as minus.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (total: number): RawValue[][] => [
  ['Medfinansiering (1.000 kr.)'],
  ['År', 'Egenfinansiering', 'Statstilskud', 'EU-midler', 'Tilbagebetaling', 'I alt'],
  ['2025', 1200, 800, 400, -100, total],
];
const run = (total: number) => checkWorkbook(snapshot([gridFromRows('Ark1', rows(total))]), PARAMS);

describe('one year with the sources across', () => {
  it('is read as co-financing, and a correct one gives no error or warning', () => {
    const r = run(2300);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('names a wrong "I alt" at its cell, in kroner', () => {
    const r = run(2400);
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['total-mismatch', 'F3', '2300000', '2400000'],
    ]);
  });
});
