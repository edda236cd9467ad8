/**
 * One model for everything the rules report. A finding always says where (sheet and A1 cell or
 * range), what rule, how bad, and what was expected against what was found.
 */
import type { RuleCode, Severity } from './catalogue';
import type { Text } from './text';

export type { Severity } from './catalogue';
export type { Lang, Text } from './text';
export { text } from './text';

export interface Finding {
  readonly rule: RuleCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 cell ("C7") or range ("B3:F3"). */
  readonly cell: string;
  readonly message: Text;
  /**
   * Machine-readable values, plain decimal with '.' ("1500000", "49.5"); money in kroner,
   * shares in percent. Absent where a rule has no single number to compare.
   */
  readonly expected?: string;
  readonly actual?: string;
  /** Other cells the finding concerns (the parts of a sum, the duplicate's first row). */
  readonly related?: readonly string[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet, row and column, so reports read top to bottom. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      cellOrder(a.cell) - cellOrder(b.cell) ||
      a.rule.localeCompare(b.rule),
  );
}

function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return 0;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
