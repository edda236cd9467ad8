/** Every real-layout case, in report order. */
import { KPI_CASES } from './cases/kpi';
import { SEED_TABLE_CASES } from './cases/seed-tables';
import { SEED_TARGET_CASES } from './cases/seed-targets';
import type { CorpusCase } from './types';

export const CASES: readonly CorpusCase[] = [...SEED_TABLE_CASES, ...SEED_TARGET_CASES, ...KPI_CASES];
