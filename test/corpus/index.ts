/** Every real-layout case, in report order. */
import { BUDGET_CASES } from './cases/budgets';
import { HELD_OUT_COFINANCING_CASES } from './cases/held-out-cofinancing';
import { HELD_OUT_FOURTH_CASES } from './cases/held-out-fourth';
import { HELD_OUT_KPI_CASES } from './cases/held-out-kpi';
import { HELD_OUT_MORE_CASES } from './cases/held-out-more';
import { HELD_OUT_NON_FINANCE_CASES } from './cases/held-out-nonfinance';
import { HELD_OUT_SPLIT_CASES } from './cases/held-out-splits';
import { HELD_OUT_TRAP_CASES } from './cases/held-out-traps';
import { FORMAT_AND_RULE_CASES } from './cases/formats-and-rules';
import { JUDGEMENT_CASES } from './cases/judgement';
import { KPI_CASES } from './cases/kpi';
import { METAMORPHIC_FIND_CASES } from './cases/metamorphic-finds';
import { LAYOUT_CASES } from './cases/layouts';
import { MORE_LAYOUT_CASES } from './cases/more-layouts';
import { NON_FINANCE_CASES } from './cases/non-finance';
import { SEED_TABLE_CASES } from './cases/seed-tables';
import { SEED_TARGET_CASES } from './cases/seed-targets';
import { TOTAL_AND_HEADER_CASES } from './cases/splits-and-totals';
import type { CorpusCase } from './types';

export const CASES: readonly CorpusCase[] = [
  ...SEED_TABLE_CASES,
  ...SEED_TARGET_CASES,
  ...TOTAL_AND_HEADER_CASES,
  ...LAYOUT_CASES,
  ...MORE_LAYOUT_CASES,
  ...FORMAT_AND_RULE_CASES,
  ...KPI_CASES,
  ...JUDGEMENT_CASES,
  ...NON_FINANCE_CASES,
  ...HELD_OUT_COFINANCING_CASES,
  ...HELD_OUT_SPLIT_CASES,
  ...HELD_OUT_KPI_CASES,
  ...HELD_OUT_TRAP_CASES,
  ...HELD_OUT_NON_FINANCE_CASES,
  ...HELD_OUT_MORE_CASES,
  ...HELD_OUT_FOURTH_CASES,
  ...METAMORPHIC_FIND_CASES,
  ...BUDGET_CASES,
];
