#!/usr/bin/env node
// The `fordel` command: compiled to lib/cli/fordel.js on npm install (npm run build:cli).
import type * as Main from './main';
import { workersAhead } from './workers-ahead';
import { startEarly } from './worker-start';

const argv = process.argv.slice(2);
// A check's (or clean's) workers start loading the reader and the core now, beside the main thread's own start.
if ((argv[0] === 'check' || argv[0] === 'clean') && !argv.some((a) => /^(?:--help|-h|--version|-v)$/.test(a)))
  startEarly(argv[0] === 'check' ? workersAhead(argv.slice(1)) : 1);
const io = {
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
};
// Loaded after the signal handlers are in place: the libraries take a moment to load.
const loadMain = (): Promise<typeof Main> => import('./main');

// Ctrl+C or a kill mid-save: stop the workers and remove their temporary files before leaving (a second
// signal ends at once, the default way).
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void loadMain()
    .then((m) => m.interrupted(argv, io))
    .then((code) => process.exit(code));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

void loadMain()
  .then((m) =>
    m.main(argv, {
      // Once interrupted, only the line saying so is printed (not what the stopped workers report).
      stdout: (s) => void (stopping || io.stdout(s)),
      stderr: (s) => void (stopping || io.stderr(s)),
      // On a terminal, a folder run's progress rewrites one line; in a pipe or file it prints nothing.
      progress: process.stderr.isTTY ? (s) => process.stderr.write(`\r\x1b[K${s}`) : undefined,
    }),
  )
  .then((code) => {
    if (!stopping) process.exitCode = code;
  });
