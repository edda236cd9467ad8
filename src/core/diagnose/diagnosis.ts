/**
 * A diagnosis: one cause behind several findings, said once at the cell to fix, with how sure Fordel
 * is. The findings it explains stay with it (ResultItem.findings) instead of being listed one by one.
 */
import type { Finding, Text } from '../findings/finding';
import type { RuleCode } from '../findings/catalogue';
import type { UserEdit } from '../output/plan';

export type Confidence = 'certain' | 'likely' | 'possible';

export interface Diagnosis {
  readonly rule: RuleCode;
  readonly sheet: string;
  /** The cell to fix (or the range concerned). */
  readonly cell: string;
  readonly message: Text;
  readonly confidence: Confidence;
  /** The findings this cause explains; never empty. */
  readonly explains: readonly Finding[];
  /** Plain decimals like Finding.expected/actual: the value that would be right, and the one there. */
  readonly expected?: string;
  readonly actual?: string;
  /** The exact split, when this diagnosis concerns a split whose fix is certain. */
  readonly edits?: readonly UserEdit[];
}

/** Identifies a finding across a re-run of the same rule: same rule, same cell. */
export function findingKey(f: Pick<Finding, 'rule' | 'sheet' | 'cell'>): string {
  return `${f.rule}|${f.sheet}|${f.cell}`;
}

/** The findings of `before` that a re-run (`after`) no longer has. */
export function vanished(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const still = new Set(after.map(findingKey));
  return before.filter((f) => !still.has(findingKey(f)));
}
