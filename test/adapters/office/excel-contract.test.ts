/**
 * The add-in against a fake Excel that behaves as Microsoft documents it, on each platform: every write
 * scenario runs on "web", "windows" and "mac". Each case is one of the ways the add-in used to fail
 * in real Excel (issue "Work in real Excel").
 */
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import {
  FakeExcel,
  type FakeExcelOptions,
  type FakeSheetInit,
} from '../../../src/adapters/office-fake/fake-excel';
import type { FakePlatform } from '../../../src/adapters/office-fake/state';
import { emptySettings, SETTINGS_SHEET, type WritePlan } from '../../../src/core/output/plan';
import { emptyPlan } from './fixture';

const PLATFORMS: FakePlatform[] = ['web', 'windows', 'mac'];

function workbook(platform: FakePlatform, extra: FakeSheetInit[] = [], opts: FakeExcelOptions = {}) {
  return new FakeExcel(
    [
      {
        name: 'Fordeling',
        rows: [
          ['Kommune', 'Beløb'],
          ['Aarhus', 100],
          ['Odder', 200],
        ],
      },
      ...extra,
    ],
    { platform, ...opts },
  );
}

function port(fake: FakeExcel, api?: string) {
  return new OfficeWorkbook(fake.run as ExcelRun, {
    platform: fake.platform,
    ...(api
      ? {
          isSetSupported: (_: string, v: string) =>
            fake.supports(v) && Number(v.split('.')[1]) <= Number(api.split('.')[1]),
        }
      : { isSetSupported: (_: string, v: string) => fake.supports(v) }),
  });
}

/** What a check writes: a column beside the table, Fordel's findings sheet and its settings. */
function plan(run: number): WritePlan {
  return emptyPlan({
    blocks: [{ sheet: 'Fordeling', top: 0, left: 2, values: [['Kontrol'], [`ok ${run}`], ['fejl']] }],
    highlights: [{ sheet: 'Fordeling', range: { top: 1, left: 1, bottom: 1, right: 1 }, severity: 'error' }],
    sheets: [{ name: 'Fordel-fund', values: [['Fund'], [`kørsel ${run}`]] }],
    settings: { ...emptySettings(), owned: ['Fordeling!C1:C3'], ownedSheets: ['Fordel-fund'] },
  });
}

describe.each(PLATFORMS)('Excel on %s', (platform) => {
  it('writes a first run and a rerun as one undo step each, keeps the settings very hidden and the undo stack', async () => {
    const fake = workbook(platform);
    fake.userTypes('Fordeling', 'A5', 'brugerens egen');
    const p = port(fake);
    await p.read();
    const first = await p.write(plan(1));
    expect(first).toMatchObject({ written: true, undoGroup: true });
    expect(fake.visibility(SETTINGS_SHEET)).toBe('VeryHidden');
    // Hiding a sheet cannot be undone on Windows and Mac: done once, outside the group, and said so.
    // On Windows the merged-area lookup when the pane first reads loses the stack too (office-js#5918).
    if (platform === 'web') expect(fake.undo.cleared).toBe(0);
    else {
      expect(fake.undo.cleared).toBe(platform === 'windows' ? 2 : 1);
      expect(first.notes?.[0].en).toMatch(/settings sheet/);
    }
    const clearedAfterFirst = fake.undo.cleared;
    const records = fake.undo.records.length;

    await p.read();
    const second = await p.write(plan(2));
    expect(second).toMatchObject({ written: true, undoGroup: true });
    expect(second.notes).toBeUndefined();
    // The rerun reuses Fordel's sheet (no delete), never clears the stack, and adds one record.
    expect(fake.undo.cleared).toBe(clearedAfterFirst);
    expect(fake.undo.records.length).toBe(records + 1);
    expect(fake.visibility(SETTINGS_SHEET)).toBe('VeryHidden');
    expect(fake.cell('Fordel-fund', 'A2').value).toBe('kørsel 2');
    // One Ctrl+Z takes back the whole rerun.
    fake.pressUndo();
    expect(fake.cell('Fordel-fund', 'A2').value).toBe('kørsel 1');
    expect(fake.cell('Fordeling', 'C2').value).toBe('ok 1');
  });

  it('keeps every string as text: dates, fractions and ranges are not read into it', async () => {
    const fake = workbook(platform);
    const p = port(fake);
    await p.read();
    const texts = ['Nov 2024', '1-2', '3/4', 'Sep-24', '10:30', '2024-01-15', '12 %', '007'];
    await p.write(
      emptyPlan({
        blocks: [{ sheet: 'Fordeling', top: 9, left: 0, values: [texts, texts.map((_, i) => i)] }],
      }),
    );
    texts.forEach((t, i) => {
      const cell = fake.cell('Fordeling', `${String.fromCharCode(65 + i)}10`);
      expect(cell).toMatchObject({ value: t, numberFormat: '@' });
      // The number under it is a number, in a cell that is not text-formatted.
      expect(fake.cell('Fordeling', `${String.fromCharCode(65 + i)}11`).value).toBe(i);
    });
  });

  it('refuses a protected workbook structure before adding its sheets, and writes nothing', async () => {
    const fake = workbook(platform);
    fake.setStructureProtected(true);
    const p = port(fake);
    await p.read();
    const report = await p.write(plan(1));
    expect(report.written).toBe(false);
    expect(report.refused?.da).toMatch(/struktur er beskyttet/);
    expect(fake.sheetNames()).toEqual(['Fordeling']);
    expect(fake.cell('Fordeling', 'C1').value).toBeNull();
  });

  it('refuses to write beside a filtered table', async () => {
    const fake = workbook(platform);
    fake.state.tables.push({
      name: 'T1',
      sheet: 'Fordeling',
      range: { top: 0, left: 0, bottom: 2, right: 1 },
      showTotals: false,
      filtered: true,
    });
    const p = port(fake);
    await p.read();
    const report = await p.write(plan(1));
    expect(report.refused?.en).toMatch(/is filtered/);
    expect(fake.cell('Fordeling', 'C1').value).toBeNull();
  });

  it('waits while the user edits a cell, then writes (delayForCellEdit)', async () => {
    const fake = workbook(platform);
    const p = port(fake);
    await p.read();
    fake.startCellEdit();
    const pending = p.write(plan(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.cell('Fordeling', 'C1').value).toBeNull();
    fake.endCellEdit();
    expect((await pending).written).toBe(true);
    expect(fake.runs.every((o) => o.delayForCellEdit)).toBe(true);
  });

  it('says so, with nothing written, when Excel refuses a batch for cell-edit mode', async () => {
    const fake = workbook(platform);
    const p = new OfficeWorkbook(((_o: unknown, batch: never) => fake.run(batch)) as unknown as ExcelRun, {
      platform,
    });
    await p.read();
    fake.startCellEdit();
    const report = await p.write(plan(1));
    fake.endCellEdit();
    expect(report.written).toBe(false);
    expect(report.refused?.da).toMatch(/redigere en celle/);
    expect(fake.sheetNames()).toEqual(['Fordeling']);
  });

  it('only ever widens a column (no autofit that can narrow it)', async () => {
    const fake = workbook(platform, [], {});
    fake.state.sheet('Fordeling')!.columnWidths.set(2, 200);
    const p = port(fake);
    await p.read();
    await p.write(
      emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 0, left: 2, values: [['x']], columnWidths: [3] }] }),
    );
    expect(fake.state.sheet('Fordeling')!.width(2)).toBe(200);
    await p.write(
      emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 0, left: 3, values: [['x']], columnWidths: [40] }] }),
    );
    expect(fake.state.sheet('Fordeling')!.width(3)).toBeGreaterThan(48);
  });

  it('retries a write Excel cannot group from a fresh look, plainly, and says so', async () => {
    const fake = workbook(platform);
    let refuse = true;
    const run = (async (
      options: { mergeUndoGroup?: boolean },
      batch: (c: Excel.RequestContext) => Promise<unknown>,
    ) =>
      fake.run(options, async (ctx) => {
        if (options.mergeUndoGroup && refuse) {
          refuse = false;
          ctx.sync = async () => {
            throw Object.assign(new Error('no undo'), { code: 'UndoNotSupported' });
          };
        }
        return batch(ctx);
      })) as unknown as ExcelRun;
    const p = new OfficeWorkbook(run, { platform, isSetSupported: () => true });
    await p.read();
    const report = await p.write(plan(1));
    expect(report).toMatchObject({ written: true, undoGroup: false });
    expect(report.notes?.some((n) => /one undo step/.test(n.en))).toBe(true);
    // Looks, the refused group, looks again, then the plain write: never from a cached sheet list.
    expect(fake.runs.filter((o) => !o.mergeUndoGroup).length).toBeGreaterThanOrEqual(3);
    expect(fake.sheetNames()).toEqual(['Fordeling', SETTINGS_SHEET, 'Fordel-fund']);
  });

  it('writes plainly before ExcelApi 1.20 and says it is not one undo step', async () => {
    const fake = workbook(platform, [], { excelApi: '1.19' });
    const p = port(fake);
    await p.read();
    const report = await p.write(plan(1));
    expect(report).toMatchObject({ written: true, undoGroup: false });
    expect(report.notes?.some((n) => /several times/.test(n.en))).toBe(true);
    expect(fake.runs.some((o) => o.mergeUndoGroup)).toBe(false);
  });

  it('carries out confirmed edits in the same undo step, and refuses when the cell changed', async () => {
    const fake = workbook(platform);
    const p = port(fake);
    await p.read();
    const edit = { sheet: 'Fordeling', row: 1, col: 1, value: 150, previous: 100 };
    const ok = await p.write({ ...plan(1), userEdits: [edit] });
    expect(ok.written).toBe(true);
    expect(fake.cell('Fordeling', 'B2').value).toBe(150);
    fake.userTypes('Fordeling', 'B3', 999);
    await p.read();
    const stale = await p.write({ ...plan(2), userEdits: [{ ...edit, row: 2, previous: 200 }] });
    expect(stale.written).toBe(false);
    expect(stale.refused?.en).toMatch(/B3 changed since the check/);
    expect(fake.cell('Fordeling', 'B3').value).toBe(999);
  });

  it('saves the fill a cell had before its first highlight and keeps the original on a rerun', async () => {
    const fake = workbook(platform);
    fake.state.sheet('Fordeling')!.fills.set('1:1', '#00B050');
    const p = port(fake);
    await p.read();
    await p.write(plan(1));
    let snap = await p.read();
    expect(snap.settings?.fills).toEqual([{ sheet: 'Fordeling', range: 'B2', color: '#00B050' }]);
    await p.write({ ...plan(2), settings: { ...plan(2).settings, fills: snap.settings?.fills } });
    snap = await p.read();
    expect(snap.settings?.fills).toEqual([{ sheet: 'Fordeling', range: 'B2', color: '#00B050' }]);
    // Removing Fordel's output puts it back.
    const cleaned = await p.clean({
      ranges: ['Fordeling!C1:C3'],
      sheets: ['Fordel-fund'],
      fills: snap.settings?.fills ?? [],
      removeSettings: false,
    });
    expect(cleaned.written).toBe(true);
    expect(fake.cell('Fordeling', 'B2').fill).toBe('#00B050');
    expect(fake.cell('Fordeling', 'C2').value).toBeNull();
    expect(fake.sheetNames()).toEqual(['Fordeling', SETTINGS_SHEET]);
    // Deleting sheets cannot be undone anywhere: said, and not claimed as one step.
    expect(cleaned.undoGroup).toBe(false);
    expect(cleaned.notes?.some((n) => /cannot undo deleting sheets/.test(n.en))).toBe(true);
  });

  it('cleans as one undo step when no sheet has to go', async () => {
    const fake = workbook(platform);
    const p = port(fake);
    await p.read();
    await p.write(emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 0, left: 2, values: [['x']] }] }));
    const cleared = fake.undo.cleared;
    const report = await p.clean({ ranges: ['Fordeling!C1'], sheets: [], fills: [], removeSettings: false });
    expect(report).toMatchObject({ written: true, undoGroup: true });
    expect(fake.undo.cleared).toBe(cleared);
    expect(fake.cell('Fordeling', 'C1').value).toBeNull();
  });
});

describe.each(PLATFORMS)('reading on %s within the documented limits', (platform) => {
  const longText = 'Et langt navn på en modtager af tilskud nummer ';
  const big = (): FakeSheetInit => ({
    name: 'Stor',
    rows: Array.from({ length: 60_000 }, (_, i) => [`${longText}${i}`, i, `${longText}${i + 1}`]),
  });

  it('sizes blocks from the address first: no refused try; the 5 MB limit only on the web', async () => {
    const fake = new FakeExcel([big()], { platform });
    const p = new OfficeWorkbook(fake.run as ExcelRun, { platform });
    const snap = await p.read();
    expect(snap.sheets[0].values).toHaveLength(60_000);
    expect(p.stats.refusedReads).toBe(0);
    if (platform === 'web') expect(fake.payloads.every((b) => b <= 5_000_000)).toBe(true);
    // Off the web one request carries it all: sheets with their sizes, then merged areas with the cells.
    else expect(fake.syncCount).toBe(2);
  });

  it.each(['error', 'null'] as const)(
    'reads a range over the cell limit in smaller blocks when Excel answers with %s',
    async (overLimit) => {
      // Under what the web's byte budget lets into one block (each cell also brings its indent).
      const fake = new FakeExcel([big()], { platform, overLimit, cellLimit: 20_000 });
      // The adapter believes the limit is higher than this host's: Excel's answer must be understood.
      const p = new OfficeWorkbook(fake.run as ExcelRun, { platform, maxCellsPerRead: 120_000 });
      const snap = await p.read();
      expect(snap.sheets[0].values).toHaveLength(60_000);
      expect(snap.sheets[0].values[59_999][1]).toBe(59_999);
      expect(p.stats.refusedReads).toBeGreaterThan(0);
    },
  );

  it('finds more than 512 merged areas, and merges that start left of the used range', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `B${i + 1}:C${i + 1}`);
    const fake = new FakeExcel(
      [
        {
          name: 'Flettet',
          rows: Array.from({ length: 600 }, (_, i) => [null, `r${i}`, null, i]),
          merges: [...merges, 'A700:B700'],
        },
      ],
      { platform },
    );
    fake.state.sheet('Flettet')!.setRaw(699, 1, null);
    fake.state.sheet('Flettet')!.setRaw(699, 3, 1);
    const snap = await new OfficeWorkbook(fake.run as ExcelRun, { platform }).read();
    expect(snap.sheets[0].merges).toHaveLength(601);
    expect(snap.sheets[0].merges).toContainEqual({ top: 699, left: 0, bottom: 699, right: 1 });
  });

  it('knows hidden rows before ExcelApi 1.9 from the visible view', async () => {
    const fake = new FakeExcel(
      [
        {
          name: 'Skjulte',
          rows: [
            ['a', 1],
            ['b', 2],
            ['c', 3],
          ],
          hiddenRows: [1],
        },
      ],
      { platform, excelApi: '1.8' },
    );
    const snap = await port(fake).read();
    expect(snap.sheets[0].hiddenRows).toEqual([1]);
  });
});
