/**
 * One year down the rows, the sources across, a total column with no total word (an Excel Table's "Kolonne4")
 * and an "I alt" row. The year's cell in the total column typed wrong breaks its row (the sources' sum) and
 * its column (the "I alt" row) by the same amount: it is the error, not the total row.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

describe('one year down, an unnamed total column typed wrong in the year', () => {
  it('names the total column’s cell in the year, not the I alt row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 1, max: 90 }).chain((k) => fc.constantFrom(k * 10, -k * 10)),
        fc.constantFrom('Kolonne4', 'Data', ''),
        (own, fund, slip, word) => {
          fc.pre(own + fund + slip > 0);
          const rows: RawValue[][] = [
            ['Projektets finansiering (t.kr.)'],
            ['Finansiering', 'Regionens egenfinansiering', 'Fondsmidler', word],
            [2027, String(own), String(fund), String(own + fund + slip)],
            ['I alt', String(own), String(fund), String(own + fund)],
          ];
          const r = checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
          const errors = r.findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
            ['total-mismatch', 'D3', String((own + fund) * 1000), String((own + fund + slip) * 1000)],
          ]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
