/**
 * fordel check <workbook.xlsx>: reads the workbook, runs the same check as the add-in, prints the
 * findings and, with --out, writes a checked copy (fordel clean, in clean.ts, removes it again). Exit codes: 0 no errors, 1 errors found (or
 * writing refused), 2 unusable input. The input file is never written.
 */
import * as path from 'node:path';
import { text, type Lang } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import { parseArgs, type CheckCommand } from './args';
import { EXIT_OK, EXIT_UNUSABLE } from './outcome';
import { isFolder } from './collect-files';
import { helpText } from './help';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Today as YYYY-MM-DD, the default for --as-of. */
  readonly today?: string;
  /** Rewrites one status line on a terminal (folder runs); absent when stderr is not a terminal. */
  readonly progress?: (s: string) => void;
}

export { EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE } from './outcome';

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

function langOf(argv: readonly string[]): Lang {
  return argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'da';
}

/**
 * The run was interrupted (Ctrl+C, SIGTERM): every file in hand is stopped, the temporary files of saves
 * under way are removed (the target is either complete or untouched), and one line says so. Exit code 2.
 */
export async function interrupted(argv: readonly string[], io: Pick<Io, 'stderr'>): Promise<number> {
  const [{ stopAll }, { removeTemps }] = [
    await import('./isolate'),
    await import('../adapters/xlsx/temp-files'),
  ];
  await stopAll();
  for (const flag of ['--out', '--summary']) {
    const given = argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
    const value = given ?? (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
    if (value) await removeTemps(path.resolve(value));
  }
  io.stderr(
    langOf(argv) === 'da'
      ? 'fordel: Afbrudt. Intet halvt skrevet er efterladt, og din fil er uændret.\n'
      : 'fordel: Interrupted. Nothing half-written was left behind, and your file is unchanged.\n',
  );
  return EXIT_UNUSABLE;
}

/** Runs the command line on argv (without "node fordel.js") and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    if (argv[0] === 'split') return await (await import('./split')).runSplit(argv.slice(1), io);
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
    // Each command loads what it needs when it runs, so --help and --version load no workbook library, no
    // worker machinery and none of the core's table kinds.
    if (cmd.command === 'clean') return await (await import('./clean')).clean(cmd, io);
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
  if (cmd.files.length > 1 || (await isFolder(cmd.file))) {
    if (cmd.out !== undefined) {
      throw new InputError(
        text(
          '--out gælder én fil; brug --summary <oversigt.xlsx> for en mappe eller flere filer.',
          '--out is for one file; use --summary <summary.xlsx> for a folder or several files.',
        ),
      );
    }
    // Loaded only for a folder: its summary writer brings the core's table kinds into this thread.
    return (await import('./folder')).checkFolder(cmd, io);
  }
  if (cmd.summary !== undefined) {
    throw new InputError(
      text('--summary gælder en mappe eller flere filer.', '--summary is for a folder or several files.'),
    );
  }
  const { files: _files, ...job } = cmd;
  const slot = new (await import('./isolate')).CheckSlot();
  try {
    const outcome = await slot.run(job, cmd.timeoutMs);
    if (outcome.stdout) io.stdout(outcome.stdout);
    if (outcome.stderr) io.stderr(outcome.stderr);
    return outcome.code;
  } finally {
    await slot.close();
  }
}
