/**
 * One guard for every file Fordel writes (the checked copy, the findings workbook, the folder summary):
 * never a file being read. "The same file" is judged on the files themselves, so a symlink, "..", a hard
 * link or another spelling on a case-insensitive disk is caught too.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { text } from '../../core/findings/finding';
import { InputError } from './input-error';

export async function refuseInputAsOutput(
  target: string,
  inputs: readonly string[],
  shown = target,
): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(path.resolve(target), path.resolve(input))) {
      throw new InputError(
        text(
          `${shown} er en af de filer, der kontrolleres, og overskrives aldrig. Vælg et andet filnavn.`,
          `${shown} is one of the files being checked and is never overwritten. Choose another file name.`,
        ),
      );
    }
  }
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [ra, rb] = await Promise.all([fs.realpath(a).catch(() => null), fs.realpath(b).catch(() => null)]);
  if (ra !== null && ra === rb) return true;
  // Case-insensitive file systems and hard links: compare the files themselves.
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}
