import type { Finding, Text } from '../findings/finding';
import type { WritePlan } from '../output/plan';
import type { TableLayout } from '../tables/layout';

export interface CheckResult {
  readonly tables: readonly TableLayout[];
  /** Everything the rules found, sorted errors first. */
  readonly findings: readonly Finding[];
  /** What to write; empty when writing is refused. */
  readonly plan: WritePlan;
  /** Why Fordel will not write (cells holding the user's data, protected or filtered ranges); empty when it may. */
  readonly refusals: readonly Finding[];
  /** Decisions the user should know about, e.g. "the findings sheet is named 'Fordel-fund (2)'". */
  readonly notes: readonly Text[];
}
