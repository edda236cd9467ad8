import { AMOUNT_CASES } from './amounts';
import { KPI_CASES } from './kpi';
import { LAYOUT_CASES } from './layout';
import { PARTY_CASES } from './parties';
import type { CorpusCase } from './types';

export const CORPUS: readonly CorpusCase[] = [...AMOUNT_CASES, ...LAYOUT_CASES, ...PARTY_CASES, ...KPI_CASES];
