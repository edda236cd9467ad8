#!/usr/bin/env node
// The `fordel` command: compiled to lib/cli/fordel.js on npm install (npm run build:cli).
import { main } from './main';

void main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
