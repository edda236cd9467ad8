/** Target lists whose deadlines are Excel date serials, formatted as dates or not formatted at all. */
import type { RawValue } from '../../../src/core/grid/grid';
import { f, sheet1, type CorpusCase } from './types';

const HEAD: RawValue[] = ['Resultatmål', 'Enhed', 'Baseline (2025)', 'Måltal', 'Resultat', 'Frist'];

// 46387 = 31.12.2026, 45657 = 31.12.2024, 45000 = 15.03.2023 (Excel's 1900 date system).
const ROWS: RawValue[][] = [
  HEAD,
  ['Kendskabsgrad', '%', 42, 50, 46, 46387],
  ['Vejledninger', 'antal', 100, 1500, 800, 45657],
  ['NPS', 'point', 65, 70, null, 45000],
];

const EXPECTED = [
  f('kpi-not-met', 'E3', { da: 'fristen 31.12.2024 er passeret', expected: '1500', actual: '800' }),
  f('kpi-at-risk', 'E2', { expected: '49.19', actual: '46' }),
  f('kpi-deadline-passed', 'D4', { da: 'fristen 15.03.2023 er passeret' }),
];

export const KPI_CASES: CorpusCase[] = [
  {
    name: 'deadlines as date-formatted serial numbers',
    sheets: sheet1(ROWS, { formats: { F2: 'dd-mm-yyyy', F3: 'dd-mm-yyyy', F4: 'dd-mm-yyyy' } }),
    findings: EXPECTED,
  },
  { name: 'deadlines as bare serial numbers', sheets: sheet1(ROWS), findings: EXPECTED },
  {
    name: 'a deadline that is a formula error',
    sheets: sheet1([...ROWS.slice(0, 3), ['NPS', 'point', 65, 70, null, { error: '#N/A' }]]),
    findings: [...EXPECTED.slice(0, 2), f('formula-error', 'F4', { da: '#N/A' })],
  },
];
