import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';

function fake() {
  return new FakeExcel([
    {
      name: 'Ark1',
      rows: [
        ['Kommune', 'Indbyggere'],
        ['Aarhus', 367_095],
      ],
    },
  ]);
}

describe('FakeExcel', () => {
  it('throws when a property is read before it was loaded and synced', async () => {
    const x = fake();
    await x.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Ark1').getRange('A1:B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded but not yet synced
      await ctx.sync();
      expect(range.values).toEqual([
        ['Kommune', 'Indbyggere'],
        ['Aarhus', 367_095],
      ]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it('counts syncs and applies queued writes only at sync', async () => {
    const x = fake();
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ark1').getRange('C2').values = [[42]];
      expect(x.cell('Ark1', 'C2').value).toBeNull();
      await ctx.sync();
      expect(x.cell('Ark1', 'C2').value).toBe(42);
      await ctx.sync();
    });
    expect(x.syncCount).toBe(2);
    expect(x.payloads).toHaveLength(2);
    x.resetStats();
    expect(x.syncCount).toBe(0);
  });

  it('reads typed text the way Excel does', async () => {
    const x = fake();
    await x.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Ark1');
      ws.getRange('A3:F3').values = [['=SUM(B2)', "'=SUM(B2)", '-5', 'TRUE', '#N/A', "'0042"]];
      await ctx.sync();
    });
    expect(x.cell('Ark1', 'A3').formula).toBe('=SUM(B2)');
    expect(x.cell('Ark1', 'B3')).toEqual({ value: '=SUM(B2)', numberFormat: 'General' });
    expect(x.cell('Ark1', 'C3').value).toBe(-5);
    expect(x.cell('Ark1', 'D3').value).toBe(true);
    expect(x.cell('Ark1', 'E3').value).toBe('#N/A');
    expect(x.cell('Ark1', 'F3').value).toBe('0042');
  });

  it('refuses a request over 5 MB and applies nothing of it', async () => {
    const x = fake();
    const big = Array.from({ length: 300_000 }, (_, i) => [`Række nummer ${i}`]);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ark1').getRangeByIndexes(10, 0, big.length, 1).values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(x.cell('Ark1', 'A11').value).toBeNull();
    expect(x.payloads[0]).toBeGreaterThan(5_000_000);
  });

  it.each(['web', 'windows', 'mac'] as const)(
    'refuses to read more than 5 million cells at once on %s, with an error or values of null',
    async (platform) => {
      const x = new FakeExcel([{ name: 'Ark1', rows: [['a']] }], { platform });
      await x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Ark1').getRange('A1:E1000001').load('values');
        await expect(ctx.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
      });
      const y = new FakeExcel([{ name: 'Ark1', rows: [['a']] }], { platform, overLimit: 'null' });
      await y.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Ark1').getRange('A1:E1000001').load('values');
        await ctx.sync();
        expect(r.values).toBeNull();
      });
    },
  );

  it('refuses writes into a protected sheet', async () => {
    const x = new FakeExcel([{ name: 'Låst', rows: [['a']], protected: true }]);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Låst').getRange('B1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(x.cell('Låst', 'B1').value).toBeNull();
  });

  it('gives null objects for missing sheets and empty special cells', async () => {
    const x = fake();
    await x.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Findes ikke').load('name');
      const used = ctx.workbook.worksheets.getItem('Ark1').getUsedRange(true);
      const formulas = used.getSpecialCellsOrNullObject('Formulas').load('address');
      const visible = used.getSpecialCellsOrNullObject('Visible').load('address');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(formulas.isNullObject).toBe(true);
      expect(visible.address).toBe('Ark1!A1:B2');
    });
  });

  it('loads collections through items paths', async () => {
    const x = new FakeExcel([
      { name: 'Ark 1', rows: [['a', 'b']], tables: [{ name: 'T1', range: 'A1:B1', showTotals: true }] },
      { name: 'Skjult', rows: [], visibility: 'Hidden', protected: true },
    ]);
    await x.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
      const tables = ctx.workbook.tables.load('items/name,items/showTotals,items/worksheet/name');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ['Ark 1', 'Visible', false],
        ['Skjult', 'Hidden', true],
      ]);
      expect(tables.items.map((t) => [t.name, t.showTotals, t.worksheet.name])).toEqual([
        ['T1', true, 'Ark 1'],
      ]);
    });
  });
});
