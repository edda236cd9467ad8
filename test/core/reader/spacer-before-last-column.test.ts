/**
 * A target list whose last column ("Frist") stands after a blank spacer column: one column is no table of its
 * own, and it fills the same rows as the list, so it is the list's deadline column. A note beside a table
 * fills one cell and stays apart.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const LIST: RawValue[][] = [
  ['Resultatkontrakt 2025, status pr. 30. september 2026'],
  [],
  [null, 'Resultat', 'Resultatmål', 'Mål', null, 'Frist'],
  [null, 415, 'Vejledte iværksættere', 'mindst 400', null, '31. december 2025'],
  [null, 2180, 'Deltagere i events', 2500, null, '31. december 2025'],
  [null, 68, 'NPS', 'mindst 70', null, '31. december 2025'],
];

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('a last column after a spacer column', () => {
  it("is the target list's deadline", () => {
    const result = check(LIST);
    expect(result.tables.map((t) => a1Range(t.range))).toEqual(['B3:F6']);
    // Before, "Frist" was apart: "the target has no deadline" on two rows, and no verdict on them.
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([
      'kpi-met B4',
      'kpi-not-met B5',
      'kpi-not-met B6',
    ]);
  });

  it('leaves a note beside the table apart', () => {
    const rows = LIST.map((r) => r.slice(0, 4));
    rows[2] = [...rows[2], null, 'Tallene er foreløbige'];
    const result = check(rows);
    expect(result.tables.map((t) => a1Range(t.range))).toEqual(['B3:D6']);
  });
});
