/**
 * The user's list of results. The check's own items (diagnoses and groups of one cause) are used when it
 * gives them; otherwise findings of one rule on one table are grouped here, which is the same shape
 * with the rule standing in for the cause.
 */
import { CATALOGUE } from '../../core/findings/catalogue';
import type { Finding, Severity } from '../../core/findings/finding';
import type { CheckResult, ResultItem } from '../../core/check/result';
import { sheetOrder } from './sheet-order';
import { tableOfFinding } from './table-of-finding';

export function resultItems(result: CheckResult, sheets: readonly string[]): readonly ResultItem[] {
  if (result.items) return result.items;
  return groupFindings(result, sheets);
}

/** Findings grouped by table and rule, each group in sheet order, groups by their first cell. */
export function groupFindings(
  result: Pick<CheckResult, 'findings' | 'tables'>,
  sheets: readonly string[],
): ResultItem[] {
  const order = sheetOrder(sheets);
  const groups = new Map<string, { tableId: string | null; findings: Finding[] }>();
  for (const f of result.findings) {
    const tableId = tableOfFinding(f, result.tables);
    const key = `${tableId ?? ''}\u0000${f.rule}\u0000${f.severity}`;
    const group = groups.get(key) ?? { tableId, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  const items: ResultItem[] = [...groups.values()].map(({ tableId, findings }) => {
    const sorted = [...findings].sort(order);
    const first = sorted[0];
    const single = sorted.length === 1;
    return {
      id: `${tableId ?? 'workbook'}:${first.rule}:${first.sheet}!${first.cell}`,
      kind: single ? 'finding' : 'group',
      rule: first.rule,
      severity: first.severity,
      tableId,
      sheet: first.sheet,
      cell: first.cell,
      message: single ? first.message : CATALOGUE[first.rule].what,
      count: sorted.length,
      findings: sorted,
    };
  });
  return items.sort(order);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type SeverityFilter = 'all' | 'error' | 'warning';

/** "Only errors" keeps errors; "errors and warnings" drops info; "all" keeps everything. */
export function passesFilter(severity: Severity, filter: SeverityFilter): boolean {
  if (filter === 'all') return true;
  return RANK[severity] <= RANK[filter];
}
