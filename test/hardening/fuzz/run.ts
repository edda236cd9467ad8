/**
 * `npm run fuzz -- --count N [--seed S] [--timeout s] [--bin file.js]`: the fault suite through the built
 * command (lib/cli/fordel.js, or a copy of it given by --bin, so a rebuild during a long run does not change
 * what is measured), one process per file, each timed and its peak memory measured, then the figures:
 * exit codes per family, promises broken, runs stopped at the time limit, slowest run, largest peak.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeSample } from '../../support/xlsx-fixtures';
import { generate, type Family } from './generate';
import {
  brokenPromises,
  FUZZ_LIMITS,
  fuzzCommand,
  hashOf,
  leftTemps,
  stoppedAtLimit,
  userCells,
} from './promises';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** A long run prints a line of its progress every this many files. */
const PROGRESS_EVERY = 50;
/** A file Fordel cannot use should be refused at once, not after the time limit (issue 19). */
const REFUSE_WITHIN_MS = 5000;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function textFlag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const BIN = textFlag('--bin', path.join(ROOT, 'lib', 'cli', 'fordel.js'));
  const count = flag('--count', 100);
  const seed = flag('--seed', 19);
  const timeoutS = flag('--timeout', FUZZ_LIMITS.timeoutMs / 1000);
  const limits = { ...FUZZ_LIMITS, timeoutMs: timeoutS * 1000 };
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build:cli first`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fordel-fuzz-'));
  const base = await fs.readFile(await writeSample(dir, 'base.xlsx'));
  const codes = new Map<Family, number[]>();
  const broken: string[] = [];
  let stopped = 0;
  let slowest = { ms: 0, id: '' };
  let peak = { bytes: 0, id: '' };
  let i = 0;
  let slowRefusals = 0;
  let slowestRefusal = 0;
  // On a shared machine the clock says more about the load than about Fordel; CPU time does not.
  let slowRefusalsCpu = 0;
  let slowestRefusalCpu = 0;
  const started = Date.now();
  const mb = (b: number): string => `${Math.round(b / (1024 * 1024))} MB`;
  const report = (): void => {
    console.log(
      `fordel fuzz: ${i} of ${count} files, seed ${seed}, --timeout ${timeoutS} s, ${Math.round((Date.now() - started) / 1000)} s in all`,
    );
    for (const [family, list] of codes) {
      const n = (code: number): number => list.filter((x) => x === code).length;
      console.log(
        `  ${family.padEnd(17)} ${String(list.length).padStart(4)} files: exit 0 ${n(0)}, exit 1 ${n(1)}, exit 2 ${n(2)}`,
      );
    }
    console.log(`promises broken: ${broken.length}`);
    for (const b of broken.slice(0, 20)) console.log(`  ${b}`);
    console.log(`stopped at the time limit: ${stopped}`);
    console.log(
      `refused (exit 2) after more than ${REFUSE_WITHIN_MS / 1000} s: ${slowRefusals} (slowest refusal ${(slowestRefusal / 1000).toFixed(1)} s)`,
    );
    console.log(
      `refused (exit 2) after more than ${REFUSE_WITHIN_MS / 1000} s of CPU time (user + system): ${slowRefusalsCpu} (most ${(slowestRefusalCpu / 1000).toFixed(1)} s)`,
    );
    console.log(`slowest run: ${(slowest.ms / 1000).toFixed(1)} s (${slowest.id})`);
    console.log(`largest peak memory: ${mb(peak.bytes)} (${peak.id})`);
  };
  // A long run stopped early (Ctrl+C, kill) still says what it found so far; the signal is taken between files.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.log(`(stopped by ${signal})`);
      report();
      void fs.rm(dir, { recursive: true, force: true }).finally(() => process.exit(1));
    });
  }
  try {
    for (const c of generate(base, seed, count)) {
      const caseDir = path.join(dir, c.id);
      await fs.mkdir(caseDir);
      const input = path.join(caseDir, 'input.xlsx');
      await fs.writeFile(input, c.bytes);
      const before = await hashOf(input);
      const args = fuzzCommand(i++, input, caseDir);
      const mem = path.join(dir, `${c.id}.mem`);
      const t0 = Date.now();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M %U %S', '-o', mem, process.execPath, BIN, ...args, '--timeout', String(timeoutS)],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const ms = Date.now() - t0;
      // The last line of /usr/bin/time: peak memory in KB, then user and system seconds.
      const measured = (await fs.readFile(mem, 'utf8').catch(() => '0 0 0')).trim().split('\n').pop()!;
      const [kb, user, system] = measured.split(' ').map(Number);
      const peakBytes = (kb || 0) * 1024;
      const cpuMs = ((user || 0) + (system || 0)) * 1000;
      const run = {
        code: r.status,
        out: r.stdout,
        err: r.stderr,
        json: args.includes('--json'),
        ms,
        peakBytes,
      };
      const problems = brokenPromises(run, limits);
      if ((await hashOf(input)) !== before) problems.push('input changed');
      if ((await leftTemps(caseDir)).length) problems.push('temporary file left');
      // The files hold nothing of Fordel's, so a clean that saved a copy must have kept every cell.
      const cleaned =
        args[0] === 'clean' && r.status === 0 ? await fs.readFile(args[3]).catch(() => null) : null;
      if (cleaned && userCells(cleaned) !== userCells(c.bytes))
        problems.push("clean removed the user's cells");
      if (problems.length) {
        broken.push(`${c.id} ${c.family} (${c.what}) ${args[0]}: ${problems.join(', ')}`);
        // Said at once, with its time, so a long run shows what to replay before it ends.
        console.log(
          `  broken: ${broken[broken.length - 1]} (${(ms / 1000).toFixed(1)} s, ${(cpuMs / 1000).toFixed(1)} s CPU)`,
        );
      }
      if (stoppedAtLimit(run)) stopped++;
      if (ms > slowest.ms) slowest = { ms, id: `${c.id} ${c.family}` };
      if (r.status === 2) {
        slowestRefusal = Math.max(slowestRefusal, ms);
        if (ms > REFUSE_WITHIN_MS) slowRefusals++;
        slowestRefusalCpu = Math.max(slowestRefusalCpu, cpuMs);
        if (cpuMs > REFUSE_WITHIN_MS) slowRefusalsCpu++;
      }
      if (peakBytes > peak.bytes) peak = { bytes: peakBytes, id: `${c.id} ${c.family}` };
      const list = codes.get(c.family) ?? [];
      list.push(r.status ?? -1);
      codes.set(c.family, list);
      await fs.rm(caseDir, { recursive: true, force: true });
      if (i % PROGRESS_EVERY === 0)
        console.log(
          `  ... ${i} files, ${broken.length} promises broken, ${stopped} stopped at the limit, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    }
  } catch (e) {
    // A case the generator or the runner cannot make is a fault of the suite: say so, with the figures so far.
    broken.push(`the fuzz run itself failed after ${i} files: ${e instanceof Error ? e.message : String(e)}`);
  }
  await fs.rm(dir, { recursive: true, force: true });

  report();
  process.exitCode = broken.length ? 1 : 0;
}

void main();
