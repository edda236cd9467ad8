/**
 * Writes examples/fordel-eksempel.xlsx from the sample data in examples/sample-workbook.ts.
 * Run: npx tsx examples/make-sample.ts [out.xlsx]
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_SHEETS, type SampleSheet } from './sample-workbook';
import { isCellError } from '../src/core/grid/grid';

/** Builds an ExcelJS workbook from sample sheets (also used by the test fixtures). */
export function buildSampleWorkbook(sheets: readonly SampleSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Fordel';
  // A fixed date keeps the file identical from run to run.
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = isCellError(value) ? { error: value.error as ExcelJS.CellErrorValue['error'] } : value;
      }),
    );
    for (const [address, fmt] of Object.entries(sheet.formats ?? {})) ws.getCell(address).numFmt = fmt;
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    sheet.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    // The title row reads as a title.
    ws.getRow(1).font = { bold: true, size: 13 };
  }
  return wb;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(__dirname, 'fordel-eksempel.xlsx');
  await buildSampleWorkbook(SAMPLE_SHEETS).xlsx.writeFile(out);
  process.stdout.write(`${out}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
