/**
 * Worker thread entry: checks (or cleans) the files the main thread sends, one at a time, and posts
 * each outcome back. The main thread stops the worker when a file takes longer than the time limit.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import { cleanFile } from './clean';
import type { WorkerJob } from './outcome';

parentPort?.on('message', (job: WorkerJob) => {
  const outcome = job.command === 'clean' ? cleanFile(job) : checkFile(job);
  void outcome.then((o) => parentPort?.postMessage(o));
});
