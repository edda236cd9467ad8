// Preloaded with `node -r` (workers inherit it): writes one line to stderr the first time a thread
// loads a workbook library, SheetJS's codepage tables or Fordel's copy writer, so a test can see what each
// command loads.
const Module = require('node:module');
const { writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const WATCHED = [
  ['cpexcel', /@e965\/xlsx\/dist\/cpexcel\.js$/],
  ['sheetjs', /@e965\/xlsx\/xlsx\.js$/],
  ['exceljs', /exceljs\/.*excel\.js$/],
  // Fordel's own writer of checked copies (lib/ only: the tests' TypeScript sources are not watched).
  ['writer', /lib\/adapters\/xlsx\/package-copy\.js$/],
];
const seen = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    for (const [name, re] of WATCHED) {
      if (re.test(file) && !seen.has(name)) {
        seen.add(name);
        writeSync(2, `loaded: ${isMainThread ? 'main' : 'worker'} ${name}\n`);
      }
    }
  } catch {
    // Built-in modules and the like: nothing to watch.
  }
  return exported;
};
