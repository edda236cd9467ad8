/**
 * The command line on 10.000 / 100.000 / 300.000-row apportionment workbooks: the whole
 * `fordel check <file> --json` process against a process that only loads ExcelJS and reads the same
 * file, and against pandas reading it. Both Node processes pay the same start-up, so the difference
 * is what Fordel adds: turning the workbook into grids, checking, and printing the report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fmtMs, fmtRatio, fmtInt, ROOT, runProcess, type BenchRow, type ProcessRun } from './measure';
import { apportionmentXlsx } from './xlsx-input';

const SIZES = [10_000, 100_000, 300_000];
/** Small files are timed a few times and the best kept; the big ones once (they take seconds). */
const RUNS = (rows: number): number => (rows <= 10_000 ? 3 : 1);
/** Checking may add this share to ExcelJS's read time. */
const MAX_ADDED = 0.2;
const PYTHON = '/usr/bin/python3';

const EXCELJS_READ = [
  "const ExcelJS = require('exceljs');",
  'new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(() => {},',
  '(e) => { console.error(e); process.exitCode = 1; });',
].join(' ');

async function best(runs: number, start: () => Promise<ProcessRun>): Promise<ProcessRun> {
  let fastest: ProcessRun | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await start();
    if (!fastest || r.ms < fastest.ms) fastest = r;
  }
  return fastest!;
}

async function buildCli(): Promise<void> {
  // The command line runs from lib/; build it so the figures are of the current source.
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = await runProcess(process.execPath, [tsc, '-p', 'src/cli/tsconfig.json']);
  if (r.code !== 0)
    process.stderr.write(`bench: build:cli reported errors, using lib/ as built:\n${r.stdout}`);
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/cli/main.js missing');
}

function pandasAvailable(): Promise<boolean> {
  if (!fs.existsSync(PYTHON)) return Promise.resolve(false);
  return runProcess(PYTHON, ['-c', 'import pandas, openpyxl']).then((r) => r.code === 0);
}

export async function benchCli(): Promise<BenchRow[]> {
  await buildCli();
  const havePandas = await pandasAvailable();
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const file = await apportionmentXlsx(n);
    const runs = RUNS(n);
    const read = await best(runs, () => runProcess(process.execPath, ['-e', EXCELJS_READ, file]));
    if (read.code !== 0) throw new Error(`ExcelJS could not read ${file}: ${read.stderr}`);
    const fordel = await best(runs, () =>
      runProcess(process.execPath, ['lib/cli/fordel.js', 'check', file, '--json'], { keepStdout: false }),
    );
    // 0: no errors, 1: errors found; both are a finished check.
    if (fordel.code !== 0 && fordel.code !== 1) throw new Error(`fordel check failed: ${fordel.stderr}`);
    const pandas = havePandas
      ? await runProcess(PYTHON, [
          '-c',
          'import sys, pandas; pandas.read_excel(sys.argv[1], sheet_name=None)',
          file,
        ])
      : null;
    if (pandas && pandas.code !== 0) throw new Error(`pandas could not read ${file}: ${pandas.stderr}`);

    const added = fordel.ms - read.ms;
    const label = `fordel check --json, ${fmtInt(n)} rows`;
    rows.push({
      part: 'cli',
      case: label,
      figure: 'whole process vs ExcelJS readFile process',
      value: fmtMs(fordel.ms),
      reference: fmtMs(read.ms),
      ratio: fmtRatio(fordel.ms / read.ms),
      target: `<= ${fmtRatio(1 + MAX_ADDED)}`,
      met: fordel.ms <= read.ms * (1 + MAX_ADDED),
      raw: { rows: n, fordelMs: fordel.ms, exceljsReadMs: read.ms, reportBytes: fordel.stdoutBytes },
    });
    rows.push({
      part: 'cli',
      case: label,
      figure: 'check time = total - ExcelJS read',
      value: fmtMs(added),
      ratio: `${fmtInt((added / read.ms) * 100)} % of read`,
      raw: { rows: n, addedMs: added },
    });
    rows.push({
      part: 'cli',
      case: label,
      figure: 'whole process vs pandas.read_excel',
      value: fmtMs(fordel.ms),
      reference: pandas ? fmtMs(pandas.ms) : 'not installed',
      ratio: pandas ? fmtRatio(fordel.ms / pandas.ms) : '',
      target: '< 1,00x',
      ...(pandas ? { met: fordel.ms < pandas.ms } : {}),
      raw: { rows: n, fordelMs: fordel.ms, pandasMs: pandas ? pandas.ms : null },
    });
  }
  return rows;
}
