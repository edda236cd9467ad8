#!/usr/bin/env node
// The `fordel` command: compiled to lib/cli/fordel.js on npm install (npm run build:cli).
import { main } from './main';

void main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // On a terminal, a folder run's progress rewrites one line; in a pipe or file it prints nothing.
  progress: process.stderr.isTTY ? (s) => process.stderr.write(`\r\x1b[K${s}`) : undefined,
}).then((code) => {
  process.exitCode = code;
});
