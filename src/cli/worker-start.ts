/**
 * Starting the worker that checks a file. The command starts one as its very first step when it is a
 * check, so the worker loads SheetJS and the core while the main thread still reads its arguments; the
 * first file's CheckSlot then takes that worker instead of starting its own.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Heap per worker: enough for a 50 MB workbook, and a runaway reader stops here rather than at the machine's. */
const WORKER_HEAP_MB = 3072;

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** Whether checks can run in stoppable workers: only from the compiled command (lib/cli). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export function startWorker(): Worker {
  return new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
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
