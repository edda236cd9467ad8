/**
 * One press of "Kontrollér": read the workbook afresh (the user may have typed since the pane opened) and
 * check it with the user's corrections. Checking never writes; writing is its own step (`write`), taken when
 * the user asks for it or has chosen to write after every check.
 */
import type { SnapshotLike } from '../core/check/read-tables';
import type { CheckParams } from '../core/check/params';
import type { CheckResult } from '../core/check/result';
import type { LayoutOverride } from '../core/tables/layout';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../workbook/port';
import { withOverrides } from './overrides';

export type RunStep = 'reading' | 'checking' | 'writing';

export const RUN_STEPS: readonly RunStep[] = ['reading', 'checking', 'writing'];

export interface RunOutcome {
  readonly snapshot: WorkbookSnapshot;
  readonly result: CheckResult;
  /** Null when nothing was sent to the workbook (a plain check, no table found, or the check refused). */
  readonly report: WriteReport | null;
}

/**
 * The check itself: in the add-in and the browser page a Web Worker runs it (worker/), so the pane never
 * freezes; the tests call the core directly or stand in a result.
 */
export type Checker = (snapshot: SnapshotLike, params: CheckParams) => CheckResult | Promise<CheckResult>;

/**
 * The check on the page itself, where no worker runs it: loaded at the first check, so the pane's first
 * paint does not wait for code a worker normally runs.
 */
export const checkOnPage: Checker = async (snapshot, params) =>
  (await import('../core/check/check-workbook')).checkWorkbook(snapshot, params);

/** Lets the browser paint the step before a long synchronous check starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runCheck(
  port: WorkbookPort,
  params: CheckParams,
  overrides: readonly LayoutOverride[],
  write: boolean,
  onStep: (step: RunStep) => void,
  check: Checker = checkOnPage,
  removed: readonly string[] = [],
): Promise<RunOutcome> {
  onStep('reading');
  const snapshot = withOverrides(await port.read(), overrides, removed);
  onStep('checking');
  await nextFrame();
  const result = await check(snapshot, params);
  // With no table checked there is nothing true to write: no columns, and no findings sheet saying all is well.
  if (!write || result.tables.length === 0 || result.refusals.length > 0) {
    return { snapshot, result, report: null };
  }
  onStep('writing');
  await nextFrame();
  const report = await port.write(result.plan);
  return { snapshot, result, report };
}
