/**
 * A sheet is Fordel's by what it holds, never by its name or by a list in the settings sheet alone
 * (issue 19, points 3 and 4): a user's own "Fordel-fund", a sheet a crafted or inherited settings sheet
 * claims, and Fordel's findings sheet after the user wrote a note on it are all the user's: checked,
 * never overwritten, never deleted by clean (which names them).
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/run-cli';
import { makeTempDir, openWithExcelJs, removeDir, writeSample } from '../support/xlsx-fixtures';
import { settingsToValues } from '../../src/core/output/settings-sheet';
import { SETTINGS_SHEET, type FordelSettings } from '../../src/core/output/plan';
import { markWritten } from '../../src/core/output/written-cells';
import { contentSum } from '../../src/core/output/sheet-marks';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('fordel-owned-');
});
afterEach(() => removeDir(dir));

async function edit(file: string, name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await openWithExcelJs(file);
  change(wb);
  const out = path.join(dir, name);
  await wb.xlsx.writeFile(out);
  return out;
}

function withSettings(wb: ExcelJS.Workbook, settings: FordelSettings): void {
  const old = wb.getWorksheet(SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  settingsToValues(settings).forEach((row, r) => (ws.getCell(r + 1, 1).value = row[0]));
}

async function cellsOf(file: string, sheet: string): Promise<unknown[]> {
  const ws = (await openWithExcelJs(file)).getWorksheet(sheet);
  const out: unknown[] = [];
  ws?.eachRow((row) => row.eachCell((c) => out.push(c.value)));
  return out;
}

async function errorsBySheet(file: string): Promise<Record<string, number>> {
  const r = await runCli('check', file, '--json');
  const out: Record<string, number> = {};
  for (const f of (JSON.parse(r.out) as { findings: { sheet: string; severity: string }[] }).findings)
    if (f.severity === 'error') out[f.sheet] = (out[f.sheet] ?? 0) + 1;
  return out;
}

describe("a sheet the settings list but that does not carry Fordel's mark", () => {
  it('is checked, not skipped, and clean does not delete it (a crafted list naming "Kulturaftale")', async () => {
    const sample = await writeSample(dir, 'sample.xlsx');
    const plain = await errorsBySheet(sample);
    expect(plain.Kulturaftale).toBeGreaterThan(0);
    const crafted = await edit(sample, 'crafted.xlsx', (wb) =>
      withSettings(wb, { version: 1, overrides: [], owned: [], ownedSheets: ['Kulturaftale'] }),
    );
    expect(await errorsBySheet(crafted)).toEqual(plain);
    const cleaned = path.join(dir, 'renset.xlsx');
    const r = await runCli('clean', crafted, '--out', cleaned);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Arket »Kulturaftale« slettes ikke/);
    expect(await cellsOf(cleaned, 'Kulturaftale')).toEqual(await cellsOf(crafted, 'Kulturaftale'));
  });

  it('is checked, and kept by clean, when a crafted settings sheet gives it its true checksum too', async () => {
    const sample = await writeSample(dir, 'sample.xlsx');
    const plain = await errorsBySheet(sample);
    const grid = (await (await XlsxWorkbook.open(sample)).read()).sheets.find(
      (g) => g.name === 'Kulturaftale',
    )!;
    const sum = contentSum(grid.values, grid.origin.row, grid.origin.col);
    const crafted = await edit(sample, 'crafted-mark.xlsx', (wb) =>
      withSettings(wb, {
        version: 1,
        overrides: [],
        owned: [],
        ownedSheets: ['Kulturaftale'],
        sheetMarks: [{ name: 'Kulturaftale', sum }],
      }),
    );
    const reread = (await (await XlsxWorkbook.open(crafted)).read()).sheets.find(
      (g) => g.name === 'Kulturaftale',
    )!;
    expect(contentSum(reread.values, reread.origin.row, reread.origin.col)).toBe(sum);
    expect(await errorsBySheet(crafted)).toEqual(plain);
    const cleaned = path.join(dir, 'renset-mark.xlsx');
    const r = await runCli('clean', crafted, '--out', cleaned);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Arket »Kulturaftale« slettes ikke/);
    expect(await cellsOf(cleaned, 'Kulturaftale')).toEqual(await cellsOf(crafted, 'Kulturaftale'));
  });

  it("clean takes none of the user's figures that a crafted record lists with their true checksums, and names them", async () => {
    const sample = await writeSample(dir, 'sample.xlsx');
    const crafted = await edit(sample, 'crafted-cells.xlsx', (wb) => {
      const ws = wb.getWorksheet('Kulturaftale')!;
      const figures = [4, 5, 6].map((r) => [3, 4, 5, 6].map((c) => ws.getCell(r, c).value as number));
      const ref = 'Kulturaftale!C4:F6';
      withSettings(wb, {
        version: 1,
        overrides: [],
        owned: [ref],
        ownedSheets: [],
        written: [markWritten(ref, figures)],
      });
    });
    const cleaned = path.join(dir, 'renset-celler.xlsx');
    const r = await runCli('clean', crafted, '--out', cleaned);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/12 celler i Fordels kolonner har indhold, som Fordel ikke selv skrev/);
    expect(r.out).toContain('Kulturaftale!C4');
    expect(await cellsOf(cleaned, 'Kulturaftale')).toEqual(await cellsOf(crafted, 'Kulturaftale'));
  });

  it('a user\'s own "Fordel-fund" made after deleting Fordel\'s is neither overwritten nor deleted', async () => {
    const sample = await writeSample(dir, 'sample.xlsx');
    const checked = path.join(dir, 'kontrolleret.xlsx');
    expect((await runCli('check', sample, '--out', checked)).code).toBe(1);
    const mine = await edit(checked, 'mine.xlsx', (wb) => {
      wb.removeWorksheet(wb.getWorksheet('Fordel-fund')!.id);
      const ws = wb.addWorksheet('Fordel-fund');
      ws.getCell('A1').value = 'Mine egne noter';
      ws.getCell('B2').value = 1234;
    });
    const again = path.join(dir, 'igen.xlsx');
    const r = await runCli('check', mine, '--out', again);
    expect(r.code).toBe(1);
    expect(await cellsOf(again, 'Fordel-fund')).toEqual(['Mine egne noter', 1234]);
    expect((await openWithExcelJs(again)).getWorksheet('Fordel-fund (2)')).toBeDefined();
    const cleaned = path.join(dir, 'renset.xlsx');
    expect((await runCli('clean', again, '--out', cleaned)).code).toBe(0);
    const left = (await openWithExcelJs(cleaned)).worksheets.map((w) => w.name);
    expect(left).toContain('Fordel-fund');
    expect(left).not.toContain('Fordel-fund (2)');
    expect(await cellsOf(cleaned, 'Fordel-fund')).toEqual(['Mine egne noter', 1234]);
  });

  it("Fordel's findings sheet with a note the user wrote on it is kept by clean, and named", async () => {
    const sample = await writeSample(dir, 'sample.xlsx');
    const checked = path.join(dir, 'kontrolleret.xlsx');
    await runCli('check', sample, '--out', checked);
    const noted = await edit(checked, 'noter.xlsx', (wb) => {
      wb.getWorksheet('Fordel-fund')!.getCell('L3').value = 'Ret inden mødet';
    });
    const cleaned = path.join(dir, 'renset.xlsx');
    const r = await runCli('clean', noted, '--out', cleaned);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Arket »Fordel-fund« slettes ikke/);
    expect((await cellsOf(cleaned, 'Fordel-fund')).includes('Ret inden mødet')).toBe(true);
    // Without the note, the same findings sheet is Fordel's and goes.
    const clean2 = path.join(dir, 'renset2.xlsx');
    expect((await runCli('clean', checked, '--out', clean2)).code).toBe(0);
    expect((await openWithExcelJs(clean2)).getWorksheet('Fordel-fund')).toBeUndefined();
  });
});
