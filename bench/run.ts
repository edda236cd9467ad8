/**
 * npm run bench [-- core cli adapter bundle]: runs the parts (all by default), prints one table with
 * Fordel's figures, the references and their ratios side by side, and writes bench/out/results.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchAdapter } from './adapter';
import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchCore } from './core';
import { OUT, type BenchRow } from './measure';

const PARTS: Record<BenchRow['part'], () => Promise<BenchRow[]>> = {
  core: benchCore,
  cli: benchCli,
  adapter: benchAdapter,
  bundle: benchBundle,
};

const HEADINGS = ['Part', 'Case', 'Figure', 'Fordel', 'Reference', 'Ratio', 'Target', 'Met'];

function cells(r: BenchRow): string[] {
  const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO';
  return [r.part, r.case, r.figure, r.value, r.reference ?? '', r.ratio ?? '', r.target ?? '', met];
}

export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [HEADINGS, ...rows.map(cells)];
  const widths = HEADINGS.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const line = (l: string[]): string => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(lines[0]), rule, ...lines.slice(1).map(line)].join('\n');
}

function machine(): Record<string, string | number> {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: cpu,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => a in PARTS) as BenchRow['part'][];
  const parts = asked.length ? asked : (Object.keys(PARTS) as BenchRow['part'][]);
  fs.mkdirSync(OUT, { recursive: true });
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const part of parts) {
    process.stderr.write(`bench: ${part} ...\n`);
    const start = performance.now();
    try {
      rows.push(...(await PARTS[part]()));
    } catch (e) {
      // One broken part should not hide the others' figures.
      const why = e instanceof Error ? e.message : String(e);
      failures.push(`${part}: ${why}`);
      rows.push({ part, case: 'failed', figure: why.split('\n')[0].slice(0, 100), value: '' });
    }
    process.stderr.write(`bench: ${part} done in ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
  }
  console.log(formatTable(rows));
  const file = path.join(OUT, 'results.json');
  fs.writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), rows, failures }, null, 2)}\n`,
  );
  console.log(`\n${rows.filter((r) => r.met === false).length} target(s) missed; figures in ${file}`);
  if (failures.length) {
    for (const f of failures) console.error(`bench: ${f}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
