/**
 * Issue 22 through Office.js: a budget that shows its hierarchy only by Excel's row grouping (Data >
 * Group) is read in Excel as from the file. Excel's API cannot read outline levels (outline-levels.ts),
 * so the add-in reads them from the workbook as its .xlsx file (Document.getFileAsync), which Excel on
 * Windows and Mac give; the same workbook, written with ExcelJS for the CLI and put into the Excel fake
 * for the add-in, must give the same reading and the same findings there. Excel on the web cannot give
 * the file, and on Windows before ExcelApi 1.19 fetching it waits for a write, as the merged areas do.
 */
import ExcelJS from 'exceljs';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { outlineLevels } from '../../../src/adapters/office/outline-levels';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import type { FakePlatform } from '../../../src/adapters/office-fake/state';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1 } from '../../../src/core/grid/a1';
import { emptySettings, type WritePlan } from '../../../src/core/output/plan';
import type { RawValue } from '../../../src/core/grid/grid';

const PARAMS = { lang: 'da', asOf: '2026-11-24' } as const;

/** A municipal budget in 1.000 kr.: areas over their items, shown only by the items' row grouping. */
function rows(skoler2026 = 605_000): RawValue[][] {
  return [
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
  ];
}
/** Excel's row numbers of the items, grouped under their area. */
const GROUPED = { 4: 1, 5: 1, 7: 1, 8: 1 };

async function excelJsFile(values: RawValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.addRows(values);
  for (const [row, level] of Object.entries(GROUPED)) ws.getRow(Number(row)).outlineLevel = level;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function fromFile(values: RawValue[][]) {
  const book = readBook(Buffer.from(await excelJsFile(values)), 'xlsx');
  return { sheets: book.grids, sheetNames: book.sheetNames, settings: null };
}

function fake(values: RawValue[][], platform: FakePlatform, excelApi = '1.20') {
  const excel = new FakeExcel([{ name: 'Budget', rows: values, outline: GROUPED }], { platform, excelApi });
  const port = new OfficeWorkbook(excel.run as unknown as ExcelRun, {
    platform,
    isSetSupported: (_: string, v: string) => excel.supports(v),
    documentFile: () => excel.documentFile(),
  });
  return { excel, port };
}

function seen(r: ReturnType<typeof checkWorkbook>) {
  return {
    kinds: r.tables.map((t) => t.kind),
    because: r.readings!.flatMap((x) => x.decisions.map((d) => d.because.da)),
    findings: r.findings.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual, f.message.da]),
  };
}

const LEVELS = [3, 4, 6, 7].map((row) => ({ row, level: 1 }));

describe('outline levels from the workbook file', () => {
  it("reads them from Excel's own deflated package as ExcelJS writes it", async () => {
    const levels = await outlineLevels(await excelJsFile(rows()));
    expect([...levels]).toEqual([['Budget', LEVELS]]);
  });

  it("reads them from the fake's file, which the CLI's reader opens with the same values and levels", async () => {
    const { excel } = fake(rows(), 'mac');
    const bytes = await excel.documentFile();
    expect([...(await outlineLevels(bytes))]).toEqual([['Budget', LEVELS]]);
    const grid = readBook(Buffer.from(bytes), 'xlsx').grids[0];
    expect(grid.values[4]).toEqual(['Skoler', 600_000, 605_000]);
    expect(grid.outline).toEqual(LEVELS);
  });

  it('finds each sheet by its name as the workbook lists it, and has none for a sheet without grouping', async () => {
    const excel = new FakeExcel(
      [
        { name: 'Tom', rows: [['a', 1]] },
        {
          name: "Ark & 'Øst' <1>",
          rows: [
            ['Drift', 3],
            ['Løn', 2],
            ['Husleje', 1],
          ],
          outline: { 2: 1, 3: 2 },
        },
      ],
      { platform: 'windows' },
    );
    expect([...(await outlineLevels(await excel.documentFile()))]).toEqual([
      [
        "Ark & 'Øst' <1>",
        [
          { row: 1, level: 1 },
          { row: 2, level: 2 },
        ],
      ],
    ]);
  });
});

describe.each(['windows', 'mac'] as const)('a budget shown by row grouping, in Excel on %s', (platform) => {
  it('gives the same reading and findings as the CLI on the same workbook', async () => {
    for (const values of [rows(), rows(615_000)]) {
      const cli = checkWorkbook(await fromFile(values), PARAMS);
      const addIn = checkWorkbook(await fake(values, platform).port.read(), PARAMS);
      expect(seen(addIn)).toEqual(seen(cli));
      expect(seen(cli).because.join(' ')).toMatch(/gruppering/);
    }
  });

  it('finds the planted error at the area above it, in kroner, as the CLI does', async () => {
    const { excel, port } = fake(rows(615_000), platform);
    const r = checkWorkbook(await port.read(), PARAMS);
    const f = r.findings.filter((x) => x.rule === 'budget-total-mismatch');
    expect(f.map((x) => x.cell)).toEqual([a1(2, 2)]);
    expect(f[0].expected).toBe('1020000000');
    expect(excel.fileReads).toBe(1);
  });
});

it("Excel on Mac: fetching the file at a check keeps the user's undo stack", async () => {
  const { excel, port } = fake(rows(), 'mac');
  excel.userTypes('Budget', 'E1', 'note');
  await port.read();
  expect(excel.fileReads).toBe(1);
  expect(excel.undo.records).toHaveLength(1);
});

describe('where Excel cannot give the rows grouping at a check', () => {
  it('Excel on the web gives no file: the add-in asks for none and reads without the grouping', async () => {
    const { excel, port } = fake(rows(), 'web');
    const snap = await port.read();
    expect(snap.sheets[0].outline).toBeUndefined();
    expect(excel.fileReads).toBe(0);
  });

  it('says so when fetching the file fails, and reads the rest', async () => {
    const excel = new FakeExcel([{ name: 'Budget', rows: rows(), outline: GROUPED }], { platform: 'mac' });
    const port = new OfficeWorkbook(excel.run as unknown as ExcelRun, {
      platform: 'mac',
      isSetSupported: (_: string, v: string) => excel.supports(v),
      documentFile: () => Promise.reject(new Error('Internal Error')),
    });
    const snap = await port.read();
    expect(snap.sheets[0].values[4][0]).toBe('Skoler');
    expect(snap.notes?.map((n) => n.da)).toEqual([
      expect.stringMatching(/^Fordel kunne ikke læse rækkernes gruppering .*Internal Error/),
    ]);
  });

  describe('Excel for Windows before ExcelApi 1.19', () => {
    const plan: WritePlan = {
      blocks: [{ sheet: 'Budget', top: 1, left: 4, values: [['Fordel'], ['ok']] }],
      highlights: [],
      sheets: [],
      settings: emptySettings(),
    };

    it('checks without fetching the file (it would clear undo), says so, and fetches it at the write', async () => {
      const { excel, port } = fake(rows(), 'windows', '1.18');
      excel.userTypes('Budget', 'E1', 'note');
      const first = await port.read();
      expect(first.sheets[0].outline).toBeUndefined();
      expect(excel.fileReads).toBe(0);
      expect(excel.undo.records).toHaveLength(1);
      expect(first.notes?.map((n) => n.da)).toEqual([expect.stringMatching(/rækkernes gruppering/)]);

      const refused = await port.write(plan);
      expect(refused.written).toBe(false);
      expect(refused.refused?.da).toMatch(/arket »Budget« har grupperede rækker, .*Kør kontrollen igen/);
      expect(excel.cell('Budget', 'E2').value).toBeNull();
      expect(excel.fileReads).toBe(1);

      // The check again reads the grouping kept from the write, without fetching the file again.
      const again = await port.read();
      expect(again.sheets[0].outline).toEqual(LEVELS);
      expect(again.notes).toBeUndefined();
      expect((await port.write(plan)).written).toBe(true);
      expect(excel.fileReads).toBe(1);
    });

    it('writes at once when no sheet has grouped rows or merged cells', async () => {
      const excel = new FakeExcel([{ name: 'Budget', rows: rows() }], {
        platform: 'windows',
        excelApi: '1.18',
      });
      const port = new OfficeWorkbook(excel.run as unknown as ExcelRun, {
        platform: 'windows',
        isSetSupported: (_: string, v: string) => excel.supports(v),
        documentFile: () => excel.documentFile(),
      });
      await port.read();
      expect((await port.write(plan)).written).toBe(true);
      expect(excel.cell('Budget', 'E2').value).toBe('Fordel');
    });
  });
});
