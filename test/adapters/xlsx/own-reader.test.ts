/**
 * Fordel's own .xlsx reader gives exactly the reading the SheetJS path gives: every real workbook in
 * test/files/real, the example, and a few hundred metamorphic variants (saved as Excel, Excel with shared
 * formulas, LibreOffice and tools that do not calculate would save them) are read both ways and compared
 * cell by cell, the first difference named. A workbook the own reader leaves to SheetJS is fine, as long as
 * the ordinary ones are read by it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { identifyBook } from '../../../src/adapters/xlsx/file-kind';
import { readWithSheetJs } from '../../../src/adapters/xlsx/read-book';
import { readOwnBook } from '../../../src/adapters/xlsx/own-reader';
import { NotUnderstood } from '../../../src/adapters/xlsx/reader-fallback';
import type { Unpacked } from '../../../src/adapters/xlsx/zip-guard';
import { materialise, specsFor, variantFile } from '../../metamorphic/evaluate';
import { readingDifference } from './reading-difference';

const REAL = path.join(__dirname, '..', '..', 'files', 'real');
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

/** 'own' when the own reader read it the same, 'sheetjs' when it left it to SheetJS; throws on a difference. */
function compare(name: string, bytes: Buffer): 'own' | 'sheetjs' | 'other kind' {
  const unpacked: Unpacked = new Map();
  const kind = identifyBook(bytes, undefined, unpacked);
  if (kind !== 'xlsx' && kind !== 'xlsm') return 'other kind';
  const own = readOwnBook(bytes, kind, unpacked);
  if (own instanceof NotUnderstood) return 'sheetjs';
  const sheetjs = readWithSheetJs(bytes, kind, new Map());
  const difference = readingDifference(sheetjs, own);
  if (difference) throw new Error(`${name}: ${difference} (SheetJS vs own)`);
  return 'own';
}

async function filesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => /\.xls[xm]$/.test(n) && !n.includes('pass_protected')).sort();
}

describe("Fordel's own .xlsx reader", () => {
  it('reads every real workbook and the example as the SheetJS path does, most of them itself', async () => {
    const byOwn: string[] = [];
    for (const [dir, name] of [
      ...(await filesIn(REAL)).map((n) => [REAL, n]),
      ...(await filesIn(EXAMPLES)).map((n) => [EXAMPLES, n]),
    ]) {
      if (compare(name, await fs.readFile(path.join(dir, name))) === 'own') byOwn.push(name);
    }
    expect(byOwn).toEqual(
      expect.arrayContaining([
        'fordel-eksempel.xlsx',
        'calamine-inlineStr_with_value.xlsx',
        'calamine-table_with_absolute_paths.xlsx',
        'exceljs-test-issue-1842.xlsx',
        'xlsxwriter-hide01.xlsx',
        'xlsxwriter-merge_range01.xlsx',
        'xlsxwriter-table02.xlsx',
      ]),
    );
  });

  it('reads 320 metamorphic variants, every way of saving them included, as the SheetJS path does', () => {
    const counts = { own: 0, sheetjs: 0, 'other kind': 0 };
    for (const spec of specsFor(7_000, 240)) {
      const { id, bytes } = variantFile(spec);
      counts[compare(id, bytes)]++;
    }
    for (const spec of specsFor(9_000, 80).filter((s) => !s.truthId.startsWith('corpus:'))) {
      const { variant, bytes } = materialise({ ...spec, only: 'saved' });
      counts[compare(variant.id, bytes)]++;
    }
    expect(counts.sheetjs).toBe(0);
    expect(counts.own).toBeGreaterThan(280);
  }, 60_000);
});
