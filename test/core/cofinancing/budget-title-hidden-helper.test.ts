/**
 * "Budget" over the years of a breakdown by focus area, an "I alt" column, and a hidden helper column
 * (=F5/1000, "Hjælpekolonne") beside it. The helper's figures happen to fit a difference of two year columns
 * (equal years leave a near-zero), but a column read from the arithmetic names nothing: years under
 * "Budget" beside "I alt" are a plan over years, checked row by row against its total column, not a budget.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function grid(unge: number) {
  const rows: RawValue[][] = [
    ['Kulturregionens egenfinansiering 2021-24 (mio. kr.)'],
    [null, 'Budget'],
    ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt', 'Hjælpekolonne'],
    [null, 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.', 'mio. kr.', null],
    ['Ungeområdet', 0.3, 0.3, 0.3, 0.3, unge, unge / 1000],
    ['Musikområdet', 0.6, 0.6, 0.6, 0.6, 2.4, 0.0024],
    ['Kultur og sundhedsområdet', 0.6, 0.6, 0.6, 0.6, 2.4, 0.0024],
    ['I alt', 1.5, 1.5, 1.5, 1.5, 6, 0.006],
  ];
  return {
    ...gridFromRows('Ark1', rows),
    hiddenCols: [6],
    merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
  };
}

describe('a hidden helper beside years under "Budget" and an I alt column', () => {
  it('reads the plan over years and names the wrong I alt at its cell', () => {
    const r = checkWorkbook(snapshot([grid(1.3)]), PARAMS);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected, f.actual])).toContainEqual(['F5', '1200000', '1300000']);
    expect(errors.map((f) => f.cell)).not.toContain('G8');
  });
});
