/**
 * The whole check, pure: grids in, findings and a write plan out. The add-in, the command line and the
 * tests all call this one function; only the way cells are read and written differs.
 */
import { sortFindings, type Finding } from '../findings/finding';
import type { SheetGrid } from '../grid/grid';
import { emptySettings, type UserEdit } from '../output/plan';
import { planOutput } from '../output/plan-output';
import type { TableLayout } from '../tables/layout';
import { boundedFinding } from './bounded-message';
import { acrossTables, kindFor } from '../kinds/registry';
import type { CheckParams } from './params';
import type { CheckResult } from './result';
import type { TableOutput } from '../output/table-output';
import { buildItems } from '../diagnose/items';
import { checkWithAppliedSplit } from '../diagnose/apply-split';
import { readingOf, verdictOf } from './readings';
import { findingsOfTable } from './table-findings';
import { splitAccepted } from './accepted';
import { unreadSheetFindings } from './unread-sheets';
import { readTables, userSheets, type SnapshotLike } from './read-tables';
import { unseenFormulaFindings } from './unseen-formulas';
import { provenOwnedSheets } from '../output/sheet-marks';
import { unsureOutput } from './unsure-table';
import { once } from './once';
import { forgetTexts } from '../text/memo';
import { confidenceOf, doubtedOutput, implausibleReadings, sumsUnderReading } from './implausible';

export { readTables, type SnapshotLike } from './read-tables';

export function checkWorkbook(snapshot: SnapshotLike, params: CheckParams): CheckResult {
  // The text memory holds one workbook's texts, not every workbook's a worker has checked (text/memo.ts).
  forgetTexts();
  // Confirmed exact splits: check once, put the certain fixes in, and check the result (apply-split.ts).
  if (params.applySplit?.length) return checkWithAppliedSplit(snapshot, params, runCheck);
  return runCheck(snapshot, params);
}

/** One check; `applied` are the user's cells already changed after their confirmation, listed on the findings sheet. */
export function runCheck(
  snapshot: SnapshotLike,
  params: CheckParams,
  applied: readonly UserEdit[] = [],
): CheckResult {
  const settings = snapshot.settings ?? emptySettings();
  const { checked, built } = judgedReadings(checkTables(snapshot, params), params);
  const { tables, outputs, grids: gridOf } = checked;
  const outputOf = new Map(outputs.map((o) => [o.layout.id, o]));
  const readings = tables.map((t) => {
    const reading = readingOf(gridOf.get(t.sheet), t, outputOf.get(t.id), params);
    const grid = gridOf.get(t.sheet);
    if (reading.confidence || !grid || t.kind === 'kpi') return reading;
    return { ...reading, confidence: confidenceOf(sumsUnderReading(t, built.items, grid)) };
  });
  // Items the user marked as fine, with unchanged values, leave the list, the verdicts and the exit code.
  const split = splitAccepted(built.items, checked.findings, settings.accepted ?? [], gridOf);
  const findings = split.findings;
  const diagnosed = { ...built, items: split.items };
  const verdicts = readings.map((reading, i) =>
    verdictOf(reading, findingsOfTable(tables[i], findings, tables), diagnosed.items),
  );
  // The columns and findings sheet to write are worked out only when something is written (--out, the
  // pane's write) or its notes are printed: a --json report never asks for them, and on large tables they
  // cost as much as the rules.
  const output = once(() => {
    const planned = planOutput({
      grids: userSheets(snapshot, settings),
      provenSheets: provenOwnedSheets(settings, snapshot.sheets),
      sheetNames: snapshot.sheetNames,
      settings,
      outputs,
      findings,
      lang: params.lang,
      checkedAt: params.asOf,
      validated: params.validated ?? false,
      items: diagnosed.items,
      applied,
      readings,
    });
    return { ...planned, refusals: planned.refusals.map(boundedFinding) };
  });
  return {
    tables,
    findings,
    get plan() {
      return output().plan;
    },
    get refusals() {
      return output().refusals;
    },
    get notes() {
      return output().notes;
    },
    readings,
    verdicts,
    items: diagnosed.items,
    diagnoses: diagnosed.diagnoses,
    fixes: diagnosed.fixes,
    accepted: split.accepted,
  };
}

/**
 * Checks and diagnoses; a table whose reading the arithmetic contradicts on most of its rows loses its rules
 * and gets one `reading-unsure` instead (implausible.ts), and the list is built again without it.
 */
function judgedReadings(checked: CheckedTables, params: CheckParams) {
  const items = (c: CheckedTables) =>
    buildItems({ tables: c.tables, outputs: c.outputs, findings: c.findings, grids: c.grids, params });
  const built = items(checked);
  const doubted = new Map(
    implausibleReadings(checked.tables, built.items, checked.grids).map((d) => [d.tableId, d.why]),
  );
  if (doubted.size === 0) return { checked, built };
  // Everything the list gave the table goes: its rules' findings as they stand in the check's list.
  const dropped = new Set<Finding>(
    built.items.filter((it) => it.tableId && doubted.has(it.tableId)).flatMap((it) => it.findings),
  );
  const outputs = checked.outputs.map((o) => {
    const why = doubted.get(o.layout.id);
    return why ? doubtedOutput(o, why) : o;
  });
  const added = outputs.filter((o) => doubted.has(o.layout.id)).flatMap((o) => o.findings);
  const findings = sortFindings([...checked.findings.filter((f) => !dropped.has(f)), ...added]);
  const again: CheckedTables = { ...checked, outputs, findings };
  return { checked: again, built: items(again) };
}

/** The checks themselves: every table's rules and the rules across tables, before diagnoses and output. */
export interface CheckedTables {
  readonly tables: readonly TableLayout[];
  readonly outputs: readonly TableOutput[];
  readonly findings: readonly Finding[];
  readonly grids: ReadonlyMap<string, SheetGrid>;
}

export function checkTables(snapshot: SnapshotLike, params: CheckParams): CheckedTables {
  // Fordel's own columns from an earlier run are not part of the user's tables.
  const read = readTables(snapshot);
  const tables = params.only ? read.tables.filter((t) => params.only!.includes(t.id)) : read.tables;
  const grids = new Map(read.grids.map((g) => [g.name, g]));
  const outputs: TableOutput[] = [];
  for (const t of tables) {
    const grid = grids.get(t.sheet);
    if (grid) outputs.push(t.unsure?.length ? unsureOutput(t) : kindFor(t).check(grid, params));
  }
  const named = [...read.findings, ...outputs.flatMap((o) => o.findings), ...acrossTables(outputs)];
  const findings: Finding[] = sortFindings(
    [...unreadSheetFindings(snapshot.unreadSheets), ...named, ...unseenFormulaFindings(grids, named)].map(
      boundedFinding,
    ),
  );
  return { tables, outputs, findings, grids };
}
