import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { InputError } from '../../../src/adapters/xlsx/input-error';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { readZipParts, unpack } from '../../../src/adapters/xlsx/zip-copy';
import {
  emptySettings,
  SETTINGS_SHEET,
  type FordelSettings,
  type WritePlan,
} from '../../../src/core/output/plan';
import {
  makeTempDir,
  openWithExcelJs,
  removeDir,
  sha256,
  writeWorkbook,
  zipEntriesText,
} from '../../support/xlsx-fixtures';

const TRICKY = ['=1+1', '+45 12 34 56', '-5', '@SUM(A1)', '=HYPERLINK("http://x")'];

function plan(parts: Partial<WritePlan>, settings: Partial<FordelSettings> = {}): WritePlan {
  return { blocks: [], highlights: [], sheets: [], settings: { ...emptySettings(), ...settings }, ...parts };
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill;
  return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
}

/** A user's sheet: a styled header row whose cells share one style, and some numbers. */
async function userWorkbook(dir: string, name: string): Promise<string> {
  return writeWorkbook(dir, name, (wb) => {
    const ws = wb.addWorksheet('Ark 1');
    const header = ['Kommune', 'Indbyggere', 'Beløb'];
    header.forEach((h, c) => {
      const cell = ws.getCell(1, c + 1);
      cell.value = h;
      cell.font = { bold: true };
    });
    ws.getCell('A2').value = 'Dragør';
    ws.getCell('B2').value = 14588;
    ws.getCell('C2').value = 6000;
    ws.getCell('C2').numFmt = '#,##0';
    ws.getCell('A3').value = 'Vallensbæk';
    ws.getCell('B3').value = 17049;
    ws.getCell('C3').value = 6750;
    ws.getCell('C3').numFmt = '#,##0';
    ws.getCell('A5').value = 'Note';
    ws.mergeCells('A5:C5');
    wb.addWorksheet('Låst').getCell('A1').value = 'x';
  });
}

describe('XlsxWorkbook.write and saveAs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(() => removeDir(dir));

  it('writes blocks, formats, bold, links and fills, and leaves the user cells as they were', async () => {
    const input = await userWorkbook(dir, 'in.xlsx');
    const wb = await XlsxWorkbook.open(input);
    const report = await wb.write(
      plan({
        blocks: [
          {
            sheet: 'Ark 1',
            top: 0,
            left: 3,
            values: [
              ['Status', 'Note'],
              ['OK', 0.5],
              [{ link: "'Fordel-fund'!A2", text: 'Se fund' }, null],
              TRICKY.slice(0, 2),
            ],
            numberFormat: ['', '0.0%'],
            bold: true,
          },
        ],
        highlights: [
          { sheet: 'Ark 1', range: { top: 1, left: 2, bottom: 1, right: 2 }, severity: 'error' },
          { sheet: 'Ark 1', range: { top: 2, left: 2, bottom: 2, right: 2 }, severity: 'warning' },
          { sheet: 'Ark 1', range: { top: 1, left: 0, bottom: 1, right: 0 }, severity: 'info' },
        ],
      }),
    );
    expect(report).toEqual({ written: true, cells: 8, syncs: 0 });
    const out = path.join(dir, 'out.xlsx');
    await wb.saveAs(out);

    const back = await openWithExcelJs(out);
    const ws = back.getWorksheet('Ark 1')!;
    // The user's cells are unchanged.
    expect(ws.getCell('A2').value).toBe('Dragør');
    expect(ws.getCell('B3').value).toBe(17049);
    expect(ws.getCell('C2').value).toBe(6000);
    expect(ws.getCell('C2').numFmt).toBe('#,##0');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    // Fordel's block.
    expect(ws.getCell('D1').value).toBe('Status');
    expect(ws.getCell('D1').font?.bold).toBe(true);
    expect(ws.getCell('E2').value).toBe(0.5);
    expect(ws.getCell('E2').numFmt).toBe('0.0%');
    // An internal link is stored by its location, as Excel does; ExcelJS reads only links with a target.
    expect(ws.getCell('D3').value).toBe('Se fund');
    const sheetXml = unpack(
      readZipParts(await fs.readFile(out))!.find((p) => p.name === 'xl/worksheets/sheet1.xml')!,
    );
    expect(sheetXml.toString('utf8')).toContain(
      `<hyperlink ref="D3" location="'Fordel-fund'!A2" display="Se fund"/>`,
    );
    expect(ws.getCell('D4').value).toBe('=1+1');
    expect(ws.getCell('D4').formula).toBeUndefined();
    expect(ws.getCell('E4').value).toBe('+45 12 34 56');
    // Fills, in the one colour per severity; header cells sharing a style are not coloured with them.
    expect(fillOf(ws.getCell('C2'))).toBe('FFFFC7CE');
    expect(fillOf(ws.getCell('C3'))).toBe('FFFFEB9C');
    expect(fillOf(ws.getCell('A2'))).toBe('FFDDEBF7');
    expect(fillOf(ws.getCell('B2'))).toBeUndefined();
    expect(fillOf(ws.getCell('A1'))).toBeUndefined();
    expect(fillOf(ws.getCell('B1'))).toBeUndefined();
  });

  it('keeps every string literal: nothing starting with =, +, - or @ becomes a formula', async () => {
    const input = await userWorkbook(dir, 'tricky-in.xlsx');
    const wb = await XlsxWorkbook.open(input);
    await wb.write(
      plan(
        {
          blocks: [{ sheet: 'Ark 1', top: 10, left: 0, values: [TRICKY] }],
          sheets: [{ name: 'Fordel-fund', values: [['Besked'], ...TRICKY.map((t) => [t])] }],
        },
        { ownedSheets: ['Fordel-fund'] },
      ),
    );
    const out = path.join(dir, 'tricky-out.xlsx');
    await wb.saveAs(out);
    const back = await openWithExcelJs(out);
    TRICKY.forEach((t, c) => {
      const cell = back.getWorksheet('Ark 1')!.getCell(11, c + 1);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
      const owned = back.getWorksheet('Fordel-fund')!.getCell(c + 2, 1);
      expect(owned.value).toBe(t);
    });
    // And in the file itself: the only formulas are none at all.
    const xml = await zipEntriesText(out, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('creates Fordel sheets, replaces them on the next run, and keeps settings on a very hidden sheet', async () => {
    const input = await userWorkbook(dir, 'owned-in.xlsx');
    const first = await XlsxWorkbook.open(input);
    const settings = { ownedSheets: ['Fordel-fund'], owned: ['Ark 1!D1:D3'], lastRun: '2025-06-30' };
    await first.write(
      plan(
        {
          sheets: [
            {
              name: 'Fordel-fund',
              values: [
                ['Regel', 'Celle'],
                ['total-mismatch', 'F4'],
              ],
              boldRows: [0],
              columnWidths: [20, 10],
            },
          ],
        },
        settings,
      ),
    );
    const run1 = path.join(dir, 'owned-1.xlsx');
    await first.saveAs(run1);

    const second = await XlsxWorkbook.open(run1);
    const snap = await second.read();
    expect(snap.settings).toEqual({ version: 1, overrides: [], ...settings });
    expect(snap.sheets.map((s) => s.name)).toEqual(['Ark 1', 'Låst', 'Fordel-fund']);
    expect(snap.sheetNames).toContain(SETTINGS_SHEET);
    await second.write(plan({ sheets: [{ name: 'Fordel-fund', values: [['Ingen fund']] }] }, settings));
    const run2 = path.join(dir, 'owned-2.xlsx');
    await second.saveAs(run2);

    const back = await openWithExcelJs(run2);
    expect(back.worksheets.filter((w) => w.name === 'Fordel-fund')).toHaveLength(1);
    const fund = back.getWorksheet('Fordel-fund')!;
    expect(fund.getCell('A1').value).toBe('Ingen fund');
    expect(fund.getCell('A2').value).toBeNull();
    expect(back.getWorksheet(SETTINGS_SHEET)!.state).toBe('veryHidden');
  });

  it('writes nothing at all when any part of the plan cannot be written', async () => {
    const input = await userWorkbook(dir, 'refuse-in.xlsx');
    const cases: [WritePlan, RegExp][] = [
      // A user's sheet is never replaced.
      [plan({ sheets: [{ name: 'Låst', values: [['x']] }] }), /not Fordel's/],
      [plan({ blocks: [{ sheet: 'Findes ikke', top: 0, left: 0, values: [['x']] }] }), /does not exist/],
      // B5 lies inside the merged note A5:C5.
      [plan({ blocks: [{ sheet: 'Ark 1', top: 4, left: 1, values: [['x']] }] }), /merged/],
      [plan({ sheets: [{ name: 'Ark/fund', values: [['x']] }] }), /cannot be used as a sheet name/],
      [plan({ blocks: [{ sheet: 'Ark 1', top: 0, left: 5, values: [['x'.repeat(40000)]] }] }), /32,767/],
    ];
    for (const [bad, reason] of cases) {
      const wb = await XlsxWorkbook.open(input);
      const good = { sheet: 'Ark 1', top: 0, left: 3, values: [['Status']] };
      const report = await wb.write({ ...bad, blocks: [good, ...bad.blocks] });
      expect(report.written).toBe(false);
      expect(report.cells).toBe(0);
      expect(report.refused?.en).toMatch(reason);
      const out = path.join(dir, `refused-${cases.findIndex((c) => c[0] === bad)}.xlsx`);
      await wb.saveAs(out);
      const back = await openWithExcelJs(out);
      expect(back.getWorksheet('Ark 1')!.getCell('D1').value).toBeNull();
      expect(back.getWorksheet(SETTINGS_SHEET)).toBeUndefined();
    }
  });

  it('refuses to write into a protected sheet', async () => {
    const input = await writeWorkbook(dir, 'protected.xlsx', async (wb) => {
      const ws = wb.addWorksheet('Beskyttet');
      ws.getCell('A1').value = 1;
      await ws.protect('kode', {});
    });
    const wb = await XlsxWorkbook.open(input);
    const report = await wb.write(
      plan({ blocks: [{ sheet: 'Beskyttet', top: 0, left: 1, values: [['x']] }] }),
    );
    expect(report.written).toBe(false);
    expect(report.refused?.da).toMatch(/beskyttet/);
  });

  it('saves atomically: never over the input, never over an existing file unless asked', async () => {
    const input = await userWorkbook(dir, 'save-in.xlsx');
    const before = await sha256(input);
    const wb = await XlsxWorkbook.open(input);
    await wb.write(plan({ blocks: [{ sheet: 'Ark 1', top: 0, left: 3, values: [['Status']] }] }));

    const overInput = await wb.saveAs(input, { overwrite: true }).catch((e: unknown) => e);
    expect(overInput).toBeInstanceOf(InputError);
    const viaOtherSpelling = await wb
      .saveAs(path.join(dir, '.', 'save-in.xlsx'), { overwrite: true })
      .catch((e: unknown) => e);
    expect(viaOtherSpelling).toBeInstanceOf(InputError);
    expect(await sha256(input)).toBe(before);

    const existing = path.join(dir, 'existing.xlsx');
    await fs.writeFile(existing, 'do not touch');
    const refused = await wb.saveAs(existing).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).text.en).toMatch(/already exists/);
    expect(await fs.readFile(existing, 'utf8')).toBe('do not touch');

    await wb.saveAs(existing, { overwrite: true });
    const back = await openWithExcelJs(existing);
    expect(back.getWorksheet('Ark 1')!.getCell('D1').value).toBe('Status');

    // No temporary files are left behind.
    const left = (await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual([]);
    expect(await sha256(input)).toBe(before);
  });

  it('reports a folder that cannot be written to as an InputError', async () => {
    const wb = await XlsxWorkbook.open(await userWorkbook(dir, 'nowhere-in.xlsx'));
    const e = await wb.saveAs(path.join(dir, 'no-such-folder', 'out.xlsx')).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).text.en).toMatch(/cannot be saved/);
  });
});
