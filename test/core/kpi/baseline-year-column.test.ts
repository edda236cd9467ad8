/**
 * "Baseline (år)" over 2009, 2010 is the year of the baseline, and "Målår" over 2013 the year the target is
 * due: the deadline comes from the second, never from the first.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Vækstforum – effektmål'],
  ['Effektmål', 'Baseline (år)', 'Baseline', 'Mål', 'Målår', 'Resultat'],
  ['Gennemførelse af ungdomsuddannelse', 2009, '84 %', '95 %', 2027, '87 %'],
  ['Ufaglærte 25-64 år', 2009, '22,2 %', '20 %', 2027, '21,5 %'],
  ['Patentansøgninger (EPO) pr. år', 2009, 651, 781, 2026, 800],
  ['Iværksætterundervisning 16-64 år', 2010, '18 %', '22 %', 'Ultimo 2027', '19 %'],
];

describe('a target list with a baseline year and a target year', () => {
  const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

  it('takes the deadline from "Målår"', () => {
    const deadlines = result.readings![0].decisions.filter((d) => d.role === 'deadline');
    expect(deadlines.map((d) => d.cells)).toEqual(['E3', 'E4', 'E5', 'E6']);
  });

  it('says no deadline has passed', () => {
    // Before, 2009 under "Baseline (år)" was every target's deadline: "the deadline has passed".
    expect(result.findings.filter((f) => f.rule.startsWith('kpi-deadline'))).toEqual([]);
  });
});
