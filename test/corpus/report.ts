/**
 * `npm run corpus`: prints the corpus report. `--verbose` lists each known gap's problems;
 * `--write-gaps` rewrites known-gaps.ts to the cases that fail right now (after merging main);
 * `--readme` puts the figures into README.md's "Korpus" section; `--case <id>` shows one case in full.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { evaluate, problems, runCase } from './evaluate';
import { CASES } from './index';
import { classTable, kindLine, outcomes, report } from './summary';
import { KNOWN_GAPS } from './known-gaps';

/** One case: what it is, what a colleague expects, what Fordel said, and what is wrong. */
function showCase(id: string): string {
  const c = CASES.find((x) => x.id === id);
  if (!c) return `Intet tilfælde med id ${id}`;
  const result = runCase(c);
  const outcome = evaluate(c, result);
  const value = (e?: string, a?: string): string =>
    e !== undefined || a !== undefined ? ` (forventet ${e}, faktisk ${a})` : '';
  return [
    `${c.id} [${c.variant}, ${c.kind}]: ${c.title}`,
    'Forventet:',
    ...c.findings.map(
      (w) =>
        `  ${w.optional ? 'måske ' : ''}${w.rule} ${w.sheet}!${w.at.join('|')}${value(w.expected, w.actual)}`,
    ),
    ...c.tables.map((t) => `  tabel ${t.sheet}!${t.at}: ${t.verdict.join(' eller ')}`),
    ...(c.kpis ?? []).map((k) => `  KPI ${k.sheet}!række ${k.row}: ${k.verdict.join(' eller ')}`),
    'Fordel fandt:',
    ...result.tables.map((t) => `  tabel ${t.id} (${t.kind})`),
    ...result.findings.map(
      (f) => `  ${f.severity} ${f.rule} ${f.sheet}!${f.cell}${value(f.expected, f.actual)}: ${f.message.da}`,
    ),
    outcome.passed ? 'Bestået.' : 'Problemer:',
    ...problems(outcome).map((p) => `  ${p}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const one = args.indexOf('--case');
  if (one >= 0) {
    console.log(showCase(args[one + 1]));
    return;
  }
  const all = outcomes();
  const failing = all.filter((o) => !o.passed).map((o) => o.id);
  const known = args.includes('--write-gaps') ? failing : KNOWN_GAPS;
  if (args.includes('--write-gaps')) {
    const file = path.join(__dirname, 'known-gaps.ts');
    const old = await fs.readFile(file, 'utf8');
    const head = old.slice(0, old.indexOf('export const KNOWN_GAPS'));
    // Written as Prettier would: one line when it fits in 110 characters.
    const oneLine = `export const KNOWN_GAPS: readonly string[] = [${failing.map((id) => `'${id}'`).join(', ')}];`;
    const list = failing.map((id) => `  '${id}',`).join('\n');
    const body =
      oneLine.length <= 110 ? oneLine : `export const KNOWN_GAPS: readonly string[] = [\n${list}\n];`;
    await fs.writeFile(file, `${head}${body}\n`);
    console.log(`known-gaps.ts: ${failing.length} cases`);
  }
  if (args.includes('--readme')) {
    const file = path.join(__dirname, '..', '..', 'README.md');
    const readme = await fs.readFile(file, 'utf8');
    const start = '<!-- corpus:start -->';
    const end = '<!-- corpus:end -->';
    const body = [start, classTable(all), '', `${kindLine(all)} Kendte huller: ${known.length}.`, end].join(
      '\n',
    );
    await fs.writeFile(
      file,
      readme.slice(0, readme.indexOf(start)) + body + readme.slice(readme.indexOf(end) + end.length),
    );
  }
  console.log(report(all, args.includes('--verbose'), known));
}

void main();
