/**
 * fordel clean <workbook.xlsx> --out <copy.xlsx>: a copy without what Fordel wrote (its columns, sheets
 * and highlights; with --settings also its settings sheet). Without --out it only lists what it would
 * remove. The input file is never written. Like check, it runs in a worker thread under --timeout
 * (cleanFile is what the worker runs), so a file no reader can finish ends with one line and exit 2.
 */
import { planClean, isEmptyClean, keptNotes } from '../core/output/clean-plan';
import type { CleanPlan } from '../core/output/plan';
import { parseA1Range } from '../core/grid/a1';
import type { Lang } from '../core/findings/finding';
import type { CleanCommand } from './args';
import { CheckSlot } from './isolate';
import { EXIT_UNUSABLE, messageOf, unusable, type FileOutcome } from './outcome';

export async function clean(
  cmd: CleanCommand,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const slot = new CheckSlot();
  try {
    const outcome = await slot.run(cmd, cmd.timeoutMs);
    if (outcome.stdout) io.stdout(outcome.stdout);
    if (outcome.stderr) io.stderr(outcome.stderr);
    return outcome.code;
  } finally {
    await slot.close();
  }
}

/** The whole clean of one file, as the worker runs it. Never throws: an unusable file is exit code 2. */
export async function cleanFile(cmd: CleanCommand): Promise<FileOutcome> {
  let stdout = '';
  let stderr = '';
  const done = (code: number, message?: string): FileOutcome => ({
    code,
    stdout,
    stderr,
    summary: { ...unusable(cmd.file, message ?? ''), code, verdict: code === 0 ? 'ok' : 'unusable' },
  });
  try {
    const code = await run(cmd, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    return done(code);
  } catch (e) {
    const message = messageOf(e, cmd.lang);
    stderr += `fordel: ${message}\n`;
    return done(EXIT_UNUSABLE, message);
  }
}

async function run(
  cmd: CleanCommand,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  const t = (da: string, en: string): string => (cmd.lang === 'da' ? da : en);
  // Loaded here, in the worker: the main thread never loads the workbook libraries.
  const { XlsxWorkbook } = await import('../adapters/xlsx/xlsx-workbook');
  const workbook = await XlsxWorkbook.open(cmd.file, { maxBytes: cmd.maxBytes });
  const { settings, sheets } = await workbook.read();
  const plan = planClean(settings, { removeSettings: cmd.removeSettings, grids: sheets });
  io.stdout(describe(plan, settings !== null, cmd.lang));
  for (const note of keptNotes(plan)) io.stdout(`${note[cmd.lang]}\n`);
  if (cmd.out === undefined) return 0;

  const report = await workbook.clean(plan);
  if (!report.written) {
    io.stderr(
      `fordel: ${t('Intet er ændret', 'Nothing was changed')}: ${report.refused?.[cmd.lang] ?? ''}\n`,
    );
    return 1;
  }
  for (const note of report.notes ?? []) io.stdout(`${note[cmd.lang]}\n`);
  await workbook.saveAs(cmd.out, { overwrite: cmd.overwrite });
  io.stdout(
    `${t(`Kopi uden Fordels output gemt: ${cmd.out}`, `Copy without Fordel's output saved: ${cmd.out}`)}\n`,
  );
  return 0;
}
function describe(plan: CleanPlan, hasSettings: boolean, lang: Lang): string {
  const t = (da: string, en: string): string => (lang === 'da' ? da : en);
  if (
    isEmptyClean(plan) ||
    (!hasSettings && !plan.ranges.length && !plan.sheets.length && !plan.fills.length)
  )
    return `${t('Fordel har intet skrevet i denne projektmappe.', 'Fordel has written nothing in this workbook.')}\n`;
  const lines: string[] = [];
  if (plan.ranges.length) lines.push(`${t('Kolonner', 'Columns')}: ${plan.ranges.join(', ')}`);
  if (plan.sheets.length) lines.push(`${t('Ark', 'Sheets')}: ${plan.sheets.join(', ')}`);
  const marked = plan.fills.reduce((n, f) => n + cellCount(f.range), 0);
  if (marked) lines.push(t(`Markerede celler: ${marked}`, `Highlighted cells: ${marked}`));
  if (plan.removeSettings && hasSettings)
    lines.push(
      t(
        'Indstillingsarket (med dine rettelser af tabeller)',
        'The settings sheet (with your table corrections)',
      ),
    );
  return `${t('Fordels output:', "Fordel's output:")}\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

function cellCount(range: string): number {
  const r = parseA1Range(range);
  return r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
}
