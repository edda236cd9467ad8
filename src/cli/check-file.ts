/**
 * One file's whole check, as the command line runs it (in a worker thread it can stop): open, read,
 * check, write the checked copy or the findings workbook, and return what to print plus one summary
 * row. Never throws: an unusable file is exit code 2 with a one-line message.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../core/check/check-workbook';
import type { CheckParams } from '../core/check/params';
import type { CheckResult } from '../core/check/result';
import { hasErrors, text } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import { XlsxWorkbook } from '../adapters/xlsx/xlsx-workbook';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_UNUSABLE,
  fundPath,
  messageOf,
  unusable,
  type FileJob,
  type FileOutcome,
  type FileSummary,
  type FileVerdict,
} from './outcome';
import { jsonReport, tablesAndFindings, textReport, type JsonReport } from './report';
import { FINDINGS_SHEET } from '../core/output/findings-sheet';
import { isOwnOutput } from './own-output';

export async function checkFile(job: FileJob): Promise<FileOutcome> {
  let stdout = '';
  let stderr = '';
  const io = { out: (s: string) => (stdout += s), err: (s: string) => (stderr += s) };
  try {
    const ran = await run(job, io);
    if (ran === 'output' || ran === 'copy') {
      // Not a row of the summary: the folder run names it on a line of its own instead.
      const summary: FileSummary = { ...unusable(job.file, ''), code: EXIT_OK, verdict: 'ok' };
      return { code: EXIT_OK, stdout, stderr, summary, ownOutput: ran };
    }
    const { code, result, written, note, report } = ran;
    const parts = report ?? tablesAndFindings(result, job.lang);
    const summary = summaryOf(job.file, code, result, parts, written, note);
    return { code, stdout, stderr, summary };
  } catch (e) {
    const message = messageOf(e, job.lang);
    stderr += `fordel: ${message}\n`;
    return { code: EXIT_UNUSABLE, stdout, stderr, summary: unusable(job.file, message) };
  }
}

interface Printer {
  out(s: string): void;
  err(s: string): void;
}

interface Ran {
  readonly code: number;
  readonly result: CheckResult;
  readonly written?: string;
  readonly note?: string;
  /** The JSON report when one was printed, so the summary does not build it again. */
  readonly report?: JsonReport;
}

async function run(cmd: FileJob, io: Printer): Promise<Ran | 'output' | 'copy'> {
  if (cmd.out !== undefined && path.resolve(cmd.out) === path.resolve(cmd.file)) {
    throw new InputError(
      text(
        '--out må ikke være den fil, der kontrolleres; Fordel ændrer aldrig din fil.',
        '--out must not be the file being checked; Fordel never changes your file.',
      ),
    );
  }
  const workbook = await XlsxWorkbook.open(cmd.file, { maxBytes: cmd.maxBytes });
  const snapshot = await workbook.read();
  if (cmd.leaveOutOwnOutput && isOwnOutput(snapshot)) return 'output';
  // A checked copy holds the user's sheets too, so its name says what it is, and Fordel's settings sheet
  // with a recorded run confirms it; a workbook of the user's with such a name is checked.
  if (cmd.leaveOutOwnOutput && cmd.namedLikeOutput && snapshot.settings?.lastRun) return 'copy';
  const params: CheckParams = {
    lang: cmd.lang,
    asOf: cmd.asOf,
    unit: cmd.unit,
    total: cmd.total,
    minOwnShare: cmd.minOwnShare,
    matchingRatio: cmd.matchingRatio,
    validated: cmd.validated,
  };
  const result = checkWorkbook(snapshot, { ...params, ...splitsToApply(cmd, snapshot, params) });

  const report = cmd.json ? jsonReport(result, cmd.lang) : undefined;
  if (report) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (cmd.print !== false) io.out(textReport(result, cmd.lang));

  const t = (da: string, en: string): string => (cmd.lang === 'da' ? da : en);
  const verdictCode = hasErrors(result.findings) ? EXIT_FINDINGS : EXIT_OK;
  if (cmd.out === undefined) return { code: verdictCode, result, report };

  // With --json, stdout holds exactly one JSON document; notes go to stderr.
  const say = (s: string): void => (cmd.json ? io.err(`${s}\n`) : io.out(`${s}\n`));
  const fundOnly = await workbook.prepareWrite(result.plan);
  if (fundOnly) {
    const target = fundPath(cmd.file, cmd.out);
    if (cmd.overwrite) await refuseReplacingUsers(target, cmd.maxBytes);
    await workbook.write(result.plan);
    await workbook.saveAs(target, { overwrite: cmd.overwrite });
    const note = t(
      `Ingen kontrolleret kopi, fordi ${fundOnly.da}; fundene er gemt for sig i ${target}`,
      `No checked copy, because ${fundOnly.en}; the findings are saved on their own in ${target}`,
    );
    say(note);
    return { code: verdictCode, result, written: target, note, report };
  }
  if (result.refusals.length) {
    io.err(`fordel: ${t('Intet er skrevet:', 'Nothing was written:')}\n`);
    for (const r of result.refusals) io.err(`  ${r.sheet}!${r.cell}  ${r.message[cmd.lang]}\n`);
    return { code: EXIT_FINDINGS, result, note: t('Intet er skrevet', 'Nothing was written'), report };
  }
  const writing = await workbook.write(result.plan);
  if (!writing.written) {
    const why = writing.refused?.[cmd.lang] ?? '';
    io.err(`fordel: ${t('Intet er skrevet', 'Nothing was written')}: ${why}\n`);
    return { code: EXIT_FINDINGS, result, note: why, report };
  }
  await workbook.saveAs(cmd.out, { overwrite: cmd.overwrite });
  const n = result.applied?.length ?? 0;
  if (n) {
    say(
      t(
        `Den præcise fordeling er indsat i ${n} ${n === 1 ? 'celle' : 'celler'} i kopien; de tidligere værdier står på arket ${FINDINGS_SHEET.da}.`,
        `The exact split was inserted into ${n} ${n === 1 ? 'cell' : 'cells'} of the copy; the previous values are listed on the sheet ${FINDINGS_SHEET.en}.`,
      ),
    );
  }
  say(t(`Kontrolleret kopi gemt: ${cmd.out}`, `Checked copy saved: ${cmd.out}`));
  return { code: verdictCode, result, written: cmd.out, report };
}

/**
 * The findings workbook's name is Fordel's choice, not the user's, so --overwrite (given for --out) may
 * replace only Fordel's own findings there: a workbook of the user's that happens to have the name stays.
 */
async function refuseReplacingUsers(target: string, maxBytes: number | undefined): Promise<void> {
  if (!(await fs.lstat(target).catch(() => null))) return;
  const own = await XlsxWorkbook.open(target, { maxBytes })
    .then(async (wb) => isOwnOutput(await wb.read()))
    .catch(() => false);
  if (own) return;
  throw new InputError(
    text(
      `${target} findes allerede og er ikke fund, som Fordel har skrevet, så den overskrives ikke, heller ikke med --overwrite. Flyt eller omdøb den, eller gem et andet sted med --out.`,
      `${target} already exists and is not findings Fordel wrote, so it is not replaced, not even with --overwrite. Move or rename it, or save elsewhere with --out.`,
    ),
  );
}

/** `--apply-split` alone means every split table whose exact split is certain; the core applies only those. */
function splitsToApply(
  cmd: FileJob,
  snapshot: Parameters<typeof checkWorkbook>[0],
  params: CheckParams,
): Pick<CheckParams, 'applySplit'> {
  if (!cmd.applySplit) return {};
  if (cmd.applySplit !== 'all') return { applySplit: cmd.applySplit };
  const fixes = checkWorkbook(snapshot, params).fixes;
  return { applySplit: [...(fixes?.keys() ?? [])] };
}

function summaryOf(
  file: string,
  code: number,
  result: CheckResult,
  report: Pick<JsonReport, 'tables' | 'findings'>,
  written?: string,
  message?: string,
): FileSummary {
  const count = (s: string): number => result.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const unsure = (result.verdicts ?? []).some((v) => v.verdict === 'unsure');
  const verdict: FileVerdict = errors ? 'errors' : unsure ? 'unsure' : warnings ? 'warnings' : 'ok';
  return {
    file,
    code,
    verdict,
    tables: report.tables,
    errors,
    warnings,
    infos,
    findings: report.findings,
    ...(message ? { message } : {}),
    ...(written ? { written } : {}),
  };
}
