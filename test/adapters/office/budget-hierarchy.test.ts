/**
 * Issue 22 through Office.js: a budget that shows its hierarchy only by the cells' indent (Increase
 * Indent) is read the same in Excel as from the file. The add-in asks for each cell's indent with the
 * values (Range.getCellProperties, ExcelApi 1.9); the same workbook, written with ExcelJS for the CLI and
 * put into the Excel fake for the add-in, must give the same reading and the same findings.
 */
import ExcelJS from 'exceljs';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { FakeExcel, type FakeSheetInit } from '../../../src/adapters/office-fake/fake-excel';
import type { FakePlatform } from '../../../src/adapters/office-fake/state';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1 } from '../../../src/core/grid/a1';
import type { RawValue, SheetGrid } from '../../../src/core/grid/grid';

const PLATFORMS: FakePlatform[] = ['web', 'windows', 'mac'];
const PARAMS = { lang: 'da', asOf: '2026-11-24' } as const;

/** A municipal budget in 1.000 kr.: areas over their items, shown only by the items' indent. */
function budget(skoler2026 = 605_000): { rows: RawValue[][]; indents: Record<string, number> } {
  return {
    rows: [
      ['Budget 2025-2026 (1.000 kr.)', null, null],
      ['Område', 'Budget 2025', 'Budget 2026'],
      ['Børn og unge', 1_000_000, 1_010_000],
      ['Dagtilbud', 400_000, 405_000],
      ['Skoler', 600_000, skoler2026],
      ['Ældre', 800_000, 820_000],
      ['Hjemmepleje', 500_000, 510_000],
      ['Plejecentre', 300_000, 310_000],
      ['Indtægter', -150_000, -155_000],
      ['I alt', 1_650_000, 1_675_000],
    ],
    indents: { A4: 1, A5: 1, A7: 1, A8: 1 },
  };
}

async function fromFile(b: ReturnType<typeof budget>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRows(b.rows);
  for (const [ref, indent] of Object.entries(b.indents)) ws.getCell(ref).alignment = { indent };
  const book = readBook(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
  return { sheets: book.grids, sheetNames: book.sheetNames, settings: null };
}

function fake(b: ReturnType<typeof budget>, platform: FakePlatform, excelApi = '1.20') {
  const sheet: FakeSheetInit = { name: 'Budget', rows: b.rows, indents: b.indents };
  const excel = new FakeExcel([sheet], { platform, excelApi });
  const port = new OfficeWorkbook(excel.run as unknown as ExcelRun, {
    platform,
    isSetSupported: (_: string, v: string) => excel.supports(v),
  });
  return { excel, port };
}

/** What a user sees of a check: the tables, the reading's reasons and every finding at its cell. */
function seen(r: ReturnType<typeof checkWorkbook>) {
  return {
    kinds: r.tables.map((t) => t.kind),
    because: r.readings!.flatMap((x) => x.decisions.map((d) => d.because.da)),
    findings: r.findings.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual, f.message.da]),
  };
}

const indentsOf = (g: SheetGrid) => g.indents ?? [];

describe.each(PLATFORMS)('a budget shown by indentation, in Excel on %s', (platform) => {
  it('is read with the indents of its cells, in the same sync as the values', async () => {
    const { excel, port } = fake(budget(), platform);
    const snap = await port.read();
    expect(indentsOf(snap.sheets[0])).toEqual(
      ['A4', 'A5', 'A7', 'A8'].map((ref) => {
        const row = Number(ref.slice(1)) - 1;
        return { row, col: 0, indent: 1 };
      }),
    );
    // The indents add no round trip: structure with the used ranges and samples, then merges and cells.
    expect(excel.syncCount).toBe(2);
  });

  it('gives the same reading and findings as the CLI on the same workbook', async () => {
    for (const b of [budget(), budget(615_000)]) {
      const cli = checkWorkbook(await fromFile(b), PARAMS);
      const addIn = checkWorkbook(await fake(b, platform).port.read(), PARAMS);
      expect(seen(addIn)).toEqual(seen(cli));
      expect(seen(cli).because.join(' ')).toMatch(/indrykningen/);
    }
  });

  it('finds the planted error at the area above it, in kroner, as the CLI does', async () => {
    const r = checkWorkbook(await fake(budget(615_000), platform).port.read(), PARAMS);
    const f = r.findings.filter((x) => x.rule === 'budget-total-mismatch');
    expect(f.map((x) => x.cell)).toEqual([a1(2, 2)]);
    expect(f[0].expected).toBe('1020000000');
  });

  it('reads without indents before ExcelApi 1.9, where Excel has no getCellProperties', async () => {
    const { port } = fake(budget(), platform, '1.8');
    const snap = await port.read();
    expect(snap.sheets[0].indents).toBeUndefined();
    expect(snap.sheets[0].values[3][0]).toBe('Dagtilbud');
  });
});
