/**
 * Starting the worker that checks a file. The command starts one as its very first step when it is a
 * check, so the worker loads SheetJS and the core while the main thread still reads its arguments; the
 * first file's CheckSlot then takes that worker instead of starting its own.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** Heap per worker: enough for a 50 MB workbook, and a runaway reader stops here rather than at the machine's. */
const WORKER_HEAP_MB = 3072;

/**
 * How far the heap may grow past what the last full collection kept, in percent. V8's own choice (up to 4x
 * on a heap this size) let a 300.000-row check reach 1 GB while it held about 230 MB; at 50 % the same check
 * peaks near 550 MB and a 1.000.000-row one stays well under 2 GB, at no measurable cost in CPU time.
 */
const HEAP_GROWING_PERCENT = 50;

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** Whether checks can run in stoppable workers: only from the compiled command (lib/cli). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export function startWorker(): Worker {
  // A V8 setting of the whole process, read at each collection: it holds for every worker from now on.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
