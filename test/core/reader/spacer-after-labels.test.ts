/**
 * A blank spacer column between the names (with a code column before them) and the figures: one table, the
 * way a colleague reads "Kom.nr. | Kommune | (blank) | Indbyggere | Beløb". Two tables side by side, each
 * with its own figures, stay two.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const split = (horsens: number): RawValue[][] => [
  ['Fordeling af fælles udgifter efter indbyggertal'],
  ['Kom.nr.', 'Kommune', null, 'Indbyggere', 'Beløb (kr.)'],
  [751, 'Aarhus Kommune', null, 10_000, 100_000],
  [615, 'Horsens Kommune', null, 20_000, horsens],
  [740, 'Silkeborg Kommune', null, 30_000, 300_000],
  [727, 'Odder Kommune', null, 40_000, 400_000],
  [null, 'I alt', null, 100_000, 1_000_000],
];

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('figures after a spacer column', () => {
  it('belong to the names left of the gap', () => {
    const result = check(split(200_000));
    expect(result.tables.map((t) => `${t.kind} ${a1Range(t.range)}`)).toEqual(['apportionment A2:E7']);
    expect(result.findings).toEqual([]);
  });

  it('so a wrong amount is found', () => {
    // Before: two blocks, neither read as a table, and the slip unseen.
    const found = check(split(200_900)).findings.map((f) => `${f.rule} ${f.cell}`);
    expect(found).toContain('split-mismatch E4');
  });

  it('leaves two tables side by side apart', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Andel (pct.)', 'Beløb (kr.)', null, 'Kommune', 'Andel (pct.)', 'Beløb (kr.)'],
      ['Aalborg', 60, 60_000, null, 'Viborg', 50, 50_000],
      ['Hjørring', 30, 30_000, null, 'Skive', 30, 30_000],
      ['Frederikshavn', 10, 10_000, null, 'Odense', 20, 20_000],
      ['I alt', 100, 100_000, null, 'I alt', 100, 100_000],
    ];
    expect(check(rows).tables.map((t) => a1Range(t.range))).toEqual(['A1:C5', 'E1:G5']);
  });
});
