/**
 * Runs one file's check in a worker thread under a time limit, so that a file no reader can finish
 * (whole-column validations, tens of thousands of merged ranges) ends with one line and exit code 2
 * instead of a hang, and nothing half-written is left behind. Workers are reused between files and
 * replaced after one is stopped.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../core/findings/finding';
import { EXIT_UNUSABLE, fundPath, unusable, type FileJob, type FileOutcome } from './outcome';

/** Heap per worker: enough for a 50 MB workbook, and a runaway reader stops here rather than at the machine's. */
const WORKER_HEAP_MB = 3072;

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** Whether checks can run in stoppable workers: only from the compiled command (lib/cli). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export class CheckSlot {
  private worker: Worker | null = null;

  /** Checks one file; past the time limit the worker is stopped and the outcome says so. */
  async run(job: FileJob, timeoutMs: number): Promise<FileOutcome> {
    if (!workersAvailable()) return inProcess(job, timeoutMs);
    const worker = (this.worker ??= new Worker(WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    }));
    const outcome = await new Promise<FileOutcome | 'timeout' | Error>((resolve) => {
      const done = (r: FileOutcome | 'timeout' | Error): void => {
        clearTimeout(timer);
        worker.off('message', done);
        worker.off('error', done);
        worker.off('exit', onExit);
        resolve(r);
      };
      const onExit = (): void => done(new Error('exit'));
      const timer = setTimeout(() => done('timeout'), timeoutMs);
      worker.on('message', done);
      worker.on('error', done);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
    if (outcome === 'timeout' || outcome instanceof Error) {
      this.worker = null;
      await worker.terminate();
      await removeTemporaries(job);
      const message = outcome === 'timeout' ? timedOut(job, timeoutMs) : crashed(job.lang, outcome);
      return {
        code: EXIT_UNUSABLE,
        stdout: '',
        stderr: `fordel: ${message}\n`,
        summary: unusable(job.file, message),
      };
    }
    return outcome;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** Running from the TypeScript sources (tests): same check, in this thread, reported late rather than stopped. */
async function inProcess(job: FileJob, timeoutMs: number): Promise<FileOutcome> {
  const started = Date.now();
  const { checkFile } = await import('./check-file');
  const outcome = await checkFile(job);
  if (Date.now() - started <= timeoutMs) return outcome;
  const message = timedOut(job, timeoutMs);
  return {
    code: EXIT_UNUSABLE,
    stdout: '',
    stderr: `fordel: ${message}\n`,
    summary: unusable(job.file, message),
  };
}

function timedOut(job: FileJob, timeoutMs: number): string {
  const s = Math.round(timeoutMs / 1000);
  const name = path.basename(job.file);
  return job.lang === 'da'
    ? `${name}: kontrollen blev stoppet efter ${s} s, og intet er skrevet. Filen er for tung at læse (fx datavalidering på hele kolonner eller titusinder af flettede celler); fjern dem, eller giv mere tid med --timeout.`
    : `${name}: the check was stopped after ${s} s and nothing was written. The file is too heavy to read (e.g. data validation on whole columns or tens of thousands of merged cells); remove them, or allow more time with --timeout.`;
}

function crashed(lang: Lang, e: Error): string {
  const memory = /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(
    `${e.message} ${(e as { code?: string }).code ?? ''}`,
  );
  if (memory || e.message === 'exit') {
    return lang === 'da'
      ? 'Filen er for stor til at blive kontrolleret (hukommelsen slap op). Del den op i mindre projektmapper.'
      : 'The file is too large to check (memory ran out). Split it into smaller workbooks.';
  }
  return `${lang === 'da' ? 'intern fejl' : 'internal error'}: ${e.message.split('\n')[0]}`;
}

/** A stopped save leaves its temporary file (".name.<hex>.tmp") beside the target: remove it. */
async function removeTemporaries(job: FileJob): Promise<void> {
  if (job.out === undefined) return;
  for (const target of [path.resolve(job.out), path.resolve(fundPath(job.file, job.out))]) {
    const dir = path.dirname(target);
    const prefix = `.${path.basename(target)}.`;
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const n of names) {
      if (n.startsWith(prefix) && n.endsWith('.tmp')) await fs.rm(path.join(dir, n), { force: true });
    }
  }
}
