#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (npm run build:cli, run automatically on npm install).
const { main } = require('../lib/cli/main.js');

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
