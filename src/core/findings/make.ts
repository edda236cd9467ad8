import { defaultSeverity, type RuleCode } from './catalogue';
import type { Finding, Severity, Text } from './finding';

/** Builds a finding with the rule's default severity unless one is given. */
export function finding(
  rule: RuleCode,
  sheet: string,
  cell: string,
  message: Text,
  extra: { severity?: Severity; expected?: string; actual?: string; related?: readonly string[] } = {},
): Finding {
  const { severity = defaultSeverity(rule), ...rest } = extra;
  return { rule, severity, sheet, cell, message, ...rest };
}
