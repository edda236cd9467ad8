/**
 * Fordel's columns are wide enough for their figures (no ####), and a column is only ever widened:
 * it may hold the user's data further down.
 */
import * as path from 'node:path';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { FakeExcel } from '../../src/adapters/office-fake/fake-excel';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import type { RawValue } from '../../src/core/grid/grid';
import { makeTempDir, openWithExcelJs, removeDir, writeWorkbook } from '../support/xlsx-fixtures';

const EU: RawValue[][] = [
  ['Part', 'Andel i pct.', 'Beløb (kr.)'],
  ['Universiteter', 20, 3_500_000],
  ['Regioner', 41, 7_175_000],
  ['Kommuner', 39, 6_825_000],
  ['I alt', 100, 17_500_000],
];
const PARAMS = { lang: 'da' as const, asOf: '2026-11-24' };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

describe('width of Fordel columns', () => {
  it('is planned from the widest figure in each column', () => {
    const result = checkWorkbook(
      {
        sheets: [{ name: 'EU', origin: { row: 0, col: 0 }, values: EU }],
        sheetNames: ['EU'],
        settings: null,
      },
      PARAMS,
    );
    const block = result.plan.blocks.find((b) => b.sheet === 'EU')!;
    // "17.500.000,00" needs 13 characters; the header "Fordel: præcist beløb" 21.
    expect(block.columnWidths![1]).toBeGreaterThanOrEqual(21);
    expect(block.columnWidths!.every((w) => w >= 10)).toBe(true);
  });

  it('widens the columns of a written .xlsx, and never narrows a wider one', async () => {
    const file = await writeWorkbook(dir, 'eu.xlsx', (wb) => {
      const ws = wb.addWorksheet('EU');
      EU.forEach((r) => ws.addRow(r));
      ws.getColumn(5).width = 80; // the user made column E wide for something else
    });
    const workbook = await XlsxWorkbook.open(file);
    const result = checkWorkbook(await workbook.read(), PARAMS);
    await workbook.write(result.plan);
    const out = path.join(dir, 'eu-checked.xlsx');
    await workbook.saveAs(out);
    const ws = (await openWithExcelJs(out)).getWorksheet('EU')!;
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(10);
    expect(ws.getColumn(5).width).toBe(80);
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(10);
  });

  it('asks Excel for a best fit of the columns it wrote', async () => {
    const fake = new FakeExcel([{ name: 'EU', rows: EU }]);
    const port = new OfficeWorkbook(fake.run);
    const result = checkWorkbook(await port.read(), PARAMS);
    await port.write(result.plan);
    const widths = fake.state.sheet('EU')!.columnWidths;
    expect([3, 4, 5].map((c) => widths.get(c) ?? 0).every((w) => w > 0)).toBe(true);
  });
});
