/**
 * Targets written as ranges, the way strategies and contracts write them: "4,0-4,5" on a scale, "90-95 %",
 * "5-10.000 ufaglærte" (Vækstforum's idea catalogue: 5.000 to 10.000). A range is a band met within it, or
 * its near end when a word says which way is better; beyond the band with no such word the row is not judged.
 * Judged on 24 November 2026.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { parsePlainDecimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { readRange } from '../../../src/core/numbers/read-range';
import { PARAMS, snapshot } from '../check/fixtures';

const d = (s: string) => parsePlainDecimal(s)!;
const run = (rows: RawValue[][]): CheckResult => checkWorkbook(snapshot([gridFromRows('Mål', rows)]), PARAMS);
const ruleAt = (r: CheckResult, cell: string) => r.findings.filter((f) => f.cell === cell).map((f) => f.rule);
const HEAD = ['Indikator', 'Mål', 'Frist', 'Resultat'];
const PASSED = '31.12.2025';

describe('readRange: a range written where one figure could stand', () => {
  it.each([
    ['4,0-4,5', '4', '4.5', 'none', false],
    ['90-95 %', '90', '95', 'percent', false],
    ['90 % – 95 %', '90', '95', 'percent', false],
    ['mellem 90 og 95 pct.', '90', '95', 'percent', false],
    ['3-5 mio.', '3000000', '5000000', 'none', false],
    ['5-10.000', '5000', '10000', 'none', true],
    ['500-10.000', '500', '10000', 'none', false],
  ])('»%s« runs from %s to %s', (raw, low, high, unit, elided) => {
    expect(readRange(raw)).toEqual({ low: d(low), high: d(high), unit, elided });
  });

  it('is no range for a period, reversed ends, or "X til Y" without "fra"', () => {
    expect(['2024-2027', '95-90 %', '9 % til 6 %', '4,5', '3.5-4'].map(readRange)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('a range target in a target list', () => {
  it('is met within the band and not met short of it, with no ambiguous-number warning', () => {
    const r = run([
      HEAD,
      ['Tilfredshed (skala 1-5)', '4,0-4,5', PASSED, 4.2],
      ['Tilfredshed med vejledningen (skala 1-5)', '4,0-4,5', PASSED, 3.8],
      ['Andel digitale ansøgninger', '90-95 %', PASSED, '92 %'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'ambiguous-number')).toEqual([]);
    expect(ruleAt(r, 'D2')).toEqual(['kpi-met']);
    expect(ruleAt(r, 'D3')).toEqual(['kpi-not-met']);
    expect(r.findings.find((f) => f.cell === 'D3')!.message.da).toContain('målet 4-4,5');
    expect(ruleAt(r, 'D4')).toEqual(['kpi-met']);
  });

  it('reads "5-10.000" as 5.000 to 10.000 and says so in the reading', () => {
    const r = run([HEAD, ['Opkvalificering af ufaglærte', '5-10.000 ufaglærte', PASSED, 4200]]);
    expect(ruleAt(r, 'D2')).toEqual(['kpi-not-met']);
    expect(r.findings.find((f) => f.cell === 'D2')).toMatchObject({ expected: '5000', actual: '4200' });
    const why = r.readings![0].decisions.find((x) => x.role === 'range')!;
    expect(why.because.da).toContain('5.000-10.000');
  });

  it('is met at or over its lower end where a word says more is better, and the reading says which', () => {
    const r = run([
      HEAD,
      ['Andel digitale ansøgninger øges', '90-95 %', PASSED, '97 %'],
      ['Sagsbehandlingstid (dage) reduceres', '10-14', PASSED, 8],
    ]);
    expect(ruleAt(r, 'D2')).toEqual(['kpi-met']);
    expect(ruleAt(r, 'D3')).toEqual(['kpi-met']);
    const said = r.readings![0].decisions.filter((x) => x.role === 'range').map((x) => x.because.da);
    expect(said[0]).toMatch(/mindst 90\s%/);
    expect(said[1]).toMatch(/højst 14/);
  });

  it('beyond the band with no word for the direction: no verdict, an info at the result', () => {
    const r = run([
      HEAD,
      ['Andel digitale ansøgninger', '90-95 %', PASSED, '97 %'],
      ['Ventetid (dage)', '10-14', PASSED, 8],
      ['Ventetid på svar (dage)', '10-14', PASSED, 16],
    ]);
    expect(ruleAt(r, 'D2')).toEqual(['reading-unsure']);
    expect(r.findings.find((f) => f.cell === 'D2')).toMatchObject({ severity: 'info' });
    expect(ruleAt(r, 'D3')).toEqual(['reading-unsure']);
    // Over the band of an indicator where lower is often better: not met either way.
    expect(ruleAt(r, 'D4')).toEqual(['kpi-not-met']);
  });

  it('keeps asking for one figure when the range is of changes', () => {
    const r = run([
      ['Indikator', 'Baseline', 'Mål', 'Type', 'Frist', 'Resultat'],
      ['Eksport (mia. kr.)', 8, '10-15', 'ændring', PASSED, 9],
    ]);
    expect(ruleAt(r, 'C2')).toEqual(['ambiguous-number']);
  });
});

describe('a baseline written with its year, as the seeds print "Baseline (år)"', () => {
  it('reads "42 % (2024)" as 42 % in 2024 and starts the straight line after it', () => {
    const r = run([
      ['Indikator', 'Baseline (år)', 'Mål', 'Frist', 'Resultat'],
      ['Kendskabsgrad', '42 % (2024)', '50 %', '31.12.2027', '44 %'],
      ['CO2-udledning fra egen drift (ton)', '12.000 (2020)', '9.600', PASSED, 9400],
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // From 42 % on 1.1.2025 to 50 % on 31.12.2027: 46,3 % by 24.11.2026, so 44 % is behind.
    expect(ruleAt(r, 'E2')).toEqual(['kpi-at-risk']);
    expect(ruleAt(r, 'E3')).toEqual(['kpi-met']);
  });
});

describe('the baseline year in the baseline column\'s header, as "Baseline 2025"', () => {
  it('starts the straight line after that year, as a column of baseline years would', () => {
    const r = run([
      ['Indikator', 'Baseline 2025', 'Mål', 'Frist', 'Resultat'],
      ['Andel eksporterende virksomheder', '26 %', '45 %', '31.12.2027', '26 %'],
    ]);
    // From 26 % on 1.1.2026 to 45 % on 31.12.2027: 33,8 % by 24.11.2026.
    expect(ruleAt(r, 'E2')).toEqual(['kpi-at-risk']);
  });

  it('takes no year from a period in the header', () => {
    const r = run([
      ['Indikator', 'Baseline 2020-2024', 'Mål', 'Frist', 'Resultat'],
      ['Andel eksporterende virksomheder', '26 %', '45 %', '31.12.2027', '26 %'],
    ]);
    // Read as an annual target from 1.1.2027: nothing is due yet.
    expect(ruleAt(r, 'E2')).toEqual([]);
  });
});

describe('a range target under a unit column that says "%", the results stored as fractions', () => {
  const HEAD_UNIT = ['Succeskriterium', 'Måleenhed', 'Måltal', 'Opnået', 'Deadline'];

  it('reads 0,93 beside "91-96" as 93 %: met, where 0,93 % would be a hundred times off the range', () => {
    const r = run([HEAD_UNIT, ['Svar på henvendelser inden for 5 hverdage', '%', '91-96', 0.93, PASSED]]);
    expect(ruleAt(r, 'D2')).toEqual(['kpi-met']);
  });

  it('scales a range written as fractions with the rest of the row', () => {
    const r = run([HEAD_UNIT, ['Svar på henvendelser inden for 5 hverdage', '%', '0,91-0,96', 0.89, PASSED]]);
    expect(r.findings.find((f) => f.cell === 'D2')).toMatchObject({ rule: 'kpi-not-met', expected: '91' });
  });

  it('asks which is meant when a fraction is no nearer the target as percent than as it stands', () => {
    const r = run([HEAD_UNIT, ['Andel ledige', '%', '10', 0.5, PASSED]]);
    expect(ruleAt(r, 'D2')).toEqual([]);
    expect(ruleAt(r, 'A2')).toEqual(['reading-unsure']);
  });
});
