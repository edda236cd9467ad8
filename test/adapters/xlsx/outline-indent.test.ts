/**
 * The reader passes on what shows a budget's hierarchy in Excel: the rows' outline levels (Data > Group)
 * and the cells' indent (Increase Indent), both invisible in the values.
 */
import ExcelJS from 'exceljs';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { checkWorkbook } from '../../../src/core/check/check-workbook';

async function budgetBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRows([
    ['Budget (1.000 kr.)'],
    ['Område', 'Budget 2025', 'Budget 2026'],
    ['Løn', 400, 410],
    ['Drift', 100, 90],
    ['Udgifter', 500, 500],
    ['Tilskud', -100, -100],
    ['Netto', 400, 400],
  ]);
  ws.getRow(3).outlineLevel = 2;
  ws.getRow(4).outlineLevel = 2;
  ws.getRow(5).outlineLevel = 1;
  ws.getRow(6).outlineLevel = 1;
  for (const ref of ['A3', 'A4']) ws.getCell(ref).alignment = { indent: 2 };
  ws.getCell('A5').alignment = { indent: 1 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('outline levels and indents from an .xlsx', () => {
  it('reads both into the grid, at absolute rows and columns', async () => {
    const grid = readBook(await budgetBook(), 'xlsx').grids[0];
    expect(grid.outline).toEqual([
      { row: 2, level: 2 },
      { row: 3, level: 2 },
      { row: 4, level: 1 },
      { row: 5, level: 1 },
    ]);
    expect(grid.indents).toEqual([
      { row: 2, col: 0, indent: 2 },
      { row: 3, col: 0, indent: 2 },
      { row: 4, col: 0, indent: 1 },
    ]);
  });

  it('lets a budget be read by them and checked', async () => {
    const book = readBook(await budgetBook(), 'xlsx');
    const r = checkWorkbook(
      { sheets: book.grids, sheetNames: book.sheetNames, settings: null },
      { lang: 'da', asOf: '2026-11-24' },
    );
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    expect(r.readings![0].decisions.map((d) => d.because.da).join(' | ')).toMatch(/disposition/);
  });

  it('gives no outline or indents to a sheet without them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ark1').addRows([['a', 1]]);
    const grid = readBook(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx').grids[0];
    expect(grid.outline).toBeUndefined();
    expect(grid.indents).toBeUndefined();
  });
});
