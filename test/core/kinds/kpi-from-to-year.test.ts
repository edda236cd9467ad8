/**
 * Targets written as "fra X til Y i 2027" in a column of their own, beside a names column headed only
 * "Mål": the cells decide which column holds the targets, the figure after "til" is the target (with the
 * unit written on either side), and the year after it is the deadline when no column gives one.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { dueYearOf, targetYearOf } from '../../../src/core/kinds/kpi/series';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([sheet('Mål', rows)]), { ...PARAMS, asOf: '2026-12-07' });

const header = ['Mål', 'Målsætning', 'Status 2026', 'Enhed'];

describe('a target list with "fra X til Y i <year>" targets', () => {
  it('reads the names from the "Mål" column and the targets from the column that holds them', () => {
    const r = run([header, ['Nye arbejdspladser', 'fra 200 til 450 i 2027', 300, 'antal']]);
    const table = r.tables[0];
    expect(table.kind).toBe('kpi');
    if (table.kind !== 'kpi') return;
    // Columns A (names) and B (targets), counted from 0.
    expect([table.columns.target, table.columns.targetValue]).toEqual([0, 1]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('judges a target whose year has passed, with the percent written on one side only', () => {
    const r = run([header, ['Ledighed blandt unge', 'fra 9 % til 6 % i 2025', 0.075, '%']]);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toEqual(['C2']);
    expect(errors[0].message.da).toContain('31.12.2025');
  });

  it('says nothing against a target not yet due', () => {
    const r = run([header, ['Andel virksomheder der eksporterer', 'fra 1,7 % til 2,5 % i 2027', 0.021, '%']]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it("takes the year in the targets' header (Mål 2025) as the deadline when no column gives one", () => {
    const rows = [
      ['Nøgletal', 'Mål 2025', 'Realiseret 2025'],
      ['Tilfredshed (%)', '80 %', '76 %'],
    ];
    const findings = run(rows).findings;
    expect(findings.filter((f) => f.rule === 'missing-value')).toEqual([]);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.cell)).toEqual(['C2']);
    expect(errors[0].message.da).toContain('31.12.2025');
  });

  it('takes "Målværdi 2025" as the deadline of targets written as text', () => {
    const rows = [
      ['Mål', 'Retning', 'Målværdi 2025', 'Realiseret'],
      ['Mervækst i omsætning ift. kontrolgruppe', 'Højere er bedre', '5 pct.-point', '4 pct.-point'],
    ];
    const findings = run(rows).findings;
    expect(findings.filter((f) => f.rule === 'missing-value')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(['D2']);
  });

  it('reads a due year after the figure or in the header, never from a period', () => {
    expect(['i 2027', '(2027)', 'senest i 2026', 'pr. år'].map(dueYearOf)).toEqual([2027, 2027, 2026, null]);
    expect(['Mål 2025', 'Mål 2025-2027', '2027-mål', 'Mål 2025/26'].map(targetYearOf)).toEqual([
      2025,
      null,
      2027,
      null,
    ]);
    expect(['Målværdi 2025', 'Målniveau 2027', 'Målværdi 2025-2027'].map(targetYearOf)).toEqual([
      2025,
      2027,
      null,
    ]);
  });
});
