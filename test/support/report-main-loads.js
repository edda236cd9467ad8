// Preloaded with `node -r`: when the process exits, writes one line to stderr naming how many of
// Fordel's own compiled files (lib/) the main thread loaded and how many of them are the core's table
// kinds, so a test can see that a command loads only what it needs there (the checks run in a worker).
const Module = require('node:module');
const path = require('node:path');
const { writeSync } = require('node:fs');

const LIB = path.join(__dirname, '..', '..', 'lib') + path.sep;
const loaded = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    if (file.startsWith(LIB)) loaded.add(file.slice(LIB.length));
  } catch {
    // Built-in modules and the like: not Fordel's.
  }
  return load.apply(this, arguments);
};
process.on('exit', () => {
  const kinds = [...loaded].filter((f) => f.startsWith(`core${path.sep}kinds${path.sep}`)).length;
  writeSync(2, `main-loads: ${loaded.size} files, ${kinds} of the table kinds\n`);
});
