/**
 * npm run population -- add <FOLK1A.csv>   adds (or corrects) a quarter of FOLK1A in the register
 * npm run population -- list              the quarters the register holds
 *
 * The CSV is validated whole (98 municipalities, codes, totals, plausible change since the latest
 * quarter) before anything is written; the data module is then replaced through a temporary file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FOLK1A_QUARTERS } from '../core/population/data/folk1a';
import { readFolk1aCsv } from '../core/population/read-csv';
import { renderDataModule } from '../core/population/render-data';
import { validateQuarter } from '../core/population/validate-quarter';

const DATA = path.join(__dirname, '..', 'core', 'population', 'data', 'folk1a.ts');

export async function populationTool(argv: readonly string[], dataFile = DATA): Promise<number> {
  const [command, file, ...rest] = argv;
  const via = rest[0] === '--via' && rest[1] ? rest[1] : undefined;
  if (command === 'list') {
    for (const q of FOLK1A_QUARTERS)
      console.log(`${q.period}  ${q.date}  ${q.figures.length} kommuner  landet ${q.nation}`);
    return 0;
  }
  if (command !== 'add' || !file) {
    console.error('Brug: npm run population -- add <FOLK1A.csv> [--via <kilde>] | list');
    return 2;
  }
  let content: string;
  try {
    content = await fs.readFile(file, 'utf8');
  } catch {
    console.error(`Kan ikke læse ${file}.`);
    return 2;
  }
  const read = readFolk1aCsv(content);
  if (!read.ok) {
    for (const p of read.problems) console.error(p.da);
    return 1;
  }
  const latest = FOLK1A_QUARTERS[FOLK1A_QUARTERS.length - 1];
  const checked = validateQuarter(
    read.csv,
    via ?? `DST FOLK1A ${read.csv.period} (Statistikbanken, ${path.basename(file)})`,
    latest,
  );
  if (!checked.ok) {
    console.error(`Intet er ændret; ${path.basename(file)} kan ikke bruges:`);
    for (const p of checked.problems) console.error(`  ${p.da}`);
    return 1;
  }
  for (const n of checked.notes) console.log(n.da);
  const q = checked.quarter;
  const replaced = FOLK1A_QUARTERS.find((x) => x.date === q.date);
  const quarters = [...FOLK1A_QUARTERS.filter((x) => x.date !== q.date), q];
  const tmp = `${dataFile}.${process.pid}.tmp`;
  await fs.writeFile(tmp, renderDataModule(quarters), 'utf8');
  await fs.rename(tmp, dataFile);
  console.log(
    `${replaced ? 'Erstattede' : 'Tilføjede'} FOLK1A ${q.period} (${q.date}): 98 kommuner, landet ${q.nation}. Kør npm run build:cli for kommandolinjen.`,
  );
  return 0;
}

if (require.main === module) {
  void populationTool(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
