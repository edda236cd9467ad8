// Preloaded with `node -r` (workers inherit it): writes one line to stderr the first time a thread
// loads a workbook library, SheetJS's codepage tables or Fordel's copy writer, so a test can see what each
// command loads; and one line for each of Fordel's own files (lib/) a worker loads.
const Module = require('node:module');
const { writeSync } = require('node:fs');
const path = require('node:path');
const { isMainThread } = require('node:worker_threads');

const WATCHED = [
  ['cpexcel', /@e965\/xlsx\/dist\/cpexcel\.js$/],
  ['sheetjs', /@e965\/xlsx\/xlsx\.js$/],
  ['exceljs', /exceljs\/.*excel\.js$/],
  // Fordel's own writer of checked copies (lib/ only: the tests' TypeScript sources are not watched).
  ['writer', /lib\/adapters\/xlsx\/package-copy\.js$/],
];
const LIB = path.join(__dirname, '..', '..', 'lib') + path.sep;
const seen = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    if (!isMainThread && file.startsWith(LIB) && !seen.has(file)) {
      seen.add(file);
      writeSync(2, `fordel file: worker ${file.slice(LIB.length).split(path.sep).join('/')}\n`);
    }
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
