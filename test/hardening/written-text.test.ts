/**
 * Text that looks like a formula ("=1+1", "+45", "-Gentofte", "@Dragør") and text too long for a
 * cell, written back by Fordel into the findings sheet and the validated copies: it lands as literal
 * text, never as a formula, the write does not fail, and LibreOffice shows the same literal text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import { PARAMS } from '../core/check/fixtures';
import {
  makeTempDir,
  openWithExcelJs,
  removeDir,
  writeWorkbook,
  zipEntriesText,
} from '../support/xlsx-fixtures';

const RISKY = ['=1+1', '+45 Kommune', '-Gentofte', '@Dragør', '=HYPERLINK("http://example.invalid","x")'];
const LONG = `Lang${'æ'.repeat(39_996)}`;

function soffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

async function build(wb: ExcelJS.Workbook): Promise<void> {
  const split = wb.addWorksheet('Fordeling');
  const rows: (string | number)[][] = [
    ['Kommune', 'Indbyggere', 'Beløb finansiering (kr.)'],
    ...RISKY.map((name) => [name, 1000, 500]),
    [LONG, 1000, 500],
    ['I alt', 6000, 3000],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => (split.getCell(r + 1, c + 1).value = v)));
  const areas = wb.addWorksheet('Bevilling');
  [
    ['Indsatsområde', 2021, 2022, 'I alt'],
    ['=SUM(A1:A3)', 300_000, 300_000, 600_000],
    ['@Musik', 600_000, 600_000, 1_200_000],
    ['I alt', 900_000, 900_000, 1_800_000],
  ].forEach((row, r) => row.forEach((v, c) => (areas.getCell(r + 1, c + 1).value = v)));
}

describe('text written back by Fordel', () => {
  let dir: string;
  let written: string;
  let out: ExcelJS.Workbook;
  let owned: string[];
  beforeAll(async () => {
    dir = await makeTempDir('fordel-text-');
    const input = await writeWorkbook(dir, 'input.xlsx', build);
    const workbook = await XlsxWorkbook.open(input);
    const result = checkWorkbook(await workbook.read(), { ...PARAMS, validated: true });
    expect(result.refusals).toEqual([]);
    const report = await workbook.write(result.plan);
    expect(report.refused).toBeUndefined();
    expect(report.written).toBe(true);
    written = path.join(dir, 'kontrolleret.xlsx');
    await workbook.saveAs(written);
    owned = result.plan.settings.ownedSheets.filter((s) => s !== SETTINGS_SHEET);
    out = await openWithExcelJs(written);
  }, 60_000);
  afterAll(() => removeDir(dir));

  it('writes a findings sheet and a validated copy of each table', () => {
    expect(owned).toEqual(expect.arrayContaining(['Fordel-fund']));
    expect(owned.length).toBe(3);
  });

  it('holds no formula anywhere in the written file', async () => {
    out.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
    expect(await zipEntriesText(written, /^xl\/worksheets\/sheet\d+\.xml$/)).not.toMatch(/<f[ >]/);
  });

  it('copies every formula-like name into the validated copy as a string', () => {
    const copy = out.worksheets.find((ws) => ws.name.startsWith('fordeling'))!;
    expect(copy).toBeDefined();
    const names: unknown[] = [];
    copy.getColumn(1).eachCell((cell) => {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      names.push(cell.value);
    });
    for (const name of RISKY) expect(names).toContain(name);
    // 40.000 characters do not fit a cell: the copy is cut to Excel's limit and says so with "…".
    const long = names.find((n) => typeof n === 'string' && n.startsWith('Lang')) as string;
    expect(long.length).toBe(32_767);
    expect(long.endsWith('…')).toBe(true);
  });

  it('quotes formula-like names literally in the findings sheet, and long ones short', () => {
    const ws = out.getWorksheet('Fordel-fund')!;
    const messages: string[] = [];
    ws.getColumn(6).eachCell((cell) => {
      if (cell.value === null) return; // styled but empty (the title row is one cell wide)
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      messages.push(String(cell.value));
    });
    expect(messages).toContain('»=1+1« er ikke en dansk kommune eller region.');
    expect(messages).toContain('»+45 Kommune« er ikke en dansk kommune eller region.');
    const long = messages.find((m) => m.startsWith('»Lang'))!;
    expect(long.length).toBeLessThan(200);
    expect(long).toMatch(/…« er ikke en dansk kommune eller region\.$/);
  });

  const lo = soffice();
  (lo ? it : it.skip)(
    'shows the literal text in LibreOffice, not a computed value',
    async () => {
      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      // Token 12 = -1: every sheet to its own CSV file, named after the sheet.
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      execFileSync(
        lo!,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, written],
        {
          stdio: 'pipe',
          timeout: 110_000,
        },
      );
      const csvs = (await fs.readdir(dir)).filter((f) => f.endsWith('.csv'));
      const all = (await Promise.all(csvs.map((f) => fs.readFile(path.join(dir, f), 'utf8')))).join('\n');
      const findings = await fs.readFile(
        path.join(
          dir,
          csvs.find((f) => f.includes('Fordel-fund'))!,
        ),
        'utf8',
      );
      expect(findings).toContain('»=1+1« er ikke en dansk kommune eller region.');
      for (const name of RISKY) expect(all).toContain(name.replace(/"/g, '""'));
      expect(all).toContain('=SUM(A1:A3)');
      // A computed "=1+1" would show as 2 on its own in the name column.
      expect(all).not.toMatch(/^"?2"?,1000,/m);
    },
    120_000,
  );
});

describe('a line break inside a name (issue 19, point 9)', () => {
  it('still gives a checked copy, and a second run finds its own sheets by their mark', async () => {
    const dir = await makeTempDir('fordel-cr-');
    try {
      const input = await writeWorkbook(dir, 'cr.xlsx', (wb) => {
        const ws = wb.addWorksheet('Fordeling');
        [
          ['Kommune', 'Indbyggere', 'Beløb finansiering (kr.)'],
          ['Gen\rtofte', 1000, 500],
          ['Køge\r\nKommune', 1000, 500],
          ['I alt', 2000, 1000],
        ].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
      });
      const first = await XlsxWorkbook.open(input);
      const result = checkWorkbook(await first.read(), { ...PARAMS, validated: true });
      expect(result.refusals).toEqual([]);
      expect((await first.write(result.plan)).written).toBe(true);
      const copy = path.join(dir, 'cr-kontrolleret.xlsx');
      await first.saveAs(copy);

      const again = await XlsxWorkbook.open(copy);
      const snapshot = await again.read();
      const second = checkWorkbook(snapshot, { ...PARAMS, validated: true });
      expect(second.refusals).toEqual([]);
      expect(second.plan.sheets.map((s) => s.name).sort()).toEqual(
        result.plan.sheets.map((s) => s.name).sort(),
      );
      const names = snapshot.sheets.find((s) => s.name.startsWith('fordeling'))!.values.map((r) => r[0]);
      expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^Gen\r?\n?tofte$/)]));
    } finally {
      await removeDir(dir);
    }
  }, 60_000);
});
