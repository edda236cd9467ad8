/**
 * `npm run metamorphic [-- --seed N --count N]`: writes each variant, checks it in-process and judges the
 * invariant; prints kept / unsure / broken per family and per table kind, writes every broken variant as
 * .xlsx under test-output/metamorphic/ with its replay command, and exits 1 when any variant is broken.
 *
 *   --seed N --count N      the seeds to run (default 1 and 2000)
 *   --sample                the fixed sample the jest test runs
 *   --budgets               generated budgets only (issue 22); with --sample, the budget sample
 *   --net-budgets           generated budgets of one year as Udgifter | Indtægter | Netto only
 *   --kpis                  generated target lists only; with --sample, the target-list sample (its own list:
 *                           known-broken-kpi.json)
 *   --update-known          rewrite known-broken.json from this run (with --sample)
 *   --replay <variant id>   one variant: what was planted, what Fordel said, the .xlsx
 *   --try <truth/seed/transforms>  as --replay, but under the transforms named, whatever the seed picks
 *   --workers N             worker threads (default 2)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkBytes } from './check';
import {
  evaluateSpec,
  KPI_SAMPLE,
  kpiSpecsFor,
  netBudgetSpecsFor,
  materialise,
  BUDGET_SAMPLE,
  budgetSpecsFor,
  SAMPLE,
  specsFor,
  variantFile,
  type VariantResult,
  type VariantSpec,
} from './evaluate';
import { FAMILIES, parseTransforms } from './families';
import { a1 } from './sheet-model';
import { BREAKAGES } from './judge';
import { KNOWN_BROKEN_FILE, KNOWN_BROKEN_KPI_FILE, writeKnown } from './known';
import { buildKpiVariant } from './kpi-variant';
import { workbookBytes } from './write-xlsx';
import { show } from './families';

const OUT = path.resolve(__dirname, '../../test-output/metamorphic');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

async function runAll(specs: readonly VariantSpec[], workers: number): Promise<VariantResult[]> {
  if (workers <= 1 || specs.length < 50) return specs.map(evaluateSpec);
  const chunks = Array.from({ length: workers }, (_, w) => specs.filter((_, i) => i % workers === w));
  const results: VariantResult[] = [];
  let done = 0;
  const tty = process.stderr.isTTY;
  await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          // tsx's loader is per thread: the worker registers it, then loads the TypeScript worker.
          const file = JSON.stringify(path.join(__dirname, 'worker.ts'));
          const w = new Worker(`require('tsx/cjs/api').register(); require(${file});`, {
            eval: true,
            workerData: chunk,
          });
          w.on('message', (m: VariantResult | null) => {
            if (m === null) return resolve();
            results.push(m);
            done++;
            if (tty && done % 50 === 0) process.stderr.write(`\r${done} / ${specs.length}`);
          });
          w.on('error', reject);
          w.on('exit', (code) => (code ? reject(new Error(`worker exited with ${code}`)) : resolve()));
        }),
    ),
  );
  if (tty) process.stderr.write('\r');
  const order = new Map(specs.map((s, i) => [`${s.truthId}/${s.seed}`, i]));
  return results.sort((a, b) => order.get(`${a.truthId}/${a.seed}`)! - order.get(`${b.truthId}/${b.seed}`)!);
}

const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(1).replace('.', ',')} %` : '-');

function table(title: string, groups: Map<string, VariantResult[]>): string {
  const head = ['Variants', 'Kept', 'Unsure', 'Broken', ...BREAKAGES];
  const lines = [`| ${title} | ${head.join(' | ')} |`, `|---|${head.map(() => '---').join('|')}|`];
  for (const [name, rs] of groups) {
    const n = (o: string): number => rs.filter((r) => r.outcome === o).length;
    const by = (b: string): number => rs.filter((r) => r.breakages.includes(b as never)).length;
    lines.push(
      `| ${name} | ${rs.length} | ${n('kept')} (${pct(n('kept'), rs.length)}) | ${n('unsure')} | ${n('broken')} | ${BREAKAGES.map(by).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function reportTables(results: readonly VariantResult[]): string {
  const byFamily = new Map<string, VariantResult[]>();
  byFamily.set(
    '(ingen: som skrevet)',
    results.filter((r) => !r.families.length),
  );
  for (const f of FAMILIES)
    byFamily.set(
      f,
      results.filter((r) => r.families.includes(f)),
    );
  const byKind = new Map<string, VariantResult[]>();
  for (const r of results) {
    const k = `${r.kind} (${r.origin})`;
    byKind.set(k, [...(byKind.get(k) ?? []), r]);
  }
  return `${table('Familie', byFamily)}\n\n${table('Tabelart', byKind)}`;
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9æøåÆØÅ+._-]+/g, '_').slice(0, 150);
}

async function replay(id: string, forceTransforms = false): Promise<void> {
  const [truthId, seed, names] = id.split('/');
  // A target list's layout is named in choices of its own (truths/kpi.ts), not in the families.
  if (truthId.startsWith('kpi-'))
    return replayKpi({ truthId, seed: Number(seed), ...(forceTransforms ? { layout: names } : {}) });
  const spec: VariantSpec = {
    truthId,
    seed: Number(seed),
    ...(forceTransforms ? { forced: parseTransforms(names ?? '') } : {}),
  };
  if (truthId.startsWith('corpus:')) return replayCorpus(spec);
  const { variant, bytes } = materialise(spec);
  if (variant.id !== id) console.log(`(id genskabt som ${variant.id})`);
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${safeName(variant.id)}.xlsx`);
  fs.writeFileSync(file, bytes);
  const t = variant.tables[0];
  console.log(`${variant.id}\n  transformationer: ${variant.transforms.map(show).join(', ') || 'ingen'}`);
  if (variant.ambiguous) console.log(`  tvetydig: ${variant.ambiguous}`);
  for (const p of t.truth.planted) {
    const at = t.cellOf.get(`${p.row}|${p.col}`)!;
    console.log(`  plantet: ${p.what} (forventet ${p.expected}, faktisk ${p.actual}) i ${a1(at)}`);
  }
  printOutcome(spec, bytes, file);
}

async function replayCorpus(spec: VariantSpec): Promise<void> {
  const { id, bytes } = variantFile(spec);
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${safeName(id)}.xlsx`);
  fs.writeFileSync(file, bytes);
  const r = evaluateSpec(spec);
  console.log(`${id}\n  udfald: ${r.outcome}${r.breakages.length ? ` (${r.breakages.join(', ')})` : ''}`);
  for (const p of r.problems) console.log(`  - ${p}`);
  console.log(`  (korpustilfældet: npm run corpus -- --case ${spec.truthId.slice('corpus:'.length)})`);
  console.log(`  skrevet: ${path.relative(process.cwd(), file)}`);
}

/** A target list: each target's row, kind and verdict, then what Fordel said, then the problems. */
function replayKpi(spec: VariantSpec): void {
  const v = buildKpiVariant(spec.seed, spec.layout);
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${safeName(v.id)}.xlsx`);
  const bytes = workbookBytes(v.sheets);
  fs.writeFileSync(file, bytes);
  console.log(v.id);
  v.truth.targets.forEach((t, i) =>
    console.log(
      `  række ${v.rows[i]}: ${t.name} (${t.kind}${t.lower ? ', lavere er bedre' : ''}): ` +
        `mål ${t.target / 10}, resultat ${t.result === undefined ? t.awaited : t.result / 10}, ` +
        `baseline ${t.baseline === undefined ? '-' : t.baseline / 10} -> ${t.verdict}${t.planted ? ` + ${t.planted}` : ''}`,
    ),
  );
  printOutcome(spec, bytes, file);
}

/** The judge's outcome, then what Fordel said about the variant's file, then where the file is. */
function printOutcome(spec: VariantSpec, bytes: Buffer, file: string): void {
  const r = evaluateSpec(spec);
  console.log(`  udfald: ${r.outcome}${r.breakages.length ? ` (${r.breakages.join(', ')})` : ''}`);
  for (const p of r.problems) console.log(`  - ${p}`);
  console.log(`  Fordel siger:`);
  const report = checkBytes(bytes);
  for (const tb of report.tables)
    console.log(`    tabel ${tb.sheet}!${tb.range} ${tb.kind} ${tb.reading?.verdict ?? ''}`);
  for (const f of report.findings)
    console.log(`    ${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.expected ?? ''} ${f.actual ?? ''}`);
  console.log(`  skrevet: ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  const replayId = arg('--replay');
  if (replayId) return replay(replayId);
  const tryId = arg('--try');
  if (tryId) return replay(tryId, true);
  const sample = flag('--sample');
  const budgets = flag('--budgets');
  const kpis = flag('--kpis');
  const fixed = budgets ? BUDGET_SAMPLE : kpis ? KPI_SAMPLE : SAMPLE;
  const first = sample ? fixed.firstSeed : Number(arg('--seed') ?? 1);
  const count = sample ? fixed.count : Number(arg('--count') ?? 2000);
  const workers = Number(arg('--workers') ?? 2);
  const t0 = Date.now();
  const stream = flag('--net-budgets')
    ? netBudgetSpecsFor
    : budgets
      ? budgetSpecsFor
      : kpis
        ? kpiSpecsFor
        : specsFor;
  const results = await runAll(stream(first, count), workers);
  const seconds = (Date.now() - t0) / 1000;

  fs.mkdirSync(OUT, { recursive: true });
  const broken = results.filter((r) => r.outcome === 'broken');
  const unsureNotAllowed = results.filter((r) => r.outcome === 'unsure' && !r.unsureAllowed);
  console.log(reportTables(results));
  console.log('');
  const lines: string[] = [];
  for (const r of broken) {
    const { bytes } = variantFile({ truthId: r.truthId, seed: r.seed });
    fs.writeFileSync(path.join(OUT, `${safeName(r.id)}.xlsx`), bytes);
    lines.push(`${r.id}  [${r.breakages.join(', ')}]`);
    for (const p of r.problems) lines.push(`    ${p}`);
    lines.push(`    npm run metamorphic -- --replay '${r.id}'`);
  }
  for (const r of unsureNotAllowed) lines.push(`${r.id}  [usikker hvor layoutet ikke er tvetydigt]`);
  fs.writeFileSync(path.join(OUT, 'broken.txt'), lines.join('\n') + '\n');
  const shown = lines.slice(0, 60);
  if (shown.length) console.log(shown.join('\n'));
  if (lines.length > shown.length)
    console.log(`... (alle ${broken.length} i test-output/metamorphic/broken.txt)`);
  const notRead = results.filter((r) => r.notRead).length;
  const perVariant = results.reduce((a, r) => a + r.ms, 0) / Math.max(1, results.length);
  console.log(
    `\nTid: ${seconds.toFixed(1)} s med ${workers} tråde (${perVariant.toFixed(0)} ms pr. variant i en tråd); ` +
      `${notRead} varianter hvor sandhedens tabel ikke blev læst som tabel; ${unsureNotAllowed.length} usikre uden tvetydighed.`,
  );
  if (sample && !budgets && flag('--update-known')) {
    writeKnown(
      broken.map((r) => r.id),
      kpis ? 'kpi' : 'mixed',
    );
    console.log(`${kpis ? KNOWN_BROKEN_KPI_FILE : KNOWN_BROKEN_FILE} opdateret: ${broken.length} varianter.`);
  }
  const kept = results.filter((r) => r.outcome === 'kept').length;
  const unsure = results.filter((r) => r.outcome === 'unsure').length;
  console.log(
    `metamorphic: ${results.length} variants, ${kept} kept (${pct(kept, results.length).replace(' %', '')} %), ${unsure} unsure, ${broken.length} broken`,
  );
  process.exitCode = broken.length ? 1 : 0;
}

void main();
