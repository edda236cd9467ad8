/**
 * The promises of README's "What Fordel promises about your data", as checks on one run of the command
 * line over a hostile file: each returns what was broken, so a run is judged the same in `npm test` (a
 * fixed sample, in-process) and in `npm run fuzz` (the built command, timed and measured).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { SETTINGS_SHEET } from '../../../src/core/output/plan';

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** The run printed --json. */
  readonly json: boolean;
  readonly ms?: number;
  readonly peakBytes?: number;
}

export interface Limits {
  readonly timeoutMs: number;
  /** Within the time limit plus this for starting and stopping. */
  readonly graceMs: number;
  readonly maxPeakBytes: number;
}

export const FUZZ_LIMITS: Limits = { timeoutMs: 20_000, graceMs: 5_000, maxPeakBytes: 1024 * 1024 * 1024 };

export function brokenPromises(run: Run, limits?: Limits): string[] {
  const broken: string[] = [];
  if (run.code !== 0 && run.code !== 1 && run.code !== 2) broken.push(`exit code ${run.code}`);
  if (/\n\s+at .+:\d+:\d+/.test(run.out + run.err)) broken.push('stack trace');
  if (/undefined|\[object Object\]|NaN kr/.test(run.out + run.err))
    broken.push('undefined or object in output');
  if (run.code === 2) {
    const lines = run.err.trimEnd().split('\n');
    if (lines.length !== 1 || !lines[0].startsWith('fordel: '))
      broken.push('exit 2 without exactly one line');
  }
  if (run.json && run.code !== 2) {
    try {
      JSON.parse(run.out);
    } catch {
      broken.push('invalid JSON');
    }
  }
  if (limits && run.ms !== undefined && run.ms > limits.timeoutMs + limits.graceMs)
    broken.push('past the time limit');
  if (limits && run.peakBytes !== undefined && run.peakBytes > limits.maxPeakBytes) broken.push('over 1 GB');
  return broken;
}

/** Stopped at the time limit rather than refused or checked: a damaged file should never need that. */
export function stoppedAtLimit(run: Run): boolean {
  return /(kontrollen|rensningen|the check|the clean) (blev stoppet|was stopped)/.test(run.err);
}

export async function hashOf(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Temporary files Fordel's saves use (".name.<hex>.tmp"); none may be left after a run. */
export async function leftTemps(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(n));
}

/** Every cell of every sheet but Fordel's settings, as a reader reads it: what clean must leave alone. */
export function userCells(bytes: Buffer): string {
  const { grids } = readBook(bytes, 'xlsx');
  return JSON.stringify(
    grids.filter((g) => g.name !== SETTINGS_SHEET).map((g) => [g.name, g.origin, g.values]),
  );
}

/** The command a fuzz case runs, in turns: `check --json`, `check --json --out`, `clean --out`. */
export function fuzzCommand(turn: number, input: string, caseDir: string): string[] {
  const mode = turn % 3;
  if (mode === 0) return ['check', input, '--json'];
  if (mode === 1) return ['check', input, '--json', '--out', path.join(caseDir, 'out.xlsx')];
  return ['clean', input, '--out', path.join(caseDir, 'clean.xlsx')];
}
