/**
 * The reader opens every format a spreadsheet program opens and reads cells as Excel shows them; when
 * the checked copy cannot be faithful, the findings are saved as their own workbook with a one-line why.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { readCell } from '../../support/exceljs-cells';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { cellAt, type SheetGrid } from '../../../src/core/grid/grid';
import { runCli } from '../../support/run-cli';
import { makeTempDir, openWithExcelJs, removeDir, writeSample } from '../../support/xlsx-fixtures';
import { manyMerges, wholeColumnValidation } from '../../support/heavy-workbooks';

const BUDGET: (string | number)[][] = [
  ['Indsatsområde', 2021, 2022, 'I alt'],
  ['Ungeområdet', 300_000, 300_000, 600_000],
  ['Musikområdet', 600_000, 600_000, 1_250_000],
  ['I alt', 900_000, 900_000, 1_850_000],
];

async function writeBook(
  dir: string,
  name: string,
  bookType: XLSX.BookType,
  sheet: XLSX.WorkSheet,
): Promise<string> {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, 'Budget');
  const file = path.join(dir, name);
  await fs.writeFile(file, XLSX.write(wb, { type: 'buffer', bookType }));
  return file;
}

function only(grids: readonly SheetGrid[]): SheetGrid {
  expect(grids).toHaveLength(1);
  return grids[0];
}

describe('reading workbooks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-book-');
  });
  afterAll(() => removeDir(dir));

  it('reads formula results of 0 and "" as values, not blanks', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['Beløb', 'Note']]);
    ws['A2'] = { t: 'n', v: 0, f: 'B5-B5' };
    ws['B2'] = { t: 's', v: '', f: '""' };
    ws['!ref'] = 'A1:B2';
    const file = await writeBook(dir, 'nul.xlsx', 'xlsx', ws);
    const grid = only((await (await XlsxWorkbook.open(file)).read()).sheets);
    expect(cellAt(grid, 1, 0)).toBe(0);
    expect(cellAt(grid, 1, 1)).toBe('');
    expect(grid.formulas?.[1]).toEqual([true, true]);
    // The ExcelJS side (used for the checked copy) reads the 0 from cell.result too.
    const exceljs = await openWithExcelJs(file);
    expect(readCell(exceljs.getWorksheet('Budget')!.getCell('A2'))).toEqual({ value: 0, formula: true });
  });

  it.each(['xls', 'ods', 'xlsb', 'xlsm'] as const)('reads a .%s workbook like the .xlsx', async (ext) => {
    const xlsx = await writeBook(dir, 'budget.xlsx', 'xlsx', XLSX.utils.aoa_to_sheet(BUDGET));
    const other = await writeBook(
      dir,
      `budget.${ext}`,
      ext === 'xls' ? 'biff8' : ext,
      XLSX.utils.aoa_to_sheet(BUDGET),
    );
    const a = only((await (await XlsxWorkbook.open(xlsx)).read()).sheets);
    const b = only((await (await XlsxWorkbook.open(other)).read()).sheets);
    expect(b.values).toEqual(a.values);
    expect(b.values[2][3]).toBe(1_250_000);
    const r = await runCli('check', other, '--lang', 'en');
    expect(r.code).toBe(1); // 1.250.000 is not 600.000 + 600.000
    expect(r.out).toMatch(/total|sum/i);
  });

  it('reads the sample with the same grids as the ExcelJS reading (contract for the copy)', async () => {
    const file = await writeSample(dir);
    const snap = await (await XlsxWorkbook.open(file)).read();
    const wb = await openWithExcelJs(file);
    for (const grid of snap.sheets) {
      const ws = wb.getWorksheet(grid.name)!;
      grid.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(grid.origin.row + r + 1, grid.origin.col + c + 1);
          const theirs = readCell(cell).value;
          if (typeof v === 'number') expect(theirs).toBeCloseTo(v, 9);
          else expect(theirs ?? '').toEqual(v ?? '');
        }),
      );
    }
  });
});

describe('when the checked copy cannot be faithful', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-fund-');
  });
  afterAll(() => removeDir(dir));

  async function expectFundOnly(input: string, why: RegExp): Promise<void> {
    const out = path.join(dir, `${path.basename(input)}-kontrolleret.xlsx`);
    const r = await runCli('check', input, '--out', out, '--lang', 'en');
    expect([0, 1]).toContain(r.code);
    const fund = path.join(dir, `${path.basename(input).replace(/\.[^.]+$/, '')}-fordel-fund.xlsx`);
    const line = r.out.split('\n').filter((l) => l.startsWith('No checked copy'));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(why);
    expect(line[0]).toContain(fund);
    expect(existsSync(out)).toBe(false);
    const wb = await openWithExcelJs(fund);
    const sheet = wb.getWorksheet('Fordel findings');
    expect(wb.worksheets).toHaveLength(1);
    expect(sheet?.rowCount).toBeGreaterThan(1);
  }

  it('an .ods file: the findings go in a workbook of their own, and the line says why', async () => {
    const ods = await writeBook(dir, 'kommuner.ods', 'ods', XLSX.utils.aoa_to_sheet(BUDGET));
    await expectFundOnly(ods, /only writes checked copies of \.xlsx and \.xlsm files, and this one is \.ods/);
  });

  /** A checked copy, written part by part (package-copy.ts) where ExcelJS would take minutes. */
  async function expectCopyKeeping(input: string): Promise<void> {
    const out = path.join(dir, `${path.basename(input)}-kontrolleret.xlsx`);
    const r = await runCli('check', input, '--out', out, '--lang', 'en');
    expect([0, 1]).toContain(r.code);
    expect(r.out).not.toContain('No checked copy');
    expect(r.out).toContain(`Checked copy saved: ${out}`);
    const [before, after] = await Promise.all([fs.readFile(input), fs.readFile(out)]);
    const [a, b] = [readBook(before, 'xlsx'), readBook(after, 'xlsx')];
    expect(b.merges).toBe(a.merges);
    expect(b.validatedCells).toBe(a.validatedCells);
    expect(b.sheetNames).toEqual([...a.sheetNames, 'Fordel findings', 'Fordel-indstillinger']);
  }

  it('50.000 merged ranges: read at once, and a checked copy that keeps them all', async () => {
    await expectCopyKeeping(await manyMerges(dir, 50_000));
  }, 120_000);

  it('data validation on whole columns: the same', async () => {
    await expectCopyKeeping(await wholeColumnValidation(dir));
  }, 60_000);
});
