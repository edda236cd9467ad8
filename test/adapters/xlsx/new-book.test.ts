/**
 * Fordel's own writer of new workbooks (new-book.ts), behind `split --out`, the findings workbook and the
 * folder summary: read back by SheetJS and ExcelJS (a second, independent reader), text stays text,
 * formulas are formulas that ask to be calculated, formats and bold are where they were asked for.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { newBook } from '../../../src/adapters/xlsx/new-book';
import { findingsBook } from '../../../src/adapters/xlsx/findings-book';
import { readZipParts, unpack } from '../../../src/adapters/xlsx/zip-copy';
import { emptySettings } from '../../../src/core/output/plan';

function part(book: Buffer, name: string): string {
  const found = readZipParts(book)!.find((p) => p.name === name);
  return found ? unpack(found).toString('utf8') : '';
}

const book = newBook(
  [
    {
      name: 'Fordeling',
      widths: [22, undefined, 16],
      cells: [
        // Out of order on purpose: Excel needs rows and cells in order.
        { row: 1, col: 2, formula: 'ROUND(B2*0.5,2)', numFmt: '#,##0.00' },
        { row: 1, col: 0, value: '=SUM(A1:A9)' },
        { row: 1, col: 1, value: 1234.5, numFmt: '#,##0.00 "kr."' },
        { row: 0, col: 0, value: 'Navn', bold: true },
        { row: 0, col: 2, value: 'Beløb', bold: true },
        { row: 2, col: 0, value: true },
        { row: 2, col: 1, value: Number.NaN },
      ],
    },
    { name: 'Skjult', cells: [{ row: 0, col: 0, value: 'x' }], state: 'hidden' },
  ],
  { calculateOnOpen: true },
);

describe('newBook', () => {
  it('reads back in SheetJS: text as text, numbers, booleans, the formula as a formula', () => {
    const wb = XLSX.read(book, { type: 'buffer', cellFormula: true, cellNF: true, sheetStubs: true });
    expect(wb.SheetNames).toEqual(['Fordeling', 'Skjult']);
    const ws = wb.Sheets.Fordeling;
    expect(ws.A2).toMatchObject({ t: 's', v: '=SUM(A1:A9)' });
    expect(ws.A2.f).toBeUndefined();
    expect(ws.B2).toMatchObject({ t: 'n', v: 1234.5, z: '#,##0.00 "kr."' });
    expect(ws.C2.f).toBe('ROUND(B2*0.5,2)');
    expect(ws.A3).toMatchObject({ t: 'b', v: true });
    // A number no cell can hold is written as its text, never dropped.
    expect(ws.B3).toMatchObject({ t: 's', v: 'NaN' });
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
  });

  it('reads back in ExcelJS with bold headers, number formats and widths, and asks to be calculated on opening', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Fordeling')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00 "kr."');
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C2').value).toMatchObject({ formula: 'ROUND(B2*0.5,2)' });
    expect(ws.getColumn(1).width).toBe(22);
    expect(ws.getColumn(3).width).toBe(16);
    expect(part(book, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/>');
    expect(part(book, 'xl/worksheets/sheet1.xml')).toMatch(
      /<row r="1">.*<row r="2"><c r="A2"[^>]*>.*<c r="B2".*<c r="C2"/,
    );
  });

  it('the findings workbook: visible sheets only, links as the text they show', () => {
    const { bytes, cells } = findingsBook({
      blocks: [],
      highlights: [],
      sheets: [
        {
          name: 'Fordel-fund',
          values: [
            ['Celle', 'Beløb'],
            [{ link: "'Ark 1'!C7", text: 'C7' }, 1500],
          ],
          numberFormats: [null, '#,##0'],
          boldRows: [0],
          columnWidths: [12, 14],
        },
        { name: 'Fordel-indstillinger', values: [['{}']], hidden: true },
      ],
      settings: emptySettings(),
    });
    expect(cells).toBe(4);
    const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true });
    expect(wb.SheetNames).toEqual(['Fordel-fund']);
    expect(wb.Sheets['Fordel-fund'].A2).toMatchObject({ t: 's', v: 'C7' });
    expect(wb.Sheets['Fordel-fund'].B2).toMatchObject({ t: 'n', v: 1500, z: '#,##0' });
  });
});
