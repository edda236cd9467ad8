/**
 * Shared helpers for the benchmark parts: the row every part returns, timing, child processes and
 * number formatting. Sizes that matter for memory run in their own process so one figure cannot
 * inherit another's heap.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

/** One line of the printed table. `raw` keeps the unformatted numbers for results.json. */
export interface BenchRow {
  readonly part: 'core' | 'cli' | 'adapter' | 'bundle';
  readonly case: string;
  readonly figure: string;
  /** Fordel's figure, formatted. */
  readonly value: string;
  /** The same figure for the reference (dinero.js, ExcelJS, pandas), when there is one. */
  readonly reference?: string;
  readonly ratio?: string;
  readonly target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  readonly met?: boolean;
  readonly raw?: Readonly<Record<string, number | string | boolean | null>>;
}

/** What Excel on the web accepts in one request or response. */
export const PAYLOAD_LIMIT = 5_000_000;

export const ROOT = path.resolve(__dirname, '..');
export const OUT = path.join(ROOT, 'bench', 'out');

/** Best wall time of `runs` calls after one warm-up, in milliseconds. */
export function bestOf(runs: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export interface ProcessRun {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stdoutBytes: number;
  readonly stderr: string;
}

/**
 * Runs a command and times it from spawn to exit. With `keepStdout` false the output is only
 * counted, so a 100 MB JSON report does not have to sit in this process's memory.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  opts: { keepStdout?: boolean; cwd?: string } = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdoutBytes += b.length;
      if (opts.keepStdout !== false) out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 20_000) stderr += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        ms: performance.now() - start,
        code,
        stdout: Buffer.concat(out).toString(),
        stdoutBytes,
        stderr,
      }),
    );
  });
}

/**
 * Runs a TypeScript file of bench/ in a fresh Node with tsx loaded, and parses the JSON object it
 * prints as its last line. `--expose-gc` lets the child settle its heap before measuring.
 */
export async function runTsChild<T>(file: string, args: readonly string[], heapMb = 4096): Promise<T> {
  const run = await runProcess(process.execPath, [
    '--expose-gc',
    `--max-old-space-size=${heapMb}`,
    '--import',
    'tsx',
    path.join(ROOT, 'bench', file),
    ...args,
  ]);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !last.startsWith('{')) {
    throw new Error(`${file} ${args.join(' ')} failed (exit ${run.code}): ${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(last) as T;
}

/** Prints one JSON line for the parent (the child side of runTsChild). */
export function reportToParent(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Forces a full collection when the process runs with --expose-gc. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Live heap including typed-array backing stores. */
export function heapNow(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Highest resident set size of this process so far, in bytes (Node reports kilobytes). */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

// Figures in the Danish format the product uses: 1.234.567 and 1,5.
const intFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneFmt = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoFmt = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const fmtInt = (n: number): string => intFmt.format(n);
export const fmtOne = (n: number): string => oneFmt.format(n);
export const fmtTwo = (n: number): string => twoFmt.format(n);

export function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${oneFmt.format(ms / 1000)} s` : `${intFmt.format(ms)} ms`;
}

/** Decimal units (1 MB = 1.000.000 bytes), as Excel's 5 MB request limit is counted. */
export function fmtBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${oneFmt.format(bytes / 1_000_000)} MB`;
  if (bytes >= 1000) return `${oneFmt.format(bytes / 1000)} KB`;
  return `${intFmt.format(bytes)} B`;
}

/** "0,35x" style ratio. */
export function fmtRatio(r: number): string {
  return `${twoFmt.format(r)}x`;
}

export function perSecond(count: number, ms: number): number {
  return Math.round(count / (ms / 1000));
}
