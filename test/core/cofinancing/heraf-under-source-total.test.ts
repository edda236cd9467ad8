/**
 * A source whose label says "i alt" ("Statslige midler i alt") with its own "heraf" lines under it: the
 * "heraf" lines are its breakdown, counted once, and the line itself is a source of the grand total, not a
 * subtotal of the lines above it (issue 18: "ten errors on a table with none").
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function rows(total2023 = 1_300_000): RawValue[][] {
  return [
    ['Finansiering af musikindsatsen'],
    [null, 2021, 2022, 2023, 2024, 'I alt'],
    ['Kulturregionens egenfinansiering', 700_000, 700_000, 700_000, 700_000, 2_800_000],
    ['Statslige midler i alt', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['heraf Puljen til kultur i hele landet', 400_000, 400_000, 400_000, 400_000, 1_600_000],
    ['heraf Kulturministeriets driftstilskud', 200_000, 200_000, 200_000, 200_000, 800_000],
    ['Private fonde', 100_000, 100_000, 0, 0, 200_000],
    ['I alt', 1_400_000, 1_400_000, total2023, 1_300_000, 5_400_000],
  ];
}
const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);

describe('"heraf" lines under a source labelled "... i alt"', () => {
  it('gives a correct table no error or warning, and reads both "heraf" lines under the source', () => {
    const r = run(rows());
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const said = JSON.stringify(r.readings![0].decisions);
    expect(said).toContain('er en del af »Statslige midler i alt«');
  });

  it('names a wrong grand total at its cell, against the sources counted once', () => {
    const r = run(rows(1_350_000));
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.cell, f.expected, f.actual])).toContainEqual([
      'total-mismatch',
      'D8',
      '1300000',
      '1350000',
    ]);
    expect(errors.every((f) => ['D8', 'F8'].includes(f.cell))).toBe(true);
  });
});
