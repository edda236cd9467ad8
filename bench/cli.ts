/**
 * The command line against what it is built on, in one run: `fordel check <file> --json` against a Node
 * process that only reads the same file with SheetJS, against pandas.read_excel (and calamine where
 * installed); `--out` against `--json`; a 20-row check against a bare read and `node -e 0`; `--help`;
 * a folder with `--jobs 2` against a bare SheetJS loop; peak memory; and 1.000.000 rows within the
 * default time limit. Each ratio is the median of paired runs (reference, then Fordel), so load from
 * other work on the machine falls on both sides alike.
 *
 * Sizes: `npm run bench -- cli --sizes 10000,100000 --million no --pairs 5`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliOptions, type CliOptions } from './cli-options';
import { fmtBytes, fmtMs, fmtRatio, fmtInt, fmtOne, OUT, ROOT, runProcess, type BenchRow } from './measure';
import { apportionmentXlsx } from './xlsx-input';

const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const FORDEL = path.join('lib', 'cli', 'fordel.js');

/** The targets of issue 21, named in one place. */
export const TARGETS = {
  /** check --json at most this many times a bare SheetJS read. */
  jsonVsRead: 1.2,
  /** --out at most this many times --json. */
  outVsJson: 1.3,
  /** Peak memory of --out at the largest size at most this many times a bare SheetJS read's. */
  memoryVsRead: 1.5,
  /** A 20-row check on a quiet machine, and against a bare read of the same file. */
  smallMs: 500,
  smallVsRead: 1.3,
  helpMs: 200,
  /** Folder mode with --jobs 2 at least this share of a bare SheetJS loop's files/s. */
  folderVsLoop: 0.8,
  /** 1.000.000 rows under this peak memory, within the default time limit (exit 0 or 1, not 2). */
  millionBytes: 2 * 1024 ** 3,
};

/** A bare SheetJS read of one file, in the reader's package, with default options. */
const SHEETJS_READ = "require('@e965/xlsx').readFile(process.argv[1]);";
/** The same read for every file of a folder, one after the other in one process. */
const SHEETJS_LOOP = [
  "const X = require('@e965/xlsx'), fs = require('fs'), p = require('path');",
  'const d = process.argv[1];',
  'for (const f of fs.readdirSync(d).sort()) X.readFile(p.join(d, f));',
].join(' ');

interface Timed {
  readonly ms: number;
  /** Highest resident set size of the whole process (worker threads included), bytes. */
  readonly peak: number;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs a command under /usr/bin/time for its wall time and peak memory. */
async function timed(command: string, args: readonly string[]): Promise<Timed> {
  const report = path.join(OUT, `time-${process.pid}.txt`);
  const r = await runProcess(TIME, ['-f', '%M', '-o', report, command, ...args], { keepStdout: false });
  const kb = Number(fs.readFileSync(report, 'utf8').trim().split('\n').pop());
  return { ms: r.ms, peak: kb * 1024, code: r.code, stderr: r.stderr };
}

const node = (...args: string[]): Promise<Timed> => timed(process.execPath, args);
/**
 * Fordel for a ratio: with a time limit of an hour, so a loaded machine gives a slow figure rather than a
 * stopped check. Only the 1.000.000-row case runs with the default limit, which is its target.
 */
const fordel = (...args: string[]): Promise<Timed> => node(FORDEL, ...args, '--timeout', '3600');
const fordelDefaultLimit = (...args: string[]): Promise<Timed> => node(FORDEL, ...args);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A finished check: 0 (no errors) or 1 (errors found); 2 is a file that could not be checked. */
function finished(r: Timed, what: string): Timed {
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.slice(-500)}`);
  return r;
}

function read(r: Timed, what: string): Timed {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.slice(-500)}`);
  return r;
}

interface Paired {
  /** Median times and peaks of each side, and the median of the per-pair ratios of time. */
  readonly a: { ms: number; peak: number };
  readonly b: { ms: number; peak: number };
  readonly ratio: number;
}

/** `pairs` runs of a then b; b's time over a's, the median of the pairs. */
async function paired(pairs: number, a: () => Promise<Timed>, b: () => Promise<Timed>): Promise<Paired> {
  const as: Timed[] = [];
  const bs: Timed[] = [];
  for (let i = 0; i < pairs; i++) {
    as.push(await a());
    bs.push(await b());
  }
  const side = (xs: Timed[]): { ms: number; peak: number } => ({
    ms: median(xs.map((x) => x.ms)),
    peak: median(xs.map((x) => x.peak)),
  });
  return { a: side(as), b: side(bs), ratio: median(as.map((x, i) => bs[i].ms / x.ms)) };
}

async function buildCli(): Promise<void> {
  // The command line runs from lib/; build it so the figures are of the current source.
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = await runProcess(process.execPath, [tsc, '-p', 'src/cli/tsconfig.json']);
  if (r.code !== 0)
    process.stderr.write(`bench: build:cli reported errors, using lib/ as built:\n${r.stdout}`);
  if (!fs.existsSync(path.join(ROOT, FORDEL))) throw new Error(`${FORDEL} missing`);
  // The worker as users run it: one bundled file (without it, the compiled files run, and more slowly).
  const bundle = await runProcess('npm', ['run', 'bundle:cli', '--silent']);
  if (bundle.code !== 0) throw new Error(`bundle:cli failed: ${bundle.stderr.slice(-500)}`);
}

function pythonHas(module: string): Promise<boolean> {
  if (!fs.existsSync(PYTHON)) return Promise.resolve(false);
  return runProcess(PYTHON, ['-c', `import ${module}`]).then((r) => r.code === 0);
}

const row = (r: Omit<BenchRow, 'part'>): BenchRow => ({ part: 'cli', ...r });

/** check --json against a bare SheetJS read, pandas and calamine at one size; --out against --json. */
async function bySize(n: number, opts: CliOptions, refs: { pandas: boolean; calamine: boolean }) {
  const rows: BenchRow[] = [];
  const file = await apportionmentXlsx(n);
  const pairs = n <= 10_000 ? opts.pairs : Math.max(1, Math.round(opts.pairs / 3));
  const label = `check --json, ${fmtInt(n)} rows`;
  const json = await paired(
    pairs,
    async () => read(await node('-e', SHEETJS_READ, file), 'SheetJS read'),
    async () => finished(await fordel('check', file, '--json'), 'fordel check --json'),
  );
  rows.push(
    row({
      case: label,
      figure: 'whole process vs bare SheetJS read',
      value: fmtMs(json.b.ms),
      reference: fmtMs(json.a.ms),
      ratio: fmtRatio(json.ratio),
      target: `<= ${fmtRatio(TARGETS.jsonVsRead)}`,
      met: json.ratio <= TARGETS.jsonVsRead,
      raw: { rows: n, pairs, fordelMs: json.b.ms, sheetjsMs: json.a.ms, ratio: json.ratio },
    }),
  );
  for (const [name, on, script] of [
    ['pandas.read_excel', refs.pandas, 'import sys, pandas; pandas.read_excel(sys.argv[1], sheet_name=None)'],
    [
      'calamine',
      refs.calamine,
      'import sys, pandas; pandas.read_excel(sys.argv[1], sheet_name=None, engine="calamine")',
    ],
  ] as const) {
    const ref = on ? read(await timed(PYTHON, ['-c', script, file]), name) : null;
    rows.push(
      row({
        case: label,
        figure: `whole process vs ${name}`,
        value: fmtMs(json.b.ms),
        reference: ref ? fmtMs(ref.ms) : 'not installed',
        ratio: ref ? fmtRatio(json.b.ms / ref.ms) : '',
        target: '< 1,00x',
        ...(ref ? { met: json.b.ms < ref.ms } : {}),
        raw: { rows: n, fordelMs: json.b.ms, [`${name}Ms`]: ref ? ref.ms : null },
      }),
    );
  }
  if (!opts.outSizes.includes(n)) return rows;
  const target = path.join(OUT, `out-${n}.xlsx`);
  const out = await paired(
    pairs,
    async () => finished(await fordel('check', file, '--json'), 'fordel check --json'),
    async () => finished(await fordel('check', file, '--json', '--out', target, '--overwrite'), '--out'),
  );
  rows.push(
    row({
      case: `check --out, ${fmtInt(n)} rows`,
      figure: '--out vs --json',
      value: fmtMs(out.b.ms),
      reference: fmtMs(out.a.ms),
      ratio: fmtRatio(out.ratio),
      target: `<= ${fmtRatio(TARGETS.outVsJson)}`,
      met: out.ratio <= TARGETS.outVsJson,
      raw: { rows: n, outMs: out.b.ms, jsonMs: out.a.ms, ratio: out.ratio },
    }),
  );
  const memory = out.b.peak / json.a.peak;
  rows.push(
    row({
      case: `check --out, ${fmtInt(n)} rows`,
      figure: 'peak memory: --out (--json) vs bare SheetJS read',
      value: `${fmtBytes(out.b.peak)} (${fmtBytes(out.a.peak)})`,
      reference: fmtBytes(json.a.peak),
      ratio: fmtRatio(memory),
      ...(n === Math.max(...opts.outSizes)
        ? { target: `<= ${fmtRatio(TARGETS.memoryVsRead)}`, met: memory <= TARGETS.memoryVsRead }
        : {}),
      raw: { rows: n, outPeak: out.b.peak, jsonPeak: out.a.peak, sheetjsPeak: json.a.peak },
    }),
  );
  return rows;
}

/** A 20-row check and --help against a bare read and an empty Node process. */
async function startUp(opts: CliOptions): Promise<BenchRow[]> {
  const file = await apportionmentXlsx(20);
  const empty = await paired(
    opts.pairs,
    () => node('-e', '0'),
    async () => finished(await fordel('check', file), 'fordel check'),
  );
  const bare = await paired(
    opts.pairs,
    async () => read(await node('-e', SHEETJS_READ, file), 'SheetJS read'),
    async () => finished(await fordel('check', file), 'fordel check'),
  );
  const help = await paired(
    opts.pairs,
    () => node('-e', '0'),
    async () => read(await fordelDefaultLimit('--help'), 'fordel --help'),
  );
  return [
    row({
      case: 'check, 20 rows',
      figure: 'whole process vs node -e 0',
      value: fmtMs(empty.b.ms),
      reference: fmtMs(empty.a.ms),
      ratio: fmtRatio(empty.ratio),
      target: `<= ${fmtMs(TARGETS.smallMs)} (quiet machine)`,
      met: empty.b.ms <= TARGETS.smallMs,
      raw: { fordelMs: empty.b.ms, nodeMs: empty.a.ms },
    }),
    row({
      case: 'check, 20 rows',
      figure: 'whole process vs bare SheetJS read',
      value: fmtMs(bare.b.ms),
      reference: fmtMs(bare.a.ms),
      ratio: fmtRatio(bare.ratio),
      target: `<= ${fmtRatio(TARGETS.smallVsRead)}`,
      met: bare.ratio <= TARGETS.smallVsRead,
      raw: { fordelMs: bare.b.ms, sheetjsMs: bare.a.ms, ratio: bare.ratio },
    }),
    row({
      case: '--help',
      figure: 'whole process vs node -e 0',
      value: fmtMs(help.b.ms),
      reference: fmtMs(help.a.ms),
      ratio: fmtRatio(help.ratio),
      target: `<= ${fmtMs(TARGETS.helpMs)} (quiet machine)`,
      met: help.b.ms <= TARGETS.helpMs,
      raw: { fordelMs: help.b.ms, nodeMs: help.a.ms },
    }),
  ];
}

/** A folder of small workbooks (copies of the 20-row one) with --jobs 2 against a bare SheetJS loop. */
async function folder(opts: CliOptions): Promise<BenchRow[]> {
  const one = await apportionmentXlsx(20);
  const dir = path.join(OUT, `folder-${opts.folderFiles}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < opts.folderFiles; i++) fs.copyFileSync(one, path.join(dir, `fil-${i + 1}.xlsx`));
  const r = await paired(
    Math.max(1, Math.round(opts.pairs / 3)),
    async () => read(await node('-e', SHEETJS_LOOP, dir), 'SheetJS loop'),
    async () => finished(await fordel('check', dir, '--jobs', '2'), 'fordel check <folder>'),
  );
  const rate = (ms: number): number => opts.folderFiles / (ms / 1000);
  return [
    row({
      case: `folder of ${fmtInt(opts.folderFiles)} files of 20 rows, --jobs 2`,
      figure: 'files/s vs bare SheetJS loop (one process)',
      value: `${fmtOne(rate(r.b.ms))}/s`,
      reference: `${fmtOne(rate(r.a.ms))}/s`,
      ratio: fmtRatio(1 / r.ratio),
      target: `>= ${fmtRatio(TARGETS.folderVsLoop)}`,
      met: 1 / r.ratio >= TARGETS.folderVsLoop,
      raw: { files: opts.folderFiles, fordelMs: r.b.ms, loopMs: r.a.ms },
    }),
  ];
}

/** 1.000.000 rows with the default time limit: finished (exit 0 or 1), and the peak memory. */
async function million(): Promise<BenchRow[]> {
  const n = 1_000_000;
  const file = await apportionmentXlsx(n);
  const r = await fordelDefaultLimit('check', file, '--json');
  const inTime = r.code === 0 || r.code === 1;
  return [
    row({
      case: `check --json, ${fmtInt(n)} rows`,
      figure: 'time; peak memory (default time limit, 60 s)',
      value: `${fmtMs(r.ms)}; ${fmtBytes(r.peak)}`,
      reference: inTime ? 'finished' : `exit ${r.code}`,
      target: `finished, < ${fmtBytes(TARGETS.millionBytes)}`,
      met: inTime && r.peak < TARGETS.millionBytes,
      raw: { rows: n, ms: r.ms, peak: r.peak, code: r.code },
    }),
  ];
}

/** One section's rows, or a row saying it failed: the other sections' figures still count. */
async function section(name: string, run: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    return await run();
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 100);
    process.stderr.write(`bench: cli ${name}: ${why}\n`);
    return [row({ case: `${name}: failed`, figure: why, value: '', met: false })];
  }
}

export async function benchCli(): Promise<BenchRow[]> {
  const opts = cliOptions(process.argv.slice(2));
  await buildCli();
  const refs = { pandas: await pythonHas('pandas, openpyxl'), calamine: await pythonHas('python_calamine') };
  const rows: BenchRow[] = [...(await section('start-up', () => startUp(opts)))];
  for (const n of opts.sizes) rows.push(...(await section(`${fmtInt(n)} rows`, () => bySize(n, opts, refs))));
  rows.push(...(await section('folder', () => folder(opts))));
  if (opts.million) rows.push(...(await section('1.000.000 rows', million)));
  fs.rmSync(path.join(OUT, `time-${process.pid}.txt`), { force: true });
  return rows;
}
