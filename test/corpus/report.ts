/**
 * `npm run corpus`: prints the corpus report. `--verbose` lists each known gap's problems;
 * `--write-gaps` rewrites known-gaps.ts to the cases that fail right now (after merging main);
 * `--readme` puts the figures into README.md's "Korpus" section.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { classTable, kindLine, outcomes, report } from './summary';
import { KNOWN_GAPS } from './known-gaps';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const all = outcomes();
  const failing = all.filter((o) => !o.passed).map((o) => o.id);
  const gapCount = args.includes('--write-gaps') ? failing.length : KNOWN_GAPS.length;
  if (args.includes('--write-gaps')) {
    const file = path.join(__dirname, 'known-gaps.ts');
    const old = await fs.readFile(file, 'utf8');
    const head = old.slice(0, old.indexOf('export const KNOWN_GAPS'));
    const list = failing.map((id) => `  '${id}',`).join('\n');
    await fs.writeFile(file, `${head}export const KNOWN_GAPS: readonly string[] = [\n${list}\n];\n`);
    console.log(`known-gaps.ts: ${failing.length} cases`);
  }
  if (args.includes('--readme')) {
    const file = path.join(__dirname, '..', '..', 'README.md');
    const readme = await fs.readFile(file, 'utf8');
    const start = '<!-- corpus:start -->';
    const end = '<!-- corpus:end -->';
    const body = [start, classTable(all), '', `${kindLine(all)} Kendte huller: ${gapCount}.`, end].join('\n');
    await fs.writeFile(
      file,
      readme.slice(0, readme.indexOf(start)) + body + readme.slice(readme.indexOf(end) + end.length),
    );
  }
  console.log(report(all, args.includes('--verbose')));
}

void main();
