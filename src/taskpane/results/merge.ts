/**
 * A live re-check covers only the table being edited (CheckParams.only); its result replaces that table's
 * reading, verdict, items and findings in the last full result, and leaves every other table as it was.
 */
import type { CheckResult } from '../../core/check/result';
import { findingsOfTable } from '../../core/check/table-findings';

export function mergeTables(prev: CheckResult, next: CheckResult, ids: readonly string[]): CheckResult {
  const mine = (id: string | null) => id !== null && ids.includes(id);
  const pick = <T extends { tableId: string }>(
    old: readonly T[] | undefined,
    fresh: readonly T[] | undefined,
  ) => old?.map((x) => (mine(x.tableId) ? (fresh?.find((f) => f.tableId === x.tableId) ?? x) : x));
  const tables = prev.tables.filter((t) => ids.includes(t.id));
  const freshTables = next.tables.filter((t) => ids.includes(t.id));
  const oldFindings = new Set(tables.flatMap((t) => findingsOfTable(t, prev.findings)));
  const newFindings = freshTables.flatMap((t) => findingsOfTable(t, next.findings));
  const items = [...(prev.items ?? [])];
  const at = items.findIndex((i) => mine(i.tableId));
  const kept = items.filter((i) => !mine(i.tableId));
  const fresh = (next.items ?? []).filter((i) => mine(i.tableId));
  kept.splice(at < 0 ? kept.length : at, 0, ...fresh);
  return {
    ...prev,
    tables: prev.tables.map((t) => next.tables.find((n) => n.id === t.id) ?? t),
    findings: [...prev.findings.filter((f) => !oldFindings.has(f)), ...newFindings],
    readings: pick(prev.readings, next.readings),
    verdicts: pick(prev.verdicts, next.verdicts),
    items: kept,
    accepted: [
      ...(prev.accepted ?? []).filter((a) => !mine(a.item.tableId)),
      ...(next.accepted ?? []).filter((a) => mine(a.item.tableId)),
    ],
  };
}
