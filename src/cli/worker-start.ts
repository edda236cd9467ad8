/**
 * Starting the worker that checks a file. The command starts one as its very first step when it is a
 * check, so the worker loads SheetJS and the core while the main thread still reads its arguments; the
 * first file's CheckSlot then takes that worker instead of starting its own.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/**
 * The same worker as one file (npm run build:cli bundles Fordel's own code with esbuild; the libraries stay
 * in node_modules): loading two hundred small files costs a worker more than the check of a small workbook.
 */
const BUNDLED_WORKER_FILE = path.join(__dirname, 'check-worker.bundle.js');

/** Heap per worker: enough for a 50 MB workbook, and a runaway reader stops here rather than at the machine's. */
const WORKER_HEAP_MB = 3072;

/** Whether checks can run in stoppable workers: only from the compiled command (lib/cli). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * The bundle when it was made from the files compiled now; after a bare `tsc` it is older than them and
 * would run yesterday's code, so the compiled files run instead.
 */
function workerFile(): string {
  const bundled = statSync(BUNDLED_WORKER_FILE, { throwIfNoEntry: false });
  const compiled = statSync(WORKER_FILE, { throwIfNoEntry: false });
  return bundled && compiled && bundled.mtimeMs >= compiled.mtimeMs ? BUNDLED_WORKER_FILE : WORKER_FILE;
}

let chosen: string | undefined;

export function startWorker(): Worker {
  chosen ??= workerFile();
  return new Worker(chosen, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

let early: { worker: Worker; exited: boolean } | null = null;

/**
 * Starts a worker ahead of need. It does not keep the process alive: a command that ends before any
 * file is checked (a wrong option) exits as it would without it.
 */
export function startEarly(): void {
  if (early || !workersAvailable()) return;
  const worker = startWorker();
  worker.unref();
  const started = { worker, exited: false };
  worker.once('exit', () => (started.exited = true));
  early = started;
}

/** The worker started early, once, if it is still running; it keeps the process alive from now on. */
export function takeEarly(): Worker | null {
  const taken = early;
  early = null;
  if (!taken || taken.exited) return null;
  taken.worker.ref();
  return taken.worker;
}
