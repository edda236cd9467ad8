/**
 * fordel split --total <kr> --parties <region | "alle" | list | file> [--date YYYY-MM-DD] [--unit 1|0.01|1000]
 *              [--key befolkning|lige|20/41/39|fil|<Ark!B2:B30> --workbook <fil.xlsx>] [--out split.xlsx]
 *              [--formulas] [--overwrite] [--json] [--lang da|en]
 *
 * Makes a new split in one step: the exact largest-remainder split of the total between the parties,
 * by their FOLK1A population (default: the newest date Fordel has), equal shares, a fixed percentage
 * key, the key column of a parties file ("navn;nøgle" per line), or a key column in a workbook
 * ("Ark1!B2:B30" with --workbook, the names beside it). Prints the table, or --json, and
 * with --out writes it as a workbook (with --formulas the amounts stay exact when the total changes).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parsePlainDecimal, type Decimal } from '../core/decimal/decimal';
import { text, type Lang, type Text } from '../core/findings/text';
import { formatKroner, formatNumber, formatPercent } from '../core/money/format';
import { oereToPlain } from '../core/money/oere';
import { parseUserAmount } from '../core/money/parse-user-amount';
import { makeNewSplit, type NewSplit, type NewSplitKey } from '../core/population/new-split';
import { latestPopulationDate, populationDates } from '../core/population/register';
import { selectParties } from '../core/population/select-parties';
import { namesForSheetKey, parseKeyRef, readSheetKey } from '../core/population/sheet-key';
import { XlsxWorkbook } from '../adapters/xlsx';
import { planSplitTable } from '../core/population/table-plan';
import { InputError } from '../adapters/xlsx/input-error';
import { sameFile } from '../adapters/xlsx/output-path';
import { saveThroughTemp } from '../adapters/xlsx/temp-files';
import { newBook } from '../adapters/xlsx/new-book';
import type { Io } from './main';
import { EXIT_OK } from './outcome';

interface SplitCommand {
  total: bigint;
  /** Empty when the names come with a key column from a workbook. */
  parties: string;
  date: string;
  workbook?: string;
  unit: bigint;
  key: string;
  out?: string;
  formulas: boolean;
  overwrite: boolean;
  json: boolean;
  lang: Lang;
}

const VALUE_FLAGS = new Set([
  '--total',
  '--parties',
  '--date',
  '--unit',
  '--key',
  '--workbook',
  '--out',
  '--lang',
]);
const SWITCHES = new Set(['--json', '--overwrite', '--formulas']);
/** The keys --key names by a word; anything else is percentages or a range in --workbook. */
const POPULATION_KEYS = new Set(['befolkning', 'population', 'folketal']);
const EQUAL_KEYS = new Set(['lige', 'equal']);
const FILE_KEYS = new Set(['fil', 'file']);
const isNamedKey = (key: string): boolean =>
  [POPULATION_KEYS, EQUAL_KEYS, FILE_KEYS].some((set) => set.has(key.trim().toLowerCase()));
/** --unit in kroner -> øre. */
const UNITS: Readonly<Record<string, bigint>> = { '1': 100n, '0.01': 1n, '0,01': 1n, '1000': 100_000n };

const usage = (da: string, en: string) => new InputError(text(da, en));

export function parseSplitArgs(argv: readonly string[]): SplitCommand {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        throw usage(`${name} mangler en værdi.`, `${name} needs a value.`);
      if (flags.has(name)) throw usage(`${name} er angivet to gange.`, `${name} is given twice.`);
      flags.set(name, value);
    } else if (SWITCHES.has(arg)) switches.add(arg);
    else
      throw usage(
        `Ukendt tilvalg til split: ${arg} (se fordel --help).`,
        `Unknown option to split: ${arg} (see fordel --help).`,
      );
  }
  const lang: Lang = flags.get('--lang') === 'en' ? 'en' : 'da';
  const totalText = flags.get('--total');
  const total = totalText === undefined ? null : parseUserAmount(totalText);
  if (total === null || total <= 0n) {
    throw usage(
      `split kræver --total <kr>, fx --total 750000${totalText ? `, ikke "${totalText}"` : ''}.`,
      `split needs --total <kr>, e.g. --total 750000${totalText ? `, not "${totalText}"` : ''}.`,
    );
  }
  const parties = flags.get('--parties');
  const workbook = flags.get('--workbook');
  const keyText = flags.get('--key') ?? 'befolkning';
  if (workbook !== undefined && (isNamedKey(keyText) || !parseKeyRef(keyText))) {
    throw usage(
      `--workbook kræver --key med et område i arbejdsbogen, fx --key 'Ark1!B2:B30', ikke "${keyText}".`,
      `--workbook needs --key with a range in the workbook, e.g. --key 'Sheet1!B2:B30', not "${keyText}".`,
    );
  }
  if (!parties && workbook === undefined) {
    throw usage(
      'split kræver --parties: et regionsnavn, "alle", en liste ("København, Dragør") eller en fil.',
      'split needs --parties: a region name, "alle", a list ("København, Dragør") or a file.',
    );
  }
  const date = flags.get('--date') ?? latestPopulationDate();
  if (!populationDates().includes(date)) {
    throw usage(
      `Fordel har FOLK1A pr. ${populationDates().join(' og ')}, ikke pr. ${date}.`,
      `Fordel has FOLK1A at ${populationDates().join(' and ')}, not at ${date}.`,
    );
  }
  const unitText = flags.get('--unit') ?? '1';
  const unit = UNITS[unitText];
  if (unit === undefined) {
    throw usage(
      `--unit skal være 1, 0.01 eller 1000 (kr.), ikke "${unitText}".`,
      `--unit must be 1, 0.01 or 1000 (DKK), not "${unitText}".`,
    );
  }
  const out = flags.get('--out');
  if (out !== undefined && !/\.xlsx$/i.test(out)) {
    throw usage('--out skal være en .xlsx-fil.', '--out must be an .xlsx file.');
  }
  if (switches.has('--formulas') && out === undefined) {
    throw usage('--formulas kræver --out.', '--formulas needs --out.');
  }
  return {
    total,
    parties: parties ?? '',
    date,
    unit,
    key: keyText,
    ...(workbook !== undefined ? { workbook } : {}),
    out,
    formulas: switches.has('--formulas'),
    overwrite: switches.has('--overwrite'),
    json: switches.has('--json'),
    lang,
  };
}

/** The parties as given: a file's lines ("navn" or "navn;nøgle"), else the flag's own text. */
async function partiesAndFileKey(spec: string): Promise<{ names: string[]; weights: Decimal[] | null }> {
  const stat = await fs.stat(spec).catch(() => null);
  if (!stat?.isFile()) return { names: [spec], weights: null };
  const lines = (await fs.readFile(spec, 'utf8'))
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const rows = lines.map((l) => l.split(/[;\t]/).map((f) => f.trim()));
  if (!rows.some((r) => r.length > 1)) return { names: lines, weights: null };
  const weights = rows.map((r, i) => {
    const d = parsePlainDecimal((r[1] ?? '').replace(/\./g, '').replace(',', '.'));
    if (!d) {
      throw usage(
        `${spec}, linje ${i + 1}: nøglen »${r[1] ?? ''}« er ikke et tal.`,
        `${spec}, line ${i + 1}: the key "${r[1] ?? ''}" is not a number.`,
      );
    }
    return d;
  });
  return { names: rows.map((r) => r[0]), weights };
}

function keyOf(cmd: SplitCommand, fileWeights: Decimal[] | null): NewSplitKey {
  const k = cmd.key.toLowerCase();
  if (POPULATION_KEYS.has(k)) {
    if (fileWeights && cmd.key === 'befolkning')
      return { kind: 'weights', weights: fileWeights, percent: false };
    return { kind: 'population', date: cmd.date };
  }
  if (EQUAL_KEYS.has(k)) return { kind: 'equal' };
  if (FILE_KEYS.has(k)) {
    if (!fileWeights)
      throw usage(
        '--key fil kræver en fil med »navn;nøgle« pr. linje.',
        '--key file needs a file with "name;key" per line.',
      );
    return { kind: 'weights', weights: fileWeights, percent: false };
  }
  const parts = cmd.key.split('/').map((p) => parsePlainDecimal(p.trim().replace(',', '.')));
  if (parts.length > 1 && parts.every((p) => p !== null))
    return { kind: 'weights', weights: parts as Decimal[], percent: true };
  const ref = parseKeyRef(cmd.key);
  // A bare word is more likely a mistyped key name than an Excel Table: only a range or Table[column] asks for a workbook.
  if (ref && (ref.range || ref.sheet !== null || ref.table?.column)) {
    throw usage(
      `--key ${cmd.key} er et område i en arbejdsbog: angiv den med --workbook <fil.xlsx>.`,
      `--key ${cmd.key} is a range in a workbook: name it with --workbook <file.xlsx>.`,
    );
  }
  throw usage(
    `--key skal være befolkning, lige, fil, procenter som 20/41/39 eller et område som Ark1!B2:B30, ikke "${cmd.key}".`,
    `--key must be befolkning, lige, fil, percentages like 20/41/39 or a range like Sheet1!B2:B30, not "${cmd.key}".`,
  );
}

/**
 * The key column read from a workbook, and the names to go with it: those beside it on the sheet, or
 * --parties when the column stands alone. Names given both ways must be the same parties in the same order.
 */
async function keyFromWorkbook(cmd: SplitCommand): Promise<{ names: string[]; key: NewSplitKey }> {
  const book = await XlsxWorkbook.open(cmd.workbook!);
  const snapshot = await book.read();
  const read = readSheetKey(snapshot.sheets, cmd.key);
  if (!read.ok)
    throw new InputError(
      text(read.problems.map((p) => p.da).join(' '), read.problems.map((p) => p.en).join(' ')),
    );
  const k = read.key;
  const given = cmd.parties ? (await partiesAndFileKey(cmd.parties)).names : null;
  const names = namesForSheetKey(k, given);
  if (!names.ok) {
    const [p] = names.problems;
    throw usage(p.da, p.en);
  }
  const header = k.header ? text(k.header, k.header) : undefined;
  return {
    names: names.names,
    key: {
      kind: 'weights',
      weights: k.weights,
      percent: false,
      ...(header ? { header } : {}),
      source: text(
        `Nøgle: ${k.where} i ${path.basename(cmd.workbook!)}`,
        `Key: ${k.where} in ${path.basename(cmd.workbook!)}`,
      ),
    },
  };
}

export async function runSplit(argv: readonly string[], io: Io): Promise<number> {
  const cmd = parseSplitArgs(argv);
  const { names, key } = cmd.workbook
    ? await keyFromWorkbook(cmd)
    : await partiesAndFileKey(cmd.parties).then((p) => ({ names: p.names, key: keyOf(cmd, p.weights) }));
  const selection = selectParties(names, key.kind !== 'population');
  const problems = (ps: readonly Text[]) =>
    new InputError(text(ps.map((p) => p.da).join(' '), ps.map((p) => p.en).join(' ')));
  if (!selection.ok) throw problems(selection.problems);
  const made = makeNewSplit(cmd.total, selection.parties, key, cmd.unit);
  if (!made.ok) throw problems(made.problems);
  const s = made.split;
  if (cmd.out) await writeTable(s, cmd);
  io.stdout(cmd.json ? `${JSON.stringify(splitJson(s, cmd.lang), null, 2)}\n` : printed(s, cmd.lang));
  if (cmd.out && !cmd.json) io.stdout(`${cmd.lang === 'da' ? 'Gemt' : 'Saved'}: ${cmd.out}\n`);
  return EXIT_OK;
}

function splitJson(s: NewSplit, lang: Lang) {
  return {
    total: oereToPlain(s.total),
    unit: oereToPlain(s.unit),
    key: s.key.kind === 'weights' ? { kind: s.key.percent ? 'percent' : 'column' } : s.key,
    source: s.source?.[lang] ?? null,
    rows: s.rows.map((r) => ({
      name: r.name,
      ...(r.code ? { code: r.code } : {}),
      key: formatPlain(r.weight),
      share: formatPlain(r.share),
      amount: oereToPlain(r.amount),
    })),
    sum: oereToPlain(s.rows.reduce((a, r) => a + r.amount, 0n)),
  };
}

function formatPlain(d: Decimal): string {
  const neg = d.digits < 0n;
  const digits = (neg ? -d.digits : d.digits).toString().padStart(d.scale + 1, '0');
  const whole = d.scale ? digits.slice(0, -d.scale) : digits;
  const frac = d.scale ? `.${digits.slice(-d.scale)}` : '';
  return `${neg ? '-' : ''}${whole}${frac}`;
}

function printed(s: NewSplit, lang: Lang): string {
  const unitWords =
    s.unit === 1n
      ? text('øre', 'øre')
      : s.unit === 100n
        ? text('hele kr.', 'whole kroner')
        : text('hele 1.000 kr.', 'whole DKK 1,000');
  const kr = (oere: bigint) => formatKroner(oere, lang);
  const withCode = s.rows.some((r) => r.code);
  const allMunicipalities = s.rows.every((r) => r.code?.length === 3);
  const party = allMunicipalities ? text('Kommune', 'Municipality') : text('Part', 'Party');
  const table = [
    [
      party[lang],
      lang === 'da' ? 'Kode' : 'Code',
      s.keyHeader[lang],
      lang === 'da' ? 'Andel' : 'Share',
      lang === 'da' ? 'Beløb' : 'Amount',
    ],
    ...s.rows.map((r) => [
      r.name,
      r.code ?? '',
      formatNumber(r.weight, lang),
      formatPercent(r.share, lang, 4),
      kr(r.amount),
    ]),
    [
      lang === 'da' ? 'I alt' : 'Total',
      '',
      formatNumber(s.weightSum, lang),
      formatPercent({ digits: 100n, scale: 0 }, lang),
      kr(s.total),
    ],
  ].map((row) => (withCode ? row : [row[0], ...row.slice(2)]));
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const lines = table.map((row) =>
    row
      .map((cell, c) =>
        c === 0 || (withCode && c === 1) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join('  ')
      .trimEnd(),
  );
  const head = text(
    `Fordeling af ${kr(s.total)} mellem ${s.rows.length} ${allMunicipalities ? 'kommuner' : 'parter'}, afrundet til ${unitWords.da} (største brøkdel)`,
    `Split of ${kr(s.total)} between ${s.rows.length} ${allMunicipalities ? 'municipalities' : 'parties'}, rounded to ${unitWords.en} (largest remainder)`,
  );
  return [head[lang], '', ...lines, ...(s.source ? ['', s.source[lang]] : []), ''].join('\n');
}

async function writeTable(s: NewSplit, cmd: SplitCommand): Promise<void> {
  const target = path.resolve(cmd.out!);
  // The parties file is the one file split reads: --out naming it is refused, also with --overwrite.
  if ((await fs.stat(cmd.parties).catch(() => null))?.isFile() && (await sameFile(target, cmd.parties))) {
    throw usage(
      `--out ${cmd.out} er filen med parterne, som fordelingen læses fra, og overskrives aldrig. Vælg et andet filnavn.`,
      `--out ${cmd.out} is the parties file the split is read from and is never overwritten. Choose another file name.`,
    );
  }
  // Nor the workbook a key column is read from.
  if (cmd.workbook !== undefined && (await sameFile(target, cmd.workbook))) {
    throw usage(
      `--out ${cmd.out} er arbejdsbogen, som nøglen læses fra, og overskrives aldrig. Vælg et andet filnavn.`,
      `--out ${cmd.out} is the workbook the key is read from and is never overwritten. Choose another file name.`,
    );
  }
  if (!cmd.overwrite && (await fs.stat(target).catch(() => null))) {
    throw usage(
      `${cmd.out} findes allerede; brug --overwrite for at erstatte den.`,
      `${cmd.out} already exists; use --overwrite to replace it.`,
    );
  }
  const plan = planSplitTable(s, cmd.lang, cmd.formulas);
  const widths = Array.from({ length: plan.cols }, (_, c) => (c === 0 ? 22 : 16));
  // Formulas are written without results: Excel and LibreOffice calculate them when the file opens.
  const bytes = newBook([{ name: cmd.lang === 'da' ? 'Fordeling' : 'Split', cells: plan.cells, widths }], {
    calculateOnOpen: plan.cells.some((c) => c.formula !== undefined),
  });
  // Saved like every other file Fordel writes: through a temporary file of Fordel's own pattern, which
  // a failed save removes, Ctrl+C removes, and the next save removes when a killed run left it behind.
  try {
    await saveThroughTemp(target, bytes);
  } catch (e) {
    const why = (e as Error).message;
    throw usage(
      `Filen kan ikke gemmes: ${cmd.out} (${why})`,
      `The file cannot be saved: ${cmd.out} (${why})`,
    );
  }
}
