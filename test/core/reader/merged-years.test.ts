/** A year merged over its quarters or half-years: every column under it is a period of its own. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import type { CofinancingLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (ownQ4: number): RawValue[][] => [
  ['Finansieringskilde', '2026', null, null, null, 'I alt'],
  [null, '1. kvt.', '2. kvt.', '3. kvt.', '4. kvt.', null],
  ['Egenfinansiering', 100_000, 100_000, 100_000, ownQ4, 400_000],
  ['Statens medfinansiering', 100_000, 100_000, 100_000, 100_000, 400_000],
  ['I alt', 200_000, 200_000, 200_000, 200_000, 800_000],
];
const run = (ownQ4: number) =>
  checkWorkbook(
    snapshot([{ ...gridFromRows('Ark1', rows(ownQ4)), merges: [{ top: 0, left: 1, bottom: 0, right: 4 }] }]),
    PARAMS,
  );

describe('a year merged over its quarters', () => {
  it('reads the four quarters as periods and finds nothing wrong in a correct table', () => {
    const r = run(100_000);
    const t = r.tables[0] as CofinancingLayout;
    expect(t.periodCols.map((p) => p.label)).toEqual([
      '2026 1. kvt.',
      '2026 2. kvt.',
      '2026 3. kvt.',
      '2026 4. kvt.',
    ]);
    expect(t.totalCol).toBe(5);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('finds the fourth quarter that breaks its row and column totals', () => {
    const r = run(150_000);
    expect(r.findings.some((f) => f.rule === 'total-mismatch' && (f.cell === 'F3' || f.cell === 'E5'))).toBe(
      true,
    );
  });
});
