/**
 * fordel check <workbook.xlsx>: reads the workbook, runs the same check as the add-in, prints the
 * findings and, with --out, writes a checked copy (fordel clean, in clean.ts, removes it again). Exit codes: 0 no errors, 1 errors found (or
 * writing refused), 2 unusable input. The input file is never written.
 */
import * as path from 'node:path';
import { checkWorkbook } from '../core/check/check-workbook';
import type { CheckParams } from '../core/check/params';
import { hasErrors, text, type Lang } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import { XlsxWorkbook } from '../adapters/xlsx/xlsx-workbook';
import { parseArgs, type CheckCommand } from './args';
import { clean } from './clean';
import { helpText } from './help';
import { jsonReport, textReport } from './report';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Today as YYYY-MM-DD, the default for --as-of. */
  readonly today?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

// Read from package.json at run time: lib/cli/main.js and src/cli/main.ts both sit two levels down.
function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(path.join(__dirname, '..', '..', 'package.json')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Runs the command line on argv (without "node fordel.js") and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'da';
  try {
    const cmd = parseArgs(argv, io.today ?? localToday());
    if (cmd.command === 'version') {
      io.stdout(`fordel ${version()}\n`);
      return EXIT_OK;
    }
    if (cmd.command === 'help') {
      io.stdout(helpText(cmd.lang));
      return EXIT_OK;
    }
    lang = cmd.lang;
    if (cmd.command === 'clean') return await clean(cmd, io);
    return await check(cmd, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`fordel: ${e.text[lang]}\n`);
      return EXIT_UNUSABLE;
    }
    // Anything else is Fordel's own fault: say so in one line, still without a stack trace.
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr(`fordel: ${lang === 'da' ? 'intern fejl' : 'internal error'}: ${why}\n`);
    return EXIT_UNUSABLE;
  }
}

async function check(cmd: CheckCommand, io: Io): Promise<number> {
  if (cmd.out !== undefined && path.resolve(cmd.out) === path.resolve(cmd.file)) {
    throw new InputError(
      text(
        '--out må ikke være den fil, der kontrolleres; Fordel ændrer aldrig din fil.',
        '--out must not be the file being checked; Fordel never changes your file.',
      ),
    );
  }
  const workbook = await XlsxWorkbook.open(cmd.file, { maxBytes: cmd.maxBytes });
  const snapshot = await workbook.read();
  const params: CheckParams = {
    lang: cmd.lang,
    asOf: cmd.asOf,
    unit: cmd.unit,
    total: cmd.total,
    minOwnShare: cmd.minOwnShare,
    matchingRatio: cmd.matchingRatio,
    validated: cmd.validated,
  };
  const result = checkWorkbook(snapshot, params);

  if (cmd.json) io.stdout(`${JSON.stringify(jsonReport(result, cmd.lang), null, 2)}\n`);
  else io.stdout(textReport(result, cmd.lang));

  const t = (da: string, en: string): string => (cmd.lang === 'da' ? da : en);
  if (cmd.out !== undefined) {
    if (result.refusals.length) {
      io.stderr(`fordel: ${t('Intet er skrevet:', 'Nothing was written:')}\n`);
      for (const r of result.refusals) io.stderr(`  ${r.sheet}!${r.cell}  ${r.message[cmd.lang]}\n`);
      return EXIT_FINDINGS;
    }
    const report = await workbook.write(result.plan);
    if (!report.written) {
      io.stderr(
        `fordel: ${t('Intet er skrevet', 'Nothing was written')}: ${report.refused?.[cmd.lang] ?? ''}\n`,
      );
      return EXIT_FINDINGS;
    }
    await workbook.saveAs(cmd.out, { overwrite: cmd.overwrite });
    // With --json, stdout holds exactly one JSON document; the note goes to stderr.
    const saved = t(`Kontrolleret kopi gemt: ${cmd.out}`, `Checked copy saved: ${cmd.out}`);
    if (cmd.json) io.stderr(`${saved}\n`);
    else io.stdout(`${saved}\n`);
  }
  return hasErrors(result.findings) ? EXIT_FINDINGS : EXIT_OK;
}
