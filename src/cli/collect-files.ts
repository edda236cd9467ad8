/**
 * The workbooks a folder run checks: every file named, and every workbook inside a folder named (sub-
 * folders too), in name order. Excel's lock files ("~$budget.xlsx") and Fordel's own output are left out.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { text } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';

const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;
const FORDEL_OUTPUT = /-(kontrolleret|checked|fordel-fund)\.xlsx$/i;

export async function isFolder(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
}

export async function collectFiles(
  named: readonly string[],
  skip: readonly string[] = [],
): Promise<string[]> {
  const out: string[] = [];
  const skipped = new Set(skip.map((s) => path.resolve(s)));
  for (const p of named) {
    if (await isFolder(p)) {
      const found = await walk(p);
      out.push(...found.filter((f) => !skipped.has(path.resolve(f))));
    } else out.push(p);
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

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => {
    throw new InputError(text(`Mappen kan ikke læses: ${dir}`, `The folder cannot be read: ${dir}`));
  });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'da'))) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (e.isFile() && WORKBOOK.test(e.name) && !FORDEL_OUTPUT.test(e.name)) files.push(full);
  }
  return files;
}
