/**
 * `fordel check <folder or several files>`: every workbook on a pool of workers (one per core by
 * default), a progress line on a terminal, one line per file, and one summary (--summary .xlsx/.csv,
 * --json). The exit code is the worst of the files'.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Lang } from '../core/findings/finding';
import type { CheckCommand } from './args';
import type { FileSummary } from './outcome';
import { collectFiles, type Skipped } from './collect-files';
import { CheckSlot } from './isolate';
import { guardSummaryPath, verdictText, writeSummary } from './summary';

export interface FolderIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Rewrites one status line on a terminal; absent when output goes to a file or pipe. */
  readonly progress?: (s: string) => void;
}

export async function checkFolder(cmd: CheckCommand, io: FolderIo): Promise<number> {
  const skipped: Skipped[] = [];
  const files = await collectFiles(cmd.files, skipped);
  // Before anything is checked: the summary never replaces a workbook that is read, named or in a folder.
  if (cmd.summary) await guardSummaryPath(cmd.summary, [...files, ...cmd.files]);
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
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      const slot = new CheckSlot();
      try {
        while (next < files.length) {
          const i = next++;
          const outcome = await slot.run(
            { ...shared, file: files[i], print: false, json: false },
            cmd.timeoutMs,
          );
          results[i] = outcome.summary;
          finished++;
          show();
        }
      } finally {
        await slot.close();
      }
    }),
  );
  io.progress?.('');
  if (cmd.summary) await writeSummary(cmd.summary, results, cmd.lang, cmd.overwrite, files);
  if (cmd.json) io.stdout(`${JSON.stringify({ files: results }, null, 2)}\n`);
  else io.stdout(summaryText(results, cmd.lang));
  const skip = cmd.lang === 'da' ? 'Ikke kontrolleret' : 'Not checked';
  for (const s of skipped) io.stderr(`fordel: ${skip}: ${s.path} (${s.why[cmd.lang]})\n`);
  if (cmd.summary) {
    const saved = cmd.lang === 'da' ? `Oversigt gemt: ${cmd.summary}` : `Summary saved: ${cmd.summary}`;
    (cmd.json ? io.stderr : io.stdout)(`${saved}\n`);
  }
  return results.reduce((worst, r) => Math.max(worst, r.code), 0);
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
