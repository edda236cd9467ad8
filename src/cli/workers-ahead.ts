/**
 * How many workers a check will use, guessed from its words before they are read properly (args.ts), so
 * that a folder run's workers all start loading at once: one per core (or --jobs) when a folder or several
 * workbooks are named, one otherwise. A wrong guess costs a worker started for nothing, never a wrong run.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

export function workersAhead(args: readonly string[]): number {
  const words = args.filter((a) => !a.startsWith('-'));
  const several = words.filter((w) => WORKBOOK.test(w)).length > 1 || words.some(isFolder);
  if (!several) return 1;
  const at = args.findIndex((a) => a === '--jobs' || a.startsWith('--jobs='));
  const given = at < 0 ? NaN : Number(args[at].includes('=') ? args[at].split('=')[1] : args[at + 1]);
  const cores = availableParallelism();
  // No more than the machine has cores ahead of need: --jobs beyond that starts its workers as files come.
  return Number.isInteger(given) && given >= 1 ? Math.min(given, cores) : cores;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
