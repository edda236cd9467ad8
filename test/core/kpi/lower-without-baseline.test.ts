/**
 * Two rows of the generated target lists (gen8, round 10): a lower-is-better target with no baseline, not yet
 * due, and a rise whose result "afventer måling". Judged on 24 November 2026.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]): CheckResult =>
  checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const rulesAt = (r: CheckResult, cell: string) =>
  r.findings.filter((f) => f.cell === cell).map((f) => f.rule);

describe('lower is better, no baseline, not yet due', () => {
  it('is not called at risk: without a start the straight line cannot be drawn', () => {
    const r = run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Antallet af arbejdsulykker reduceres', '1.720', '1.799', '31.12.2027'],
    ]);
    expect(rulesAt(r, 'C2')).toEqual(['reading-unsure']);
    expect(r.findings.find((f) => f.cell === 'C2')).toMatchObject({ severity: 'info' });
  });

  it('is judged against the line when the baseline is there', () => {
    const r = run([
      ['Resultatmål', 'Baseline', 'Baseline år', 'Mål', 'Resultat', 'Frist'],
      ['Antallet af arbejdsulykker reduceres', '2.000', 2024, '1.720', '1.950', '31.12.2027'],
    ]);
    expect(rulesAt(r, 'E2')).toEqual(['kpi-at-risk']);
  });

  it('is still not met once the deadline has passed', () => {
    const r = run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Antallet af arbejdsulykker reduceres', '1.720', '1.799', '31.12.2025'],
    ]);
    expect(rulesAt(r, 'C2')).toEqual(['kpi-not-met']);
  });
});

describe('a result that "afventer måling"', () => {
  it('is no result, so a rise with no baseline is still said to miss its baseline', () => {
    const r = run([
      ['Indikator', 'Retning', 'Udgangspunkt 2025', 'Målsætning', 'Realiseret', 'Tidsfrist'],
      ['Besøgende på hjemmesiden', 'Højere er bedre', '', '10 % stigning', 'afventer måling', 'ultimo 2028'],
    ]);
    expect(rulesAt(r, 'D2')).toEqual(['kpi-missing-baseline']);
    expect(r.findings.filter((f) => f.rule === 'reading-unsure')).toEqual([]);
  });
});
