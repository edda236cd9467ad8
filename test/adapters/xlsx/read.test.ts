import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { cellAt, formatAt, isFormulaAt, NO_RESULT, type SheetGrid } from '../../../src/core/grid/grid';
import { SETTINGS_SHEET } from '../../../src/core/output/plan';
import { settingsToValues } from '../../../src/core/output/settings-sheet';
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { makeTempDir, removeDir, writeSample, writeWorkbook } from '../../support/xlsx-fixtures';

function sheet(grids: readonly SheetGrid[], name: string): SheetGrid {
  const g = grids.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

describe('XlsxWorkbook.read', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(() => removeDir(dir));

  it('gives the used range from its top-left cell, with values, formats and formulas', async () => {
    const file = await writeWorkbook(dir, 'values.xlsx', (wb) => {
      const ws = wb.addWorksheet('Ark 1');
      ws.getCell('B3').value = 'Kommune';
      ws.getCell('C3').value = 'Beløb';
      ws.getCell('B4').value = 'Dragør';
      ws.getCell('C4').value = 6000;
      ws.getCell('C4').numFmt = '#,##0';
      ws.getCell('B5').value = 'I alt';
      ws.getCell('C5').value = { formula: 'SUM(C4:C4)', result: 6000 };
      ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D5').value = { error: '#REF!' };
      ws.getCell('E4').value = true;
      ws.getCell('E5').value = { richText: [{ text: 'Høje-' }, { text: 'Taastrup', font: { bold: true } }] };
      ws.getCell('F4').value = { text: 'Se tabel', hyperlink: 'https://example.org' };
      ws.getCell('F5').value = { formula: 'A1' }; // never calculated: no cached result
    });
    const grid = sheet((await (await XlsxWorkbook.open(file)).read()).sheets, 'Ark 1');
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ['Kommune', 'Beløb', null, null, null],
      ['Dragør', 6000, { error: '#DIV/0!' }, true, 'Se tabel'],
      // A formula never calculated is a cell Fordel cannot see, never an empty one.
      ['I alt', 6000, { error: '#REF!' }, 'Høje-Taastrup', NO_RESULT],
    ]);
    expect(formatAt(grid, 3, 2)).toBe('#,##0');
    expect(formatAt(grid, 3, 1)).toBe('General');
    expect(isFormulaAt(grid, 4, 2)).toBe(true);
    expect(isFormulaAt(grid, 3, 3)).toBe(true);
    expect(isFormulaAt(grid, 4, 5)).toBe(true);
    expect(isFormulaAt(grid, 3, 2)).toBe(false);
  });

  it('gives dates as Excel serial numbers with their format', async () => {
    const file = await writeWorkbook(dir, 'dates.xlsx', (wb) => {
      const ws = wb.addWorksheet('Mål');
      ws.getCell('A1').value = new Date(Date.UTC(2025, 8, 15));
      ws.getCell('A1').numFmt = 'dd-mm-yyyy';
      ws.getCell('A2').value = 45000;
      ws.getCell('A2').numFmt = 'dd-mm-yyyy';
    });
    const grid = sheet((await (await XlsxWorkbook.open(file)).read()).sheets, 'Mål');
    // 15 September 2025 is serial 45915 in Excel.
    expect(cellAt(grid, 0, 0)).toBe(45915);
    expect(cellAt(grid, 1, 0)).toBe(45000);
    expect(formatAt(grid, 0, 0)).toBe('dd-mm-yyyy');
  });

  it('reports merges, hidden rows and columns, protection, and reads merged cells as Excel does', async () => {
    const file = await writeWorkbook(dir, 'layout.xlsx', async (wb) => {
      const ws = wb.addWorksheet('Tabel B');
      ws.getCell('A1').value = 'Tabel B: Samlet finansiering (2020-tal)';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 'a';
      ws.getCell('A3').value = 'b';
      ws.getCell('C3').value = 3;
      ws.getRow(2).hidden = true;
      ws.getColumn(2).hidden = true;
      await ws.protect('hemmelig', {});
    });
    const grid = sheet((await (await XlsxWorkbook.open(file)).read()).sheets, 'Tabel B');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.values[0]).toEqual(['Tabel B: Samlet finansiering (2020-tal)', null, null]);
    expect(grid.hiddenRows).toEqual([1]);
    expect(grid.hiddenCols).toEqual([1]);
    expect(grid.protected).toBe(true);
  });

  it('lists Excel Tables and marks a table with hidden rows as filtered', async () => {
    const file = await writeWorkbook(dir, 'tables.xlsx', (wb) => {
      const ws = wb.addWorksheet('Fordeling');
      ws.addTable({
        name: 'Noegle',
        ref: 'B2',
        headerRow: true,
        totalsRow: false,
        columns: [{ name: 'Kommune' }, { name: 'Indbyggere' }],
        rows: [
          ['Dragør', 14588],
          ['Vallensbæk', 17049],
        ],
      });
      const other = wb.addWorksheet('Filtreret');
      other.addTable({
        name: 'Skjult',
        ref: 'A1',
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: 'Part', totalsRowLabel: 'I alt' },
          { name: 'Beløb', totalsRowFunction: 'sum' },
        ],
        rows: [
          ['Regioner', 7175000],
          ['Kommuner', 6825000],
        ],
      });
      other.getRow(3).hidden = true;
    });
    const snap = await (await XlsxWorkbook.open(file)).read();
    expect(sheet(snap.sheets, 'Fordeling').tables).toEqual([
      { name: 'Noegle', range: { top: 1, left: 1, bottom: 3, right: 2 }, showTotals: false, filtered: false },
    ]);
    const filtered = sheet(snap.sheets, 'Filtreret').tables ?? [];
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatchObject({ name: 'Skjult', showTotals: true, filtered: true });
    expect(filtered[0].range).toEqual({ top: 0, left: 0, bottom: 3, right: 1 });
  });

  it('leaves hidden sheets out of the grids but keeps every name, and reads Fordel settings', async () => {
    const settings = {
      version: 1 as const,
      overrides: [],
      owned: ['Ark1!F3:F9'],
      ownedSheets: ['Fordel-fund'],
    };
    const file = await writeWorkbook(dir, 'hidden.xlsx', (wb) => {
      wb.addWorksheet('Synlig').getCell('A1').value = 1;
      const hidden = wb.addWorksheet('Gemt', { state: 'hidden' });
      hidden.getCell('A1').value = 2;
      const s = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
      settingsToValues(settings).forEach((row, r) => (s.getCell(r + 1, 1).value = row[0]));
    });
    const snap = await (await XlsxWorkbook.open(file)).read();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Synlig']);
    expect(snap.sheetNames).toEqual(['Synlig', 'Gemt', SETTINGS_SHEET]);
    expect(snap.settings).toEqual({ ...settings, lastRun: undefined });
  });

  it('a workbook Fordel never touched has no settings; an empty sheet gives an empty grid', async () => {
    const file = await writeWorkbook(dir, 'empty.xlsx', (wb) => {
      wb.addWorksheet('Tom');
    });
    const snap = await (await XlsxWorkbook.open(file)).read();
    expect(snap.settings).toBeNull();
    expect(snap.sheets[0].values).toEqual([]);
  });

  it('reads the bundled sample exactly as its data says', async () => {
    const snap = await (await XlsxWorkbook.open(await writeSample(dir))).read();
    expect(snap.sheetNames).toEqual(SAMPLE_SHEETS.map((s) => s.name));
    for (const sample of SAMPLE_SHEETS) {
      const grid = sheet(snap.sheets, sample.name);
      expect(grid.origin).toEqual({ row: 0, col: 0 });
      const width = Math.max(...sample.rows.map((r) => r.length));
      const rows = sample.rows.map((r) => [...r, ...Array(width - r.length).fill(null)]);
      // Trailing empty rows/columns are not part of the used range.
      expect(grid.values).toEqual(
        rows.slice(0, grid.values.length).map((r) => r.slice(0, grid.values[0].length)),
      );
      for (const [address, fmt] of Object.entries(sample.formats ?? {})) {
        const m = /^([A-Z])(\d+)$/.exec(address)!;
        expect(formatAt(grid, Number(m[2]) - 1, m[1].charCodeAt(0) - 65)).toBe(fmt);
      }
    }
  });
});
