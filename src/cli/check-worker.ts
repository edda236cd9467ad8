/**
 * Worker thread entry: checks (or cleans) the files the main thread sends, one at a time in the order
 * sent, and posts each outcome back. A folder run hands over the next file before this one is done, so
 * it waits here rather than in the main thread. The main thread stops the worker when a file takes
 * longer than the time limit.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import { cleanFile } from './clean';
import type { WorkerJob } from './outcome';

const waiting: WorkerJob[] = [];
let working = false;

async function work(): Promise<void> {
  working = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    const outcome = await (job.command === 'clean' ? cleanFile(job) : checkFile(job));
    parentPort?.postMessage(outcome);
  }
  working = false;
}

parentPort?.on('message', (job: WorkerJob) => {
  waiting.push(job);
  if (!working) void work();
});
