/**
 * Writes the apportionment table of bench/inputs.ts as an .xlsx file with ExcelJS's streaming writer,
 * so a 300.000-row workbook is made without holding it in memory. Files are reused while they are
 * newer than the generators.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { apportionmentRows } from './inputs';
import { OUT } from './measure';

const GENERATORS = ['inputs.ts', 'xlsx-input.ts'].map((f) => path.join(__dirname, f));

function upToDate(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const made = fs.statSync(file).mtimeMs;
  return GENERATORS.every((g) => fs.statSync(g).mtimeMs < made);
}

/** Path of an apportionment workbook with `rows` data rows, written if missing or stale. */
export async function apportionmentXlsx(rows: number): Promise<string> {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `apportionment-${rows}.xlsx`);
  if (upToDate(file)) return file;
  const partial = `${file}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true });
  const ws = wb.addWorksheet('Fordeling');
  ws.columns = [
    { width: 24 },
    { width: 12, style: { numFmt: '#,##0' } },
    { width: 16, style: { numFmt: '#,##0' } },
  ];
  for (const line of apportionmentRows(rows)) ws.addRow(line).commit();
  ws.commit();
  await wb.commit();
  fs.renameSync(partial, file);
  return file;
}
