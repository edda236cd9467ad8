/**
 * A column beside a split is a second split by the same key only when one rate fits every line but at most
 * one within rounding. "Andel af budget" is Budget 2026 over its total; "Regnskab 2025" beside it comes within
 * a few percent of those shares but follows them on no line, so it is no split of theirs: no warnings about it
 * on a correct table. A real second year split by the same shares is still checked, its typo found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (rows: RawValue[][]) =>
  run(rows)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

describe('further amount columns beside a split', () => {
  it("leaves out last year's accounts that only come near the shares", () => {
    const rows: RawValue[][] = [
      ['Område', 'Regnskab 2025', 'Budget 2026', 'Andel af budget'],
      ['Administration', 41_200_000, 43_000_000, 0.215],
      ['Skoler', 98_000_000, 101_000_000, 0.505],
      ['Ældrepleje', 55_000_000, 56_000_000, 0.28],
      ['I alt', 194_200_000, 200_000_000, 1],
    ];
    expect(said(rows)).toEqual([]);
  });

  it('checks a second year split by the same shares and finds its typo', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Andel (%)', '2026', '2027'],
      ['Lemvig', 5.5, 291_335, 300_300],
      ['Norddjurs', 29.8, 1_578_506, 1_627_080],
      ['Viborg', 49.8, 2_637_906, 2_719_080],
      ['Ikast-Brande', 14.9, 789_253, 831_540],
      ['I alt', 100, 5_297_000, 5_460_000],
    ];
    expect(said(rows)).toContain('split-mismatch D5');
  });
});
