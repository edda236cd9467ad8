/**
 * Starting the workers that check files. The command starts them as its very first step when it is a
 * check (one, or one per job for a folder), so they load SheetJS and the core while the main thread still
 * reads its arguments; each CheckSlot then takes one of those workers instead of starting its own.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/**
 * The same worker as one file (npm run build:cli bundles Fordel's own code with esbuild; the libraries stay
 * in node_modules): loading two hundred small files costs a worker more than the check of a small workbook.
 */
const BUNDLED_WORKER_FILE = path.join(__dirname, 'check-worker.bundle.js');

/** Heap per worker: enough for a 50 MB workbook, and a runaway reader stops here rather than at the machine's. */
const WORKER_HEAP_MB = 3072;

/**
 * How far the heap may grow past what the last full collection kept, in percent. V8's own choice (up to 4x
 * on a heap this size) let a 300.000-row check reach 1 GB while it held about 230 MB; at 50 % the same check
 * peaks near 550 MB and a 1.000.000-row one stays well under 2 GB, at no measurable cost in CPU time.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * How much a function runs before V8 considers compiling it for speed, as a multiple of V8's own budget
 * (67.584 bytecode units in Node 20). A folder of small workbooks runs each function of the check a few
 * hundred times: at V8's budget the optimising compiler took about a third of the run's CPU time (on
 * background threads, beside the workers on the same cores) for code that was done before it paid off.
 * At eight times the budget a folder of 200 files of 20 rows took about a quarter less CPU time in all, and
 * the hot loops of a large check are still compiled within its first second.
 */
const OPTIMISE_AFTER_BUDGETS = 8;
const V8_INTERRUPT_BUDGET = 67_584;

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
  // A V8 setting of the whole process, read at each collection: it holds for every worker from now on.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--interrupt-budget=${OPTIMISE_AFTER_BUDGETS * V8_INTERRUPT_BUDGET}`);
  return new Worker(chosen, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

const early: { worker: Worker; exited: boolean }[] = [];

/**
 * Starts workers ahead of need (as many as a folder run will use, or one). They do not keep the process
 * alive: a command that ends before any file is checked (a wrong option) exits as it would without them.
 */
export function startEarly(count = 1): void {
  if (early.length || !workersAvailable()) return;
  for (let i = 0; i < count; i++) {
    const worker = startWorker();
    worker.unref();
    const started = { worker, exited: false };
    worker.once('exit', () => (started.exited = true));
    early.push(started);
  }
}

/** A worker started early, once each, if it is still running; it keeps the process alive from now on. */
export function takeEarly(): Worker | null {
  for (let taken = early.shift(); taken; taken = early.shift()) {
    if (taken.exited) continue;
    taken.worker.ref();
    return taken.worker;
  }
  return null;
}
