import { OfficeWorkbook } from '../../../src/adapters/office/office-workbook';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { emptySettings, SETTINGS_SHEET, type OutValue } from '../../../src/core/output/plan';
import { emptyPlan, sampleWorkbook, settingsSheet } from './fixture';

async function readThenWrite(fake: FakeExcel, plan: ReturnType<typeof emptyPlan>) {
  const port = new OfficeWorkbook(fake.run);
  await port.read();
  fake.resetStats();
  const report = await port.write(plan);
  return { port, report };
}

describe('OfficeWorkbook.write', () => {
  it('writes values, formats, bold, fills, links, an owned sheet and the settings in one sync', async () => {
    const fake = sampleWorkbook();
    fake.state.tables[0].filtered = false; // a filtered table beside the output is refused (below)
    const settings = { ...emptySettings(), owned: ['Fordeling!E2:E5'], ownedSheets: ['Fordel-fund'] };
    const { report, port } = await readThenWrite(
      fake,
      emptyPlan({
        blocks: [
          { sheet: 'Fordeling', top: 1, left: 4, values: [['Kontrol']], bold: true },
          { sheet: 'Fordeling', top: 2, left: 4, values: [[0.5], [0.25], [null]], numberFormat: ['0.0%'] },
        ],
        highlights: [
          { sheet: 'Fordeling', range: { top: 2, left: 3, bottom: 2, right: 3 }, severity: 'error' },
        ],
        sheets: [
          {
            name: 'Fordel-fund',
            values: [
              ['Ark', 'Celle'],
              ['Fordeling', { link: "'Fordeling'!D3", text: 'D3' }],
            ],
            numberFormats: [null, '@'],
            boldRows: [0],
            columnWidths: [20, 8],
          },
        ],
        settings,
      }),
    );
    // One look at the workbook as it is now, with the settings sheet made in the same sync (the read
    // just before saw nothing to refuse; outside the undo group, office-js#6001), one write, then Tabel1
    // beside the new column is looked at and, since AutoCorrect let it take in column E, resized back
    // (office-js#2093).
    expect(report).toEqual({ written: true, cells: 4 + 4 + 2, syncs: 4, undoGroup: true });
    expect(fake.syncCount).toBe(4);
    expect(port.stats.syncs).toBe(6); // 2 for the read, 4 for the write
    expect(fake.state.tables[0].range).toEqual({ top: 1, left: 0, bottom: 4, right: 3 });
    expect(fake.calcSuspensions).toBe(1);
    expect(fake.cell('Fordeling', 'E2')).toMatchObject({ value: 'Kontrol', bold: true });
    expect(fake.cell('Fordeling', 'E3')).toMatchObject({ value: 0.5, numberFormat: '0.0%' });
    expect(fake.cell('Fordeling', 'E5')).toMatchObject({ value: null, numberFormat: '0.0%' });
    expect(fake.cell('Fordeling', 'D3').fill).toBe('#FFC7CE');
    expect(fake.cell('Fordeling', 'D4').fill).toBeUndefined();
    expect(fake.sheetNames()).toEqual(['Fordeling', 'Låst', 'Skjult', SETTINGS_SHEET, 'Fordel-fund']);
    expect(fake.cell('Fordel-fund', 'A1')).toMatchObject({ value: 'Ark', bold: true });
    expect(fake.cell('Fordel-fund', 'B2')).toMatchObject({ value: 'D3', hyperlink: "'Fordeling'!D3" });
    expect(fake.visibility(SETTINGS_SHEET)).toBe('VeryHidden');

    // The same port reads back what it wrote.
    const again = await port.read();
    // With the fill D3 had before its first highlight (none), for removing Fordel's output later.
    expect(again.settings).toEqual({
      ...settings,
      fills: [{ sheet: 'Fordeling', range: 'D3', color: null }],
    });
    expect(again.sheets.map((s) => s.name)).toContain('Fordel-fund');
  });

  it('keeps text that looks like a formula, number or boolean as text', async () => {
    const fake = sampleWorkbook();
    const values: OutValue[][] = [
      ['=SUM(A1)', '-5', '+1', '@navn', "'citat'", '2024', 'TRUE', '#N/A', 'Aarhus'],
    ];
    await readThenWrite(fake, emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 9, left: 0, values }] }));
    const row = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => fake.cell('Fordeling', `${c}10`));
    expect(row.map((c) => c.value)).toEqual(values[0]);
    expect(row.every((c) => c.formula === undefined)).toBe(true);
  });

  it('refuses a protected sheet and writes nothing', async () => {
    const fake = sampleWorkbook();
    const before = fake.sheetNames();
    const { report } = await readThenWrite(
      fake,
      emptyPlan({
        blocks: [
          { sheet: 'Fordeling', top: 1, left: 4, values: [['Kontrol']] },
          { sheet: 'Låst', top: 0, left: 1, values: [['Kontrol']] },
        ],
      }),
    );
    expect(report.written).toBe(false);
    expect(report.refused?.da).toContain('»Låst« er beskyttet');
    expect(report.refused?.en).toContain('»Låst« is protected');
    expect(fake.syncCount).toBe(1); // the look before writing
    expect(fake.cell('Fordeling', 'E2').value).toBeNull();
    expect(fake.sheetNames()).toEqual(before);
  });

  it('refuses a sheet that has gone, and a user sheet with an owned sheet name', async () => {
    const gone = await readThenWrite(
      sampleWorkbook(),
      emptyPlan({
        highlights: [{ sheet: 'Væk', range: { top: 0, left: 0, bottom: 0, right: 0 }, severity: 'info' }],
      }),
    );
    expect(gone.report.refused?.en).toContain('»Væk« no longer exists');
    const clash = await readThenWrite(
      sampleWorkbook(),
      emptyPlan({ sheets: [{ name: 'Skjult', values: [['x']] }] }),
    );
    expect(clash.report.refused?.da).toContain('»Skjult« findes og er ikke Fordels eget');
  });

  it("replaces Fordel's own sheet from an earlier run", async () => {
    const fake = sampleWorkbook([
      settingsSheet(['Fordel-fund']),
      { name: 'Fordel-fund', rows: [['gammel'], ['rest']] },
    ]);
    const { report } = await readThenWrite(
      fake,
      emptyPlan({
        sheets: [{ name: 'Fordel-fund', values: [['ny']] }],
        settings: { ...emptySettings(), ownedSheets: ['Fordel-fund'] },
      }),
    );
    expect(report.written).toBe(true);
    expect(fake.cell('Fordel-fund', 'A1').value).toBe('ny');
    expect(fake.cell('Fordel-fund', 'A2').value).toBeNull();
  });

  it('writes 100.000 rows of 3 columns in at most two syncs after the look', async () => {
    const fake = sampleWorkbook();
    const values = Array.from({ length: 100_000 }, (_, i) => [i * 1.5, i % 2 ? 'OK' : 'Fejl', 1_234_567]);
    const { report } = await readThenWrite(
      fake,
      emptyPlan({
        blocks: [{ sheet: 'Fordeling', top: 10, left: 5, values, numberFormat: ['#,##0.00', '@', '#,##0'] }],
      }),
    );
    expect(report).toMatchObject({ written: true, cells: 300_000 + 2 });
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(fake.requests.every((b) => b < 5_000_000)).toBe(true);
    expect(fake.cell('Fordeling', 'F100010')).toMatchObject({ value: 149_998.5, numberFormat: '#,##0.00' });
    expect(fake.cell('Fordeling', 'H100010')).toMatchObject({ value: 1_234_567, numberFormat: '#,##0' });
  });

  it('splits a 1.000.000-row plan into blocks, each sync under 5 MB', async () => {
    const fake = new FakeExcel([{ name: 'Stor', rows: [['Kommune']] }]);
    const values = Array.from({ length: 1_000_000 }, (_, i) => [i, `Kommune ${i}`, i * 2]);
    const { report, port } = await readThenWrite(
      fake,
      emptyPlan({ blocks: [{ sheet: 'Stor', top: 1, left: 1, values }] }),
    );
    expect(report.written).toBe(true);
    expect(report.syncs).toBeGreaterThan(1);
    expect(report.syncs).toBeLessThanOrEqual(
      // The look, and one sync more than the bytes need: each batch is packed from an estimate a
      // little above what office.js sends.
      Math.ceil(fake.payloads.reduce((a, b) => a + b, 0) / 4_000_000) + 3,
    );
    expect(fake.payloads.every((p) => p < 5_000_000)).toBe(true);
    expect(port.stats.largestPayload).toBeLessThanOrEqual(4_000_000);
    // Not in the look, which adds the settings sheet in its own sync.
    expect(fake.calcSuspensions).toBe(report.syncs - 1);
    expect(fake.cell('Stor', 'C1000001').value).toBe('Kommune 999999');
    expect(fake.cell('Stor', 'D1000001').value).toBe(1_999_998);
  });

  it('checks the sheets itself in one sync when nothing was read before', async () => {
    const fake = sampleWorkbook();
    const report = await new OfficeWorkbook(fake.run).write(
      emptyPlan({ blocks: [{ sheet: 'Låst', top: 0, left: 1, values: [['x']] }] }),
    );
    expect(report.written).toBe(false);
    expect(fake.syncCount).toBe(1);
  });

  it('looks again right before writing: a sheet protected after the read is refused', async () => {
    const fake = sampleWorkbook();
    const port = new OfficeWorkbook(fake.run);
    await port.read();
    fake.setProtected('Fordeling', true); // protected after the read
    const report = await port.write(
      emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 1, left: 4, values: [['x']] }] }),
    );
    expect(report.written).toBe(false);
    expect(report.refused?.en).toMatch(/»Fordeling« is protected/);
    expect(fake.cell('Fordeling', 'E2').value).toBeNull();
  });
});

describe('OfficeWorkbook.write right after a read: the settings sheet comes with the look', () => {
  const plan = () => emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 7, left: 6, values: [['Kontrol']] }] });

  it('takes two syncs for a first write: the look with the settings sheet added, then the write', async () => {
    const fake = sampleWorkbook();
    fake.state.tables[0].filtered = false;
    const { report } = await readThenWrite(fake, plan());
    expect(report).toMatchObject({ written: true, syncs: 2, undoGroup: true });
    expect(fake.syncCount).toBe(2);
    expect(fake.visibility(SETTINGS_SHEET)).toBe('VeryHidden');
    expect(fake.cell('Fordeling', 'G8').value).toBe('Kontrol');
    expect(fake.cell(SETTINGS_SHEET, 'A1').value).not.toBeNull();
  });

  it('adds nothing when the structure was protected after the read: the look again on its own, then refused', async () => {
    const fake = sampleWorkbook();
    fake.state.tables[0].filtered = false;
    const port = new OfficeWorkbook(fake.run);
    await port.read();
    const before = fake.sheetNames();
    fake.state.structureProtected = true;
    fake.resetStats();
    const report = await port.write(plan());
    expect(report.written).toBe(false);
    expect(report.refused?.en).toMatch(/structure is protected/);
    // The shared sync failed at the sheet it could not add; one more look, on its own.
    expect(fake.syncCount).toBe(2);
    expect(report.notes).toBeUndefined();
    expect(fake.sheetNames()).toEqual(before);
  });

  it('says the settings sheet was added when the write is refused for a sheet protected after the read', async () => {
    const fake = new FakeExcel(
      [
        {
          name: 'Fordeling',
          rows: [
            ['Kommune', 'Beløb'],
            ['Aarhus', 5],
          ],
        },
        { name: 'Andet', rows: [['x']] },
      ],
      { platform: 'windows' },
    );
    const port = new OfficeWorkbook(fake.run, { platform: 'windows' });
    await port.read();
    fake.setProtected('Fordeling', true);
    const report = await port.write(plan());
    expect(report.written).toBe(false);
    expect(report.refused?.en).toMatch(/»Fordeling« is protected/);
    expect(fake.cell('Fordeling', 'G8').value).toBeNull();
    // The look and the setup shared one sync, as the read allowed; the hidden sheet is all that changed.
    expect(fake.visibility(SETTINGS_SHEET)).toBe('VeryHidden');
    expect(report.notes?.map((n) => n.en)).toEqual([expect.stringMatching(/hidden settings sheet/)]);
  });
});

describe('OfficeWorkbook.select', () => {
  it('activates the sheet and selects the range in one sync', async () => {
    const fake = sampleWorkbook();
    await new OfficeWorkbook(fake.run).select('Fordeling', 'C3:D4');
    expect(fake.selected()).toEqual({ sheet: 'Fordeling', range: 'C3:D4' });
    expect(fake.syncCount).toBe(1);
  });
});
