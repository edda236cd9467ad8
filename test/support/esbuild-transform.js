// Jest transformer: TypeScript to CommonJS with esbuild, without type-checking. Type errors are
// `npm run typecheck`'s job (CI runs it before the tests); here only the speed of a test run counts,
// and esbuild strips types about ten times faster than TypeScript's own transpiler.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync, version } = require('esbuild');

// A change to esbuild or to this file makes jest transform every file afresh.
const SELF = `${version}\0${readFileSync(__filename, 'utf8')}`;

// The same choices tsconfig.json makes for the compiled code: ES2020, class fields assigned, not defined.
const tsconfigRaw = {
  compilerOptions: { useDefineForClassFields: false, jsx: 'react-jsx', esModuleInterop: true },
};

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'es2020',
      platform: 'node',
      sourcemap: 'external',
      sourcefile: filename,
      tsconfigRaw,
      // import() becomes require(), as tsc compiles it: jest's module sandbox has no dynamic import.
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1')
      .update(SELF)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
