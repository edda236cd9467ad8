/**
 * The workbooks a folder run checks: every file named, and every workbook inside a folder named (sub-
 * folders too), in name order. Excel's lock files ("~$budget.xlsx") are left out. A file named like Fordel's
 * checked copy or findings workbook is only marked as such: whether it is Fordel's is judged from the
 * file itself (folder.ts), so a workbook of the user's that merely has such a name is still checked.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';

const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;
/** The names Fordel gives its checked copies and findings workbooks (`--out` advice in the help). */
const FORDEL_OUTPUT_NAME = /-(kontrolleret|checked|fordel-fund)\.xlsx$/i;

/** Whether a file is named like a checked copy or a findings workbook of Fordel's. */
export function namedLikeOutput(file: string): boolean {
  return FORDEL_OUTPUT_NAME.test(path.basename(file));
}

export async function isFolder(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
}

/** A file or folder in a checked folder that is not checked, with why: each gets a line of its own. */
export interface Skipped {
  readonly path: string;
  readonly why: Text;
}

const LINKED_FOLDER = text(
  'en genvej (symbolsk link) til en mappe; genveje til mapper følges ikke',
  'a shortcut (symbolic link) to a folder; links to folders are not followed',
);
const BROKEN_LINK = text(
  'en genvej (symbolsk link), der ikke peger på nogen fil',
  'a shortcut (symbolic link) that points to no file',
);

export async function collectFiles(named: readonly string[], skipped: Skipped[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const p of named) {
    if (await isFolder(p)) out.push(...(await walk(p, skipped)));
    else out.push(p);
  }
  if (!out.length) {
    throw new InputError(
      text(
        `Der er ingen projektmapper (.xlsx, .xlsm, .xlsb, .xls, .ods) i ${named.join(', ')}.`,
        `There are no workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) in ${named.join(', ')}.`,
      ),
    );
  }
  return out;
}

async function walk(dir: string, skipped: Skipped[]): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => {
    throw new InputError(text(`Mappen kan ikke læses: ${dir}`, `The folder cannot be read: ${dir}`));
  });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'da'))) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    const workbook = WORKBOOK.test(e.name);
    if (e.isDirectory()) files.push(...(await walk(full, skipped)));
    else if (e.isFile() && workbook) files.push(full);
    else if (e.isSymbolicLink()) {
      // A linked workbook is checked like any other; a linked folder could loop, so it is named instead.
      const target = await fs.stat(full).catch(() => null);
      if (target?.isFile() && workbook) files.push(full);
      else if (target?.isDirectory()) skipped.push({ path: full, why: LINKED_FOLDER });
      else if (!target && workbook) skipped.push({ path: full, why: BROKEN_LINK });
    }
  }
  return files;
}
