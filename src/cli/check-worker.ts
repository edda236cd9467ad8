/**
 * Worker thread entry: checks the files the main thread sends, one at a time, and posts each outcome
 * back. The main thread stops the worker when a file takes longer than the time limit.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { FileJob } from './outcome';

parentPort?.on('message', (job: FileJob) => {
  void checkFile(job).then((outcome) => parentPort?.postMessage(outcome));
});
