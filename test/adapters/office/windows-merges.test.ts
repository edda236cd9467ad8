/**
 * Issue 20, point 5, on Excel for Windows before ExcelApi 1.19 (Office LTSC 2021/2024, builds before
 * autumn 2025): looking up merged areas clears the user's undo stack (office-js#5918), and so does every
 * add-in write there (office-js#3788). Opening the pane and checking must keep the user's undo; the merged
 * areas are looked up when the user confirms a write, and a sheet that has some is checked again before
 * anything is written, so no write rests on a reading without its merges.
 */
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { FakeExcel, type FakeSheetInit } from '../../../src/adapters/office-fake/fake-excel';
import { emptySettings, type WritePlan } from '../../../src/core/output/plan';

const TITLE = { top: 0, left: 0, bottom: 0, right: 2 };

function sheet(merges: string[]): FakeSheetInit {
  return {
    name: 'Ark1',
    rows: [
      ['Tilskud 2025', null, null],
      ['Kommune', 'Beløb', 'Andel'],
      ['Aarhus', 100, 0.5],
      ['Odder', 100, 0.5],
    ],
    merges,
  };
}

function windows(merges: string[], excelApi = '1.18') {
  const fake = new FakeExcel([sheet(merges)], { platform: 'windows', excelApi });
  const port = new OfficeWorkbook(fake.run as unknown as ExcelRun, {
    platform: 'windows',
    isSetSupported: (_: string, v: string) => fake.supports(v),
  });
  return { fake, port };
}

const plan: WritePlan = {
  blocks: [{ sheet: 'Ark1', top: 1, left: 4, values: [['Fordel'], ['ok'], ['ok']] }],
  highlights: [],
  sheets: [],
  settings: emptySettings(),
};

describe('merged areas on Excel for Windows before ExcelApi 1.19', () => {
  it('opening the pane and checking again keep the undo stack', async () => {
    const { fake, port } = windows(['A1:C1']);
    fake.userTypes('Ark1', 'B3', 120);
    await port.read();
    await port.read();
    expect(fake.undo.cleared).toBe(0);
    expect(fake.undo.records).toHaveLength(1);
  });

  it('are looked up when the user writes; a sheet with merges is checked again before anything is written', async () => {
    const { fake, port } = windows(['A1:C1']);
    const checked = await port.read();
    expect(checked.sheets[0].merges).toEqual([]);
    // The pane says so with the check.
    expect(checked.notes?.map((n) => n.da)).toEqual([
      expect.stringMatching(
        /^Fordel har ikke læst flettede celler og rækkernes gruppering: .*nulstiller Excel fortryd-historikken/,
      ),
    ]);
    const first = await port.write(plan);
    expect(first.written).toBe(false);
    expect(first.refused?.da).toMatch(/arket »Ark1« har flettede celler.*Kør kontrollen igen/);
    expect(first.refused?.en).toMatch(/the sheet »Ark1« has merged cells/);
    expect(fake.cell('Ark1', 'E2').value).toBeNull();

    // The check again reads the merges kept from that lookup, without another one.
    const cleared = fake.undo.cleared;
    const again = await port.read();
    expect(again.sheets[0].merges).toEqual([TITLE]);
    expect(again.notes).toBeUndefined();
    expect(fake.undo.cleared).toBe(cleared);
    const second = await port.write(plan);
    expect(second.written).toBe(true);
    expect(fake.cell('Ark1', 'E2').value).toBe('Fordel');
  });

  it("saves Fordel's settings alone (a correction) without looking merged areas up", async () => {
    const { fake, port } = windows(['A1:C1']);
    await port.read();
    const settings = { ...emptySettings(), ownedSheets: ['Fordel-fund'] };
    const report = await port.write({ blocks: [], highlights: [], sheets: [], settings });
    expect(report.written).toBe(true);
    expect((await port.read()).sheets[0].merges).toEqual([]);
    expect(fake.sheetNames()).toContain('Fordel-indstillinger');
  });

  it('writes at once on a sheet without merged areas', async () => {
    const { fake, port } = windows([]);
    await port.read();
    expect((await port.write(plan)).written).toBe(true);
    expect(fake.cell('Ark1', 'E3').value).toBe('ok');
  });

  it('are looked up at the first read from ExcelApi 1.19, as before', async () => {
    const { port } = windows(['A1:C1'], '1.19');
    const snap = await port.read();
    expect(snap.sheets[0].merges).toEqual([TITLE]);
    expect(snap.notes).toBeUndefined();
    expect((await port.write(plan)).written).toBe(true);
  });
});
