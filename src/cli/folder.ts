/**
 * `fordel check <folder or several files>`: every workbook on a pool of workers (one per core by
 * default), a progress line on a terminal, one line per file, and one summary (--summary .xlsx/.csv,
 * --json). The exit code is the worst of the files'.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { text, type Lang } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import { sameFile } from '../adapters/xlsx/output-path';
import type { CheckCommand } from './args';
import type { FileJob, FileSummary } from './outcome';
import { collectFiles, namedLikeOutput, type Skipped } from './collect-files';
import { CheckSlot } from './isolate';
import { verdictText } from './verdict-text';

export interface FolderIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Rewrites one status line on a terminal; absent when output goes to a file or pipe. */
  readonly progress?: (s: string) => void;
}

export async function checkFolder(cmd: CheckCommand, io: FolderIo): Promise<number> {
  const skipped: Skipped[] = [];
  const found = await collectFiles(cmd.files, skipped);
  // Before anything is checked: the summary never replaces a workbook that is read, named or in a folder;
  // only Fordel's own summary of an earlier run is left out of the check and updated.
  const files = cmd.summary ? await settleSummary(cmd, cmd.summary, found, skipped) : found;
  const jobs = Math.max(1, Math.min(cmd.jobs ?? os.availableParallelism(), files.length));
  const results: FileSummary[] = new Array(files.length);
  let next = 0;
  let finished = 0;
  const show = (): void =>
    io.progress?.(
      `${finished}/${files.length} ${cmd.lang === 'da' ? 'filer kontrolleret' : 'files checked'}`,
    );
  show();
  const { out: _out, files: _files, ...shared } = cmd;
  const own: { file: string; why: 'output' | 'copy' }[] = [];
  const take = (): (FileJob & { readonly index: number }) | undefined => {
    if (next >= files.length) return undefined;
    const i = next++;
    return {
      ...shared,
      index: i,
      file: files[i],
      print: false,
      json: false,
      leaveOutOwnOutput: true,
      namedLikeOutput: !cmd.files.includes(files[i]) && namedLikeOutput(files[i]),
    };
  };
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      const slot = new CheckSlot();
      try {
        await slot.runAll(take, cmd.timeoutMs, (job, outcome) => {
          if (outcome.ownOutput) own.push({ file: job.file, why: outcome.ownOutput });
          else results[job.index] = outcome.summary;
          finished++;
          show();
        });
      } finally {
        await slot.close();
      }
    }),
  );
  io.progress?.('');
  const checked = results.filter((r) => r !== undefined);
  for (const o of own.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file)))
    skipped.push({ path: o.file, why: o.why === 'copy' ? CHECKED_COPY : OWN_OUTPUT });
  if (cmd.summary)
    await (await import('./summary')).writeSummary(cmd.summary, checked, cmd.lang, cmd.overwrite, files);
  if (cmd.json) io.stdout(`${JSON.stringify({ files: checked }, null, 2)}\n`);
  else io.stdout(summaryText(checked, cmd.lang));
  const skip = cmd.lang === 'da' ? 'Ikke kontrolleret' : 'Not checked';
  for (const s of skipped) io.stderr(`fordel: ${skip}: ${s.path} (${s.why[cmd.lang]})\n`);
  if (cmd.summary) {
    const saved = cmd.lang === 'da' ? `Oversigt gemt: ${cmd.summary}` : `Summary saved: ${cmd.summary}`;
    (cmd.json ? io.stderr : io.stdout)(`${saved}\n`);
  }
  return checked.reduce((worst, r) => Math.max(worst, r.code), 0);
}

const OWN_OUTPUT = text(
  'en oversigt eller fund, som Fordel har skrevet, uændret siden; Fordel kontrollerer ikke sit eget output',
  'a summary or findings Fordel wrote, unchanged since; Fordel does not check its own output',
);
const CHECKED_COPY = text(
  'en kontrolleret kopi fra en tidligere kørsel, efter navnet og Fordels indstillinger i den; kontrollér originalen',
  'a checked copy of an earlier run, by its name and the Fordel settings in it; check the original',
);
const OWN_SUMMARY = text(
  'Fordels oversigt fra en tidligere kørsel; den kontrolleres ikke, men erstattes af den nye',
  "Fordel's summary of an earlier run; it is not checked but replaced by the new one",
);

/**
 * The files to check once the --summary target is settled. A target that exists must be replaced with
 * --overwrite (refused now, not after the check); a target among the workbooks to check is refused,
 * unless it carries Fordel's mark as its own output, which is then left out of the check and named.
 */
async function settleSummary(
  cmd: CheckCommand,
  target: string,
  files: readonly string[],
  skipped: Skipped[],
): Promise<string[]> {
  if ((await fs.lstat(target).catch(() => null)) && !cmd.overwrite) {
    throw new InputError(
      text(
        `Filen findes allerede: ${target} (brug --overwrite for at erstatte den).`,
        `The file already exists: ${target} (use --overwrite to replace it).`,
      ),
    );
  }
  const rest: string[] = [];
  for (const file of files) {
    if ((await sameFile(path.resolve(target), path.resolve(file))) && (await ownOutput(cmd, file))) {
      skipped.push({ path: file, why: OWN_SUMMARY });
    } else rest.push(file);
  }
  await (await import('./summary')).guardSummaryPath(target, [...rest, ...cmd.files]);
  return rest;
}

/** Whether a workbook is Fordel's own output, read in a stoppable worker like any file checked. */
async function ownOutput(cmd: CheckCommand, file: string): Promise<boolean> {
  const { out: _out, files: _files, ...shared } = cmd;
  const slot = new CheckSlot();
  try {
    const job = { ...shared, file, print: false, json: false, leaveOutOwnOutput: true };
    return (await slot.run(job, cmd.timeoutMs)).ownOutput === 'output';
  } finally {
    await slot.close();
  }
}

function summaryText(results: readonly FileSummary[], lang: Lang): string {
  const da = lang === 'da';
  const width = Math.min(60, Math.max(...results.map((r) => path.basename(r.file).length)));
  const lines = results.map((r) => {
    const name = path.basename(r.file).padEnd(width);
    if (r.verdict === 'unusable') return `${name}  ${verdictText(r.verdict, lang)}: ${r.message ?? ''}`;
    const tables = da
      ? `${r.tables.length} tabel${r.tables.length === 1 ? '' : 'ler'}`
      : `${r.tables.length} table${r.tables.length === 1 ? '' : 's'}`;
    const counts = da
      ? `${r.errors} fejl, ${r.warnings} ${r.warnings === 1 ? 'advarsel' : 'advarsler'}`
      : `${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}`;
    return `${name}  ${verdictText(r.verdict, lang)}  (${tables}; ${counts})`;
  });
  const n = (v: string): number => results.filter((r) => r.verdict === v).length;
  const total = da
    ? `${results.length} ${results.length === 1 ? 'fil' : 'filer'}: ${n('ok') + n('warnings')} uden fejl, ${n('errors')} med fejl, ${n('unsure')} ${n('unsure') === 1 ? 'usikker' : 'usikre'}, ${n('unusable')} kan ikke bruges`
    : `${results.length} file${results.length === 1 ? '' : 's'}: ${n('ok') + n('warnings')} without errors, ${n('errors')} with errors, ${n('unsure')} unsure, ${n('unusable')} unusable`;
  return `${lines.join('\n')}\n${total}\n`;
}
