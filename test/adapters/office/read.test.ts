import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { sampleWorkbook, settingsSheet } from './fixture';

describe('OfficeWorkbook.read', () => {
  it('builds grids with errors, formats, formulas, hidden rows, merges and tables', async () => {
    const fake = sampleWorkbook();
    const snap = await new OfficeWorkbook(fake.run).read();
    expect(snap.sheetNames).toEqual(['Fordeling', 'Låst', 'Skjult']);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Fordeling', 'Låst']);
    const g = snap.sheets[0];
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.values[2]).toEqual(['Aarhus', 367_095, 0.5, { error: '#REF!' }]);
    // Text that merely looks like an error stays text.
    expect(g.values[4][1]).toBe('#REF!');
    expect(g.values[0]).toEqual(['Fordeling af udgifter', null, null, null]);
    expect(g.formats?.[2][2]).toBe('0.0%');
    expect(g.formats?.[3][3]).toBe('#,##0');
    expect(g.formats?.[3][0]).toBe('General');
    expect(g.formulas?.[2][3]).toBe(true);
    expect(g.formulas?.[3][3]).toBe(false);
    expect(g.hiddenRows).toEqual([3]);
    expect(g.hiddenCols).toEqual([]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(g.tables).toEqual([
      { name: 'Tabel1', range: { top: 1, left: 0, bottom: 4, right: 3 }, showTotals: false, filtered: true },
    ]);
    expect(g.protected).toBe(false);
    expect(snap.sheets[1].protected).toBe(true);
    expect(snap.settings).toBeNull();
    expect(snap.selection).toEqual({ sheet: 'Fordeling', range: { top: 0, left: 0, bottom: 0, right: 0 } });
  });

  it('reads the settings sheet and keeps it out of the grids', async () => {
    const fake = sampleWorkbook([settingsSheet(['Fordel-fund'])]);
    const snap = await new OfficeWorkbook(fake.run).read();
    expect(snap.settings?.ownedSheets).toEqual(['Fordel-fund']);
    expect(snap.sheets.map((s) => s.name)).not.toContain('Fordel-indstillinger');
    expect(snap.sheetNames).toContain('Fordel-indstillinger');
  });

  it('places a used range that does not start in A1', async () => {
    const fake = new FakeExcel([
      { name: 'Ark1', rows: [[], [null, null, 'x', 1]] },
      { name: 'Tom', rows: [] },
    ]);
    const snap = await new OfficeWorkbook(fake.run).read();
    expect(snap.sheets[0].origin).toEqual({ row: 1, col: 2 });
    expect(snap.sheets[0].values).toEqual([['x', 1]]);
    expect(snap.sheets[1].values).toEqual([]);
  });

  it.each([10, 20_000])(
    'takes exactly 2 syncs for a %i-row table (sheets with their sizes; merges with the cells)',
    async (n) => {
      const rows = [
        ['Kommune', 'Indbyggere'],
        ...Array.from({ length: n }, (_, i) => [`Kommune ${i}`, 1000 + i]),
      ];
      const fake = sampleWorkbook([
        { name: 'Stor', rows, tables: [{ name: 'Stor1', range: `A1:B${n + 1}` }] },
      ]);
      const port = new OfficeWorkbook(fake.run);
      const snap = await port.read();
      expect(fake.syncCount).toBe(2);
      expect(port.stats.syncs).toBe(2);
      expect(snap.sheets.find((s) => s.name === 'Stor')?.values).toHaveLength(n + 1);
    },
  );

  it('reads a workbook of more sheets than the first sync walks in one sync more, each sheet whole', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `Ark ${i + 1}`);
    const fake = new FakeExcel(
      names.map((name, i) => ({
        name,
        rows: Array.from({ length: 3 + i }, (_, r) => [`${name} række ${r}`, r * 10]),
        ...(i === 9 ? { merges: ['A1:B1'] } : {}),
      })),
    );
    const port = new OfficeWorkbook(fake.run);
    const snap = await port.read();
    expect(fake.syncCount).toBe(3);
    expect(snap.sheets.map((s) => s.name)).toEqual(names);
    snap.sheets.forEach((g, i) => {
      expect(g.values).toHaveLength(3 + i);
      expect(g.values[2 + i]).toEqual([`${names[i]} række ${2 + i}`, (2 + i) * 10]);
    });
    expect(snap.sheets[9].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('reads the sheets by name when the host refuses the walk over them: the same grids, three syncs more', async () => {
    const fake = sampleWorkbook();
    const plain = await new OfficeWorkbook(fake.run).read();
    let syncs = 0;
    const run = ((options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) =>
      fake.run(options, async (ctx) => {
        const sync = ctx.sync.bind(ctx);
        ctx.sync = async () => {
          // As a host would refuse methods of a sheet past the last one (no page says it must not).
          if (++syncs === 1) throw Object.assign(new Error('refused'), { code: 'InvalidArgument' });
          return sync();
        };
        return batch(ctx);
      })) as unknown as ExcelRun;
    const snap = await new OfficeWorkbook(run).read();
    expect(snap.sheets).toEqual(plain.sheets);
    expect(snap.sheetNames).toEqual(plain.sheetNames);
    // The refused walk, the sheets alone, their sizes, their samples, then merged areas with the cells.
    expect(syncs).toBe(5);
  });

  it('reads a blank sheet before a sheet with data in two syncs', async () => {
    const fake = new FakeExcel([
      { name: 'Tom', rows: [] },
      {
        name: 'Data',
        rows: [
          ['Kommune', 'Beløb'],
          ['Aarhus', 5],
        ],
      },
    ]);
    const snap = await new OfficeWorkbook(fake.run).read();
    expect(fake.syncCount).toBe(2);
    expect(snap.sheets[0].values).toEqual([]);
    expect(snap.sheets[1].values).toEqual([
      ['Kommune', 'Beløb'],
      ['Aarhus', 5],
    ]);
  });

  it('fills every block of a large sheet to the 4 MB budget: the sizes, then ceil(bytes / 4 MB) syncs', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `Forening for idræt og kultur nr. ${i}`,
      1000 + i,
      `${i % 98} Kommune`,
      i * 3,
    ]);
    const fake = new FakeExcel([{ name: 'Stor', rows }]);
    const port = new OfficeWorkbook(fake.run);
    const snap = await port.read();
    expect(snap.sheets[0].values).toHaveLength(100_000);
    const cells = fake.payloads.slice(1).reduce((a, b) => a + b, 0);
    expect(cells).toBeGreaterThan(8_000_000);
    expect(fake.syncCount).toBe(1 + Math.ceil(cells / 4_000_000));
    expect(fake.payloads.every((p) => p < 5_000_000)).toBe(true);
    expect(port.stats.refusedReads).toBe(0);
  });

  it('falls back to row blocks when one sheet is too big for one response', async () => {
    const text = 'Et langt navn på en modtager af tilskud nummer ';
    const rows = Array.from({ length: 60_000 }, (_, i) => [`${text}${i}`, i, `${text}${i + 1}`]);
    const fake = new FakeExcel([{ name: 'Stor', rows }]);
    const port = new OfficeWorkbook(fake.run);
    const snap = await port.read();
    const g = snap.sheets[0];
    expect(g.values).toHaveLength(60_000);
    expect(g.values[59_999]).toEqual([`${text}59999`, 59_999, `${text}60000`]);
    expect(g.formats?.[59_999]).toEqual(['General', 'General', 'General']);
    expect(fake.syncCount).toBeGreaterThan(3);
    // Sized from the address first: no sync is ever over the limit, nothing is refused.
    expect(fake.payloads.every((p) => p <= 5_000_000)).toBe(true);
    expect(port.stats.refusedReads).toBe(0);
  });

  it('ignores a selection that is not a range', async () => {
    const fake = sampleWorkbook();
    fake.state.shapeSelected = true;
    const snap = await new OfficeWorkbook(fake.run).read();
    expect(snap.selection).toBeUndefined();
    expect(snap.sheets).toHaveLength(2);
  });
});
