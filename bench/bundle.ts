/**
 * The task pane's production bundle: webpack builds into bench/out/dist (so dist/ is left alone) and
 * writes its stats; the figure is the JavaScript Excel must download before the pane can show
 * anything (the taskpane entry's initial chunks), gzip-compressed at level 9 as a server would send it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmtBytes, OUT, ROOT, runProcess, type BenchRow } from './measure';

const TARGET = 300_000;
const DIST = path.join(OUT, 'dist');
const STATS = path.join(OUT, 'stats.json');

interface Stats {
  name?: string;
  entrypoints: Record<string, { assets: { name: string }[] }>;
  chunks: { names: string[]; files: string[]; initial: boolean }[];
}

/** The production build is two configurations (the add-in, the browser page): the add-in's stats. */
function addinStats(all: Stats & { children?: Stats[] }): Stats {
  const found = [all, ...(all.children ?? [])].find((s) => s.entrypoints?.taskpane);
  if (!found) throw new Error('webpack stats hold no taskpane entry');
  return found;
}

function gzipSize(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const isJs = (f: string): boolean => f.endsWith('.js');

export async function benchBundle(): Promise<BenchRow[]> {
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const build = await runProcess(process.execPath, [
    cli,
    '--mode',
    'production',
    '--output-path',
    DIST,
    '--json',
    STATS,
  ]);
  if (build.code !== 0) throw new Error(`webpack failed: ${(build.stderr || build.stdout).slice(-1500)}`);
  const stats = addinStats(JSON.parse(fs.readFileSync(STATS, 'utf8')) as Stats & { children?: Stats[] });

  const rows: BenchRow[] = [];
  const initial = stats.entrypoints.taskpane.assets.map((a) => a.name).filter(isJs);
  const raw = initial.reduce((n, f) => n + fs.statSync(path.join(DIST, f)).size, 0);
  const gz = initial.reduce((n, f) => n + gzipSize(path.join(DIST, f)), 0);
  rows.push({
    part: 'bundle',
    case: 'task pane, initial JavaScript',
    figure: `gzip -9 (raw); ${initial.length} file(s)`,
    value: `${fmtBytes(gz)} (${fmtBytes(raw)})`,
    target: `<= ${fmtBytes(TARGET)} gzipped`,
    met: gz <= TARGET,
    raw: { gzipBytes: gz, rawBytes: raw, files: initial.join(' ') },
  });
  for (const chunk of stats.chunks) {
    for (const f of chunk.files.filter(isJs)) {
      const file = path.join(DIST, f);
      rows.push({
        part: 'bundle',
        case: `chunk ${chunk.names.join(',') || '(unnamed)'}${chunk.initial ? '' : ' (lazy)'}`,
        figure: 'gzip -9 (raw)',
        value: `${fmtBytes(gzipSize(file))} (${fmtBytes(fs.statSync(file).size)})`,
        raw: { file: f, gzipBytes: gzipSize(file), rawBytes: fs.statSync(file).size },
      });
    }
  }
  return rows;
}
