/**
 * A target list with a blank line between its header and its first target, the targets written in words
 * ("10 procentpoint", "ultimo 2027", "15 % stigning") rather than as numbers: the header still heads it.
 * Judged on 24 November 2026.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

describe("a blank line under a target list's header", () => {
  it('does not cut the header from its targets', () => {
    const r = checkWorkbook(
      snapshot([
        gridFromRows('Ark1', [
          ['Resultatmål', 'Baseline år', 'Baseline', 'Mål', 'Resultat', 'Frist'],
          [],
          [
            'Mervækst i beskæftigelse ift. kontrolgruppe',
            '',
            '',
            '10 procentpoint',
            '11 procentpoint',
            'ultimo 2027',
          ],
          ['Tilfredshed med forløbet (skala 1-5)', '', '', '4,2', '3,9', 'ultimo 2025'],
          ['Andel elever der fuldfører en ungdomsuddannelse', 2024, '39 %', '49 %', '48 %', 'ultimo 2027'],
        ]),
      ]),
      PARAMS,
    );
    expect(r.tables.map((t) => t.kind)).toEqual(['kpi']);
    expect(r.findings.filter((f) => f.rule === 'table-not-understood')).toEqual([]);
    expect(r.findings.filter((f) => f.cell === 'E4').map((f) => f.rule)).toEqual(['kpi-not-met']);
  });
});
