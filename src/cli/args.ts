/**
 * The command line's flags, read into CheckParams and file options. Anything wrong with them is an
 * InputError (exit code 2) naming the flag, never a guess.
 */
import { parsePlainDecimal, type Decimal } from '../core/decimal/decimal';
import { text, type Lang } from '../core/findings/finding';
import { parseUserAmount } from '../core/money/parse-user-amount';
import { readNumber } from '../core/numbers/read-number';
import { isoDate } from '../core/numbers/excel-serial';
import { InputError } from '../adapters/xlsx/input-error';

export interface CheckCommand {
  readonly command: 'check';
  /** The first (or only) file or folder named. */
  readonly file: string;
  /** Every file or folder named; more than one, or a folder, checks them all with one summary. */
  readonly files: readonly string[];
  /** Time limit per file in milliseconds (--timeout in seconds, default 60). */
  readonly timeoutMs: number;
  /** Files checked at once in a folder run (default: one per core). */
  readonly jobs?: number;
  /** Where to write the folder run's summary (.xlsx or .csv). */
  readonly summary?: string;
  readonly out?: string;
  readonly json: boolean;
  readonly asOf: string;
  readonly lang: Lang;
  readonly validated: boolean;
  readonly overwrite: boolean;
  readonly unit?: bigint;
  readonly total?: bigint;
  readonly minOwnShare?: Decimal;
  readonly matchingRatio?: Decimal;
  /** Largest input file in bytes. */
  readonly maxBytes?: number;
  /** Insert the exact split into the copy: 'all' split tables with a certain fix, or the named table ids. */
  readonly applySplit?: 'all' | readonly string[];
}

/** fordel clean: a copy of the workbook without Fordel's output. */
export interface CleanCommand {
  readonly command: 'clean';
  readonly file: string;
  /** Without it, clean only lists what it would remove. */
  readonly out?: string;
  readonly lang: Lang;
  readonly overwrite: boolean;
  /** Also remove Fordel's settings sheet (the table corrections). */
  readonly removeSettings: boolean;
  readonly maxBytes?: number;
  /** Time limit in milliseconds (--timeout in seconds, default 60), as for check. */
  readonly timeoutMs: number;
}

export type Command =
  | CheckCommand
  | CleanCommand
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version' };

/** Flags that mean something to both commands, and to clean only; others are check's. A flag given to
 * the command it means nothing to is refused rather than silently ignored. */
const SHARED_FLAGS = new Set(['--out', '--overwrite', '--lang', '--max-size', '--timeout']);
const CLEAN_FLAGS = new Set(['--settings']);

const UNITS = new Set(['1', '100', '10000', '100000']);
const VALUE_FLAGS = new Set([
  '--out',
  '--as-of',
  '--lang',
  '--unit',
  '--total',
  '--min-own-share',
  '--matching',
  '--max-size',
  '--timeout',
  '--jobs',
  '--summary',
]);
const SWITCHES = new Set([
  '--json',
  '--validated',
  '--overwrite',
  '--settings',
  '--help',
  '-h',
  '--version',
  '-v',
]);

const usage = (da: string, en: string): InputError => new InputError(text(da, en));

/** `today` is the default for --as-of (YYYY-MM-DD), passed in so tests do not depend on the clock. */
export function parseArgs(argv: readonly string[], today: string): Command {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  const positional: string[] = [];
  const applySplit: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--apply-split') {
      // A table id always holds "!" ("Fordeling!A3"); without one the flag means every split table.
      const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1]?.includes('!') ? argv[++i] : undefined;
      if (value === '') throw usage(`${name} mangler en værdi.`, `${name} needs a value.`);
      applySplit.push(value ?? '*');
    } else if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') {
        throw usage(`${name} mangler en værdi.`, `${name} needs a value.`);
      }
      if (flags.has(name)) throw usage(`${name} er angivet to gange.`, `${name} is given twice.`);
      flags.set(name, value);
    } else if (SWITCHES.has(arg)) {
      switches.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw usage(
        `Ukendt tilvalg: ${arg} (se fordel --help).`,
        `Unknown option: ${arg} (see fordel --help).`,
      );
    } else {
      positional.push(arg);
    }
  }

  const lang = readLang(flags.get('--lang'));
  if (switches.has('--version') || switches.has('-v')) return { command: 'version' };
  if (switches.has('--help') || switches.has('-h') || positional.length === 0)
    return { command: 'help', lang };

  const [command, file, ...rest] = positional;
  const files = file ? [file, ...rest] : [];
  if (command !== 'check' && command !== 'clean') {
    throw usage(
      `Ukendt kommando: ${command} (brug fordel check <fil.xlsx> eller fordel clean <fil.xlsx>).`,
      `Unknown command: ${command} (use fordel check <file.xlsx> or fordel clean <file.xlsx>).`,
    );
  }
  if (!file)
    throw usage(
      `Angiv projektmappen: fordel ${command} <fil.xlsx>.`,
      `Name the workbook: fordel ${command} <file.xlsx>.`,
    );
  // Only check takes several files or folders.
  if (rest.length && command === 'clean')
    throw usage(`Uventet argument: ${rest[0]}.`, `Unexpected argument: ${rest[0]}.`);
  const given = [...flags.keys(), ...switches];
  const foreign = given.find((f) => !SHARED_FLAGS.has(f) && CLEAN_FLAGS.has(f) !== (command === 'clean'));
  if (foreign) {
    throw usage(
      `${foreign} kan ikke bruges med fordel ${command} (se fordel --help).`,
      `${foreign} cannot be used with fordel ${command} (see fordel --help).`,
    );
  }
  if (command === 'clean') {
    return {
      command: 'clean',
      file,
      out: flags.get('--out'),
      lang,
      overwrite: switches.has('--overwrite'),
      removeSettings: switches.has('--settings'),
      maxBytes: readMaxSize(flags.get('--max-size')),
      timeoutMs: readTimeout(flags.get('--timeout')),
    };
  }

  return {
    command: 'check',
    file,
    out: flags.get('--out'),
    json: switches.has('--json'),
    asOf: readAsOf(flags.get('--as-of') ?? today),
    lang,
    validated: switches.has('--validated'),
    overwrite: switches.has('--overwrite'),
    unit: readUnit(flags.get('--unit')),
    total: readTotal(flags.get('--total')),
    minOwnShare: readDecimal('--min-own-share', flags.get('--min-own-share'), { max: 100 }),
    matchingRatio: readDecimal('--matching', flags.get('--matching'), {}),
    maxBytes: readMaxSize(flags.get('--max-size')),
    files,
    timeoutMs: readTimeout(flags.get('--timeout')),
    jobs: readCount('--jobs', flags.get('--jobs'), 256),
    summary: readSummary(flags.get('--summary')),
    ...readApplySplit(applySplit, flags.get('--out')),
  };
}

function readApplySplit(given: readonly string[], out: string | undefined): Pick<CheckCommand, 'applySplit'> {
  if (given.length === 0) return {};
  if (out === undefined) {
    throw usage(
      '--apply-split skriver kun i en kopi: angiv --out <kopi.xlsx>.',
      '--apply-split writes only into a copy: give --out <copy.xlsx>.',
    );
  }
  return { applySplit: given.includes('*') ? 'all' : given };
}

/** --timeout in seconds (default 60, at most a day), as milliseconds. */
function readTimeout(v: string | undefined): number {
  return (readCount('--timeout', v, 86_400) ?? 60) * 1000;
}

/** A whole positive number up to max (--timeout in seconds, --jobs). */
function readCount(flag: string, v: string | undefined, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > max) {
    throw usage(
      `${flag} skal være et helt tal fra 1 til ${max}, ikke "${v}".`,
      `${flag} must be a whole number from 1 to ${max}, not "${v}".`,
    );
  }
  return n;
}

function readSummary(v: string | undefined): string | undefined {
  if (v === undefined || /\.(xlsx|csv)$/i.test(v)) return v;
  throw usage(
    `--summary skal være en .xlsx- eller .csv-fil, ikke "${v}".`,
    `--summary must be an .xlsx or .csv file, not "${v}".`,
  );
}

function readLang(v: string | undefined): Lang {
  if (v === undefined || v === 'da' || v === 'en') return v ?? 'da';
  throw usage(`--lang skal være da eller en, ikke "${v}".`, `--lang must be da or en, not "${v}".`);
}

function readAsOf(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!iso)
    throw usage(
      `--as-of skal være en dato som 2025-06-30, ikke "${v}".`,
      `--as-of must be a date like 2025-06-30, not "${v}".`,
    );
  return iso;
}

function readUnit(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined;
  if (!UNITS.has(v)) {
    throw usage(
      `--unit skal være 1, 100, 10000 eller 100000 (øre), ikke "${v}".`,
      `--unit must be 1, 100, 10000 or 100000 (øre), not "${v}".`,
    );
  }
  return BigInt(v);
}

function readTotal(v: string | undefined): bigint | undefined {
  if (v === undefined) return undefined;
  const oere = parseUserAmount(v);
  if (oere === null || oere <= 0n) {
    throw usage(
      `--total skal være et beløb i kr., fx 750000 eller 750.000, ikke "${v}".`,
      `--total must be an amount in kr., e.g. 750000, not "${v}".`,
    );
  }
  return oere;
}

/** A plain decimal ("0.5") or a Danish one ("0,5", "50 %"); positive, and at most `max`. */
function readDecimal(flag: string, v: string | undefined, opts: { max?: number }): Decimal | undefined {
  if (v === undefined) return undefined;
  let d = parsePlainDecimal(v.trim());
  if (!d) {
    const read = readNumber(v);
    d = read.ok && !read.approx && !read.bound ? read.value : null;
  }
  const tooBig = d !== null && opts.max !== undefined && Number(d.digits) / 10 ** d.scale > opts.max;
  if (!d || d.digits <= 0n || tooBig) {
    const range = opts.max !== undefined ? ` (0-${opts.max})` : '';
    throw usage(
      `${flag} skal være et positivt tal${range}, ikke "${v}".`,
      `${flag} must be a positive number${range}, not "${v}".`,
    );
  }
  return d;
}

function readMaxSize(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const mb = Number(v.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(v) || !(mb > 0) || mb > 2048) {
    throw usage(
      `--max-size skal være et antal MB (fx 50), ikke "${v}".`,
      `--max-size must be a number of MB (e.g. 50), not "${v}".`,
    );
  }
  return Math.round(mb * 1024 * 1024);
}
