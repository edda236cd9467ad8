/**
 * A verdict per table and the run's summary. The check's own verdicts are used when it gives them (they
 * know when a reading is too unsure to judge); otherwise they are counted from the findings here.
 */
import type { CheckResult, TableVerdict, TableVerdictKind } from '../../core/check/result';
import { tableOfFinding } from './table-of-finding';

export function tableVerdicts(result: CheckResult): readonly TableVerdict[] {
  if (result.verdicts) return result.verdicts;
  return result.tables.map((table, i) => {
    const mine = result.findings.filter((f) => tableOfFinding(f, result.tables) === table.id);
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.filter((f) => f.severity === 'warning').length;
    const infos = mine.filter((f) => f.severity === 'info').length;
    const unsure = result.readings?.[i]?.unsure ?? false;
    const verdict: TableVerdictKind = unsure ? 'unsure' : errors ? 'errors' : warnings ? 'warnings' : 'ok';
    return { tableId: table.id, verdict, errors, warnings, infos };
  });
}

export interface RunSummary {
  readonly tables: number;
  readonly errors: number;
  readonly warnings: number;
  readonly ok: number;
  readonly unsure: number;
  /** Findings that belong to no table (a sheet that could not be read, a cross-table finding). */
  readonly workbookErrors: number;
}

export function summarize(result: CheckResult): RunSummary {
  const verdicts = tableVerdicts(result);
  const count = (k: TableVerdictKind) => verdicts.filter((v) => v.verdict === k).length;
  const workbookErrors = result.findings.filter(
    (f) => f.severity === 'error' && tableOfFinding(f, result.tables) === null,
  ).length;
  return {
    tables: verdicts.length,
    errors: count('errors'),
    warnings: count('warnings'),
    ok: count('ok'),
    unsure: count('unsure'),
    workbookErrors,
  };
}
