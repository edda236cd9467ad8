/**
 * Runs one file's check in a worker thread under a time limit, so that a file no reader can finish
 * (whole-column validations, tens of thousands of merged ranges) ends with one line and exit code 2
 * instead of a hang, and nothing half-written is left behind. Workers are reused between files and
 * replaced after one is stopped.
 */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Lang } from '../core/findings/finding';
import { removeTemps } from '../adapters/xlsx/temp-files';
import { EXIT_UNUSABLE, fundPath, unusable, type FileOutcome, type WorkerJob } from './outcome';
import { startWorker, takeEarly, workersAvailable } from './worker-start';

/** Slots with a file in hand, so that an interrupted run (Ctrl+C, kill) can stop them and tidy up. */
const busy = new Map<CheckSlot, WorkerJob>();

/** Files a worker of a folder run holds at once: the one it checks and the next. */
const HANDED_AHEAD = 2;

export class CheckSlot {
  private worker: Worker | null = null;
  /** Closed (the run was interrupted): no file is handed to a worker again. */
  private closed = false;

  /** Checks (or cleans) one file; past the time limit the worker is stopped and the outcome says so. */
  async run(job: WorkerJob, timeoutMs: number): Promise<FileOutcome> {
    busy.set(this, job);
    try {
      return await this.runOne(job, timeoutMs);
    } finally {
      busy.delete(this);
    }
  }

  private async runOne(job: WorkerJob, timeoutMs: number): Promise<FileOutcome> {
    if (!workersAvailable()) return inProcess(job, timeoutMs);
    const worker = (this.worker ??= takeEarly() ?? startWorker());
    worker.postMessage(job);
    return this.outcomeOf(worker, job, timeoutMs);
  }

  /**
   * Checks files one after the other until `next` has none: the worker is handed the next file with the
   * one in hand, so it goes on at once instead of waiting for this thread to read each outcome and answer
   * (on a busy machine that wait is longer than a small file's check). `done` gets each outcome in turn.
   */
  async runAll<J extends WorkerJob>(
    next: () => J | undefined,
    timeoutMs: number,
    done: (job: J, outcome: FileOutcome) => void,
  ): Promise<void> {
    if (!workersAvailable()) {
      for (let job = next(); job; job = next()) done(job, await this.run(job, timeoutMs));
      return;
    }
    const handed: J[] = [];
    try {
      for (;;) {
        const worker = (this.worker ??= takeEarly() ?? startWorker());
        while (handed.length < HANDED_AHEAD) {
          const job = next();
          if (!job) break;
          handed.push(job);
          worker.postMessage(job);
        }
        if (!handed.length) return;
        busy.set(this, handed[0]);
        // The time limit runs from here: the worker took this file up as soon as the one before was done.
        const outcome = await this.outcomeOf(worker, handed[0], timeoutMs);
        done(handed.shift()!, outcome);
        if (this.closed) return;
        // A stopped worker took the files handed after it along: its successor gets them again.
        if (this.worker !== worker) for (const job of handed) this.resend(job);
      }
    } finally {
      busy.delete(this);
    }
  }

  private resend(job: WorkerJob): void {
    this.worker ??= takeEarly() ?? startWorker();
    this.worker.postMessage(job);
  }

  /** The worker's next outcome, which is the job's; past the time limit, or if it dies, it is stopped. */
  private async outcomeOf(worker: Worker, job: WorkerJob, timeoutMs: number): Promise<FileOutcome> {
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
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/**
 * Stops every file in hand at once (the run was interrupted): workers are ended and the temporary files
 * of their saves removed, so nothing half-written stays behind.
 */
export async function stopAll(): Promise<void> {
  const jobs = [...busy.entries()];
  busy.clear();
  await Promise.all(
    jobs.map(async ([slot, job]) => {
      await slot.close();
      await removeTemporaries(job);
    }),
  );
}

/** Running from the TypeScript sources (tests): same check, in this thread, reported late rather than stopped. */
async function inProcess(job: WorkerJob, timeoutMs: number): Promise<FileOutcome> {
  const started = Date.now();
  const outcome =
    job.command === 'clean'
      ? await (await import('./clean')).cleanFile(job)
      : await (await import('./check-file')).checkFile(job);
  if (Date.now() - started <= timeoutMs) return outcome;
  const message = timedOut(job, timeoutMs);
  return {
    code: EXIT_UNUSABLE,
    stdout: '',
    stderr: `fordel: ${message}\n`,
    summary: unusable(job.file, message),
  };
}

function timedOut(job: WorkerJob, timeoutMs: number): string {
  const s = Math.round(timeoutMs / 1000);
  const name = path.basename(job.file);
  const what = job.command === 'clean' ? ['rensningen', 'the clean'] : ['kontrollen', 'the check'];
  return job.lang === 'da'
    ? `${name}: ${what[0]} blev stoppet efter ${s} s, og intet er skrevet. Filen er for tung at læse inden for tidsgrænsen (fx datavalidering på hele kolonner eller titusinder af flettede celler); gør den lettere, eller giv mere tid med --timeout.`
    : `${name}: ${what[1]} was stopped after ${s} s and nothing was written. The file is too heavy to read within the time limit (e.g. data validation on whole columns or tens of thousands of merged cells); make it lighter, or allow more time with --timeout.`;
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
async function removeTemporaries(job: WorkerJob): Promise<void> {
  const targets = job.out === undefined ? [] : [job.out];
  if (job.out !== undefined && job.command !== 'clean') targets.push(fundPath(job.file, job.out));
  if (job.command !== 'clean' && job.summary !== undefined) targets.push(job.summary);
  for (const target of targets) await removeTemps(path.resolve(target));
}
