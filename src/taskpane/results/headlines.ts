/**
 * An item's one-line headline is its rule's short name (core/findings/rule-names.ts, the same the findings
 * sheet shows); the full message is the explanation under it. Which rules are good news, and which could
 * have a computed fix, are named here.
 */
import type { RuleCode } from '../../core/findings/catalogue';
import type { Lang } from '../../core/findings/finding';
import { RULE_NAMES } from '../../core/findings/rule-names';

export function headline(rule: RuleCode, lang: Lang): string {
  return RULE_NAMES[rule]?.[lang] ?? rule;
}

/** Rules whose finding is good news: shown with a tick and the word for it, never as a warning. */
export const GOOD_NEWS: ReadonlySet<RuleCode> = new Set<RuleCode>(['kpi-met']);

/** Rules where a fix would be a value Fordel can compute; an item of these without a fix says why. */
export const FIXABLE_KIND: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'split-mismatch',
  'split-unallocated',
  'rounded-shares',
  'digit-typo',
  'amounts-swapped',
]);
