// Preloaded with `node -r`: the command's worker runs from the compiled files (lib/cli/check-worker.js)
// instead of their bundle, so a test can watch which of Fordel's modules a worker loads one by one.
const threads = require('node:worker_threads');

const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(file, options) {
    const compiled =
      typeof file === 'string' ? file.replace(/check-worker\.bundle\.js$/, 'check-worker.js') : file;
    super(compiled, options);
  }
};
