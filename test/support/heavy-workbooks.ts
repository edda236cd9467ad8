/**
 * Generators for workbooks that are hard on readers, as found in real collections: data validation on
 * whole columns, tens of thousands of merged ranges, one long text repeated in thousands of cells, and
 * a sheet with so many cells that reading it takes seconds. Written with real writers, so every
 * reader sees a valid file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

const TABLE: (string | number)[][] = [
  ['Indsatsområde', 2021, 2022, 'I alt'],
  ['Ungeområdet', 300_000, 300_000, 600_000],
  ['Musikområdet', 600_000, 600_000, 1_200_000],
  ['I alt', 900_000, 900_000, 1_800_000],
];

/** A small co-financing table plus data validation (a list) on whole columns E:Z. */
export async function wholeColumnValidation(dir: string, name = 'validering.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  TABLE.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  // ExcelJS writes validations cell by cell; put the sqref Excel itself writes for a whole column.
  const zip = XLSX.CFB.read(await fs.readFile(file), { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml') as { content: Buffer };
  const xml = Buffer.from(entry.content).toString('utf8');
  const validations =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E:Z">' +
    '<formula1>"ja,nej"</formula1></dataValidation></dataValidations>';
  const patched = xml.replace(/(<\/sheetData>)/, `$1${validations}`);
  XLSX.CFB.utils.cfb_add(zip, '/xl/worksheets/sheet1.xml', Buffer.from(patched, 'utf8'));
  await fs.writeFile(file, XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
  return file;
}

/** The same table with `count` merged two-cell ranges below it. */
export async function manyMerges(dir: string, count: number, name = 'flettede.xlsx'): Promise<string> {
  const rows: (string | number | null)[][] = TABLE.map((r) => [...r]);
  for (let i = 0; i < count; i++) rows.push([]);
  const ws = XLSX.utils.aoa_to_sheet([...rows, ['slut']]);
  ws['!merges'] = Array.from({ length: count }, (_, i) => ({
    s: { r: TABLE.length + 1 + i, c: 5 },
    e: { r: TABLE.length + 1 + i, c: 6 },
  }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Budget');
  const file = path.join(dir, name);
  await fs.writeFile(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return file;
}

/** One long text (a note) in `cells` cells around a small table: about 110 KB for 12.000 cells. */
export async function longTextEverywhere(
  dir: string,
  cells = 12_000,
  length = 2_000,
  name = 'lang-tekst.xlsx',
): Promise<string> {
  const note =
    `Bemærk: ${'denne tekst gentages i mange celler og er lang; '.repeat(Math.ceil(length / 50))}`.slice(
      0,
      length,
    );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  TABLE.forEach((r) => ws.addRow(r));
  const width = 20;
  for (let i = 0; i < cells; i++)
    ws.getCell(TABLE.length + 2 + Math.floor(i / width), 1 + (i % width)).value = note;
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A plain sheet of rows x cols numbers: big enough that reading it takes a few seconds. */
export async function manyCells(
  dir: string,
  rows: number,
  cols: number,
  name = 'mange-celler.xlsx',
): Promise<string> {
  const data: number[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => r * cols + c),
  );
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), 'Data');
  const file = path.join(dir, name);
  await fs.writeFile(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return file;
}
