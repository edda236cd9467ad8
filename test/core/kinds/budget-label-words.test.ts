/**
 * A budget names its lines in words. A column of dashes ("-" for nothing) beside years is no column of line
 * names: taken for one, a co-financing table with years down read as a budget whose sums were never checked,
 * and a wrong total passed as "ok".
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { detectBudget } from '../../../src/core/kinds/budget/detect';
import { SheetCells } from '../../../src/core/reader/cells';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (total2026: number): RawValue[][] => [
  ['Finansieringskilde', 'Puljemidler', 'Tilbagebetaling', 'Kommunens egenfinansiering', 'I alt'],
  [2025, 1_950_000, '-', 2_250_000, 4_200_000],
  [2026, 1_800_000, '-', 2_450_000, total2026],
  [2027, 1_000_000, '-', 1_100_000, 2_100_000],
  [2028, 1_500_000, -200_000, 2_500_000, 3_800_000],
  ['I alt', 6_250_000, -200_000, 8_300_000, 14_350_000],
];

const run = (total2026: number) => checkWorkbook(snapshot([sheet('Ark1', rows(total2026))]), PARAMS);

describe('a column of dashes is no column of line names', () => {
  it('is never taken for the names of budget lines', () => {
    const cells = new SheetCells(sheet('Ark1', rows(4_250_000)));
    const found = detectBudget(cells, { top: 0, left: 0, bottom: 5, right: 4 }, 0);
    const part = found?.part as { labelCol?: number } | undefined;
    expect(part?.labelCol).not.toBe(2);
  });

  it('reads the table by its sums, not as a budget', () => {
    expect(run(4_250_000).tables.map((t) => t.kind)).not.toContain('budget');
  });

  it('names a wrong total in a year at its cell', () => {
    const errors = run(4_500_000).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected])).toContainEqual(['E3', '4250000']);
  });
});
