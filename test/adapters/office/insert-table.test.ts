/** A new split inserted through Office.js (on the fake Excel): into empty cells only, text as text. */
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { makeNewSplit } from '../../../src/core/population/new-split';
import { selectParties } from '../../../src/core/population/select-parties';
import { planSplitTable } from '../../../src/core/population/table-plan';

function plan(names: string, live: boolean, origin = { top: 0, left: 0 }) {
  const sel = selectParties([names], true);
  if (!sel.ok) throw new Error('selection');
  const key = sel.parties.every((p) => p.code)
    ? ({ kind: 'population', date: '2026-01-01' } as const)
    : ({ kind: 'equal' } as const);
  const made = makeNewSplit(75_000_000n, sel.parties, key);
  if (!made.ok) throw new Error('split');
  return planSplitTable(made.split, 'da', live, origin);
}

const port = (fake: FakeExcel) => new OfficeWorkbook(fake.run as unknown as ExcelRun, { platform: 'web' });

describe('inserting a new split in Excel', () => {
  it('writes the live table at the cell, with formulas, numbers, bold headings and the source line', async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [['Noter'], []] }]);
    const report = await port(fake).insertTable(
      { sheet: 'Ark1', top: 2, left: 1 },
      plan('Region Hovedstaden', true, { top: 2, left: 1 }),
    );
    expect(report.written).toBe(true);
    expect(fake.cell('Ark1', 'B3')).toMatchObject({ value: 'Kommune', bold: true });
    expect(fake.cell('Ark1', 'B4').value).toBe('København');
    expect(fake.cell('Ark1', 'D4')).toMatchObject({ value: 671_714, numberFormat: '#,##0' });
    expect(fake.cell('Ark1', 'F4').formula).toMatch(/^=\(100\*\(\$G\$4\+\(SUMPRODUCT\(/);
    expect(fake.cell('Ark1', 'F33')).toMatchObject({ value: 750_000, bold: true });
    expect(fake.cell('Ark1', 'B34').value).toBe('Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026');
    expect(fake.cell('Ark1', 'A1').value).toBe('Noter');
  });

  it('writes nothing over data, and says which cell is in the way', async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [[], [], [], [], [null, null, 'min note']] }]);
    const report = await port(fake).insertTable(
      { sheet: 'Ark1', top: 0, left: 0 },
      plan('Region Hovedstaden', false),
    );
    expect(report.written).toBe(false);
    expect(report.refused?.da).toMatch(/^Fordel skrev intet: C5 er ikke tom/);
    expect(fake.cell('Ark1', 'A1').value).toBeNull();
    expect(fake.cell('Ark1', 'C5').value).toBe('min note');
  });

  it('keeps a party called "=1+1" as text', async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [[]] }]);
    await port(fake).insertTable({ sheet: 'Ark1', top: 0, left: 0 }, plan('=1+1, B', false));
    expect(fake.cell('Ark1', 'A2')).toMatchObject({ value: '=1+1' });
    expect(fake.cell('Ark1', 'A2').formula).toBeUndefined();
  });
});

describe('inserting a new split beside what Excel manages', () => {
  it.each([
    ['right of', { top: 0, left: 2 }],
    ['right below', { top: 3, left: 0 }],
    ['over', { top: 1, left: 1 }],
  ])('writes nothing %s an Excel Table, which AutoCorrect would take it into', async (_, at) => {
    const fake = new FakeExcel([
      {
        name: 'Ark1',
        rows: [
          ['Kommune', 'Beløb'],
          ['Aarhus', 100],
          ['Odder', 200],
        ],
        tables: [{ name: 'Tilskud', range: 'A1:B3' }],
      },
    ]);
    const report = await port(fake).insertTable({ sheet: 'Ark1', ...at }, plan('Region Hovedstaden', false));
    expect(report.written).toBe(false);
    expect(report.refused?.da).toMatch(/Excel-tabellen »Tilskud« \(A1:B3\)/);
    expect(fake.state.tables[0].range).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(fake.cell('Ark1', 'C1').value).toBeNull();
    expect(fake.cell('Ark1', 'A5').value).toBeNull();
  });

  it('writes one column away from a Table', async () => {
    const fake = new FakeExcel([
      {
        name: 'Ark1',
        rows: [
          ['Kommune', 'Beløb'],
          ['Aarhus', 100],
        ],
        tables: [{ name: 'T', range: 'A1:B2' }],
      },
    ]);
    const report = await port(fake).insertTable(
      { sheet: 'Ark1', top: 0, left: 3 },
      plan('Region Hovedstaden', false),
    );
    expect(report.written).toBe(true);
    expect(fake.state.tables[0].range).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  it('keeps each request within the write budget, as every other write does', async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [[]] }]);
    const budget = 20_000;
    const small = new OfficeWorkbook(fake.run as unknown as ExcelRun, {
      platform: 'web',
      maxPayloadBytes: budget,
    });
    fake.resetStats();
    const report = await small.insertTable(
      { sheet: 'Ark1', top: 0, left: 0 },
      plan('Region Hovedstaden', true),
    );
    expect(report.written).toBe(true);
    expect(report.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(budget);
    // Written all the same: every cell as one request without a budget writes it.
    const whole = new FakeExcel([{ name: 'Ark1', rows: [[]] }]);
    const p = plan('Region Hovedstaden', true);
    await port(whole).insertTable({ sheet: 'Ark1', top: 0, left: 0 }, p);
    for (let r = 0; r < p.rows; r++)
      for (let c = 0; c < p.cols; c++) {
        const at = `${String.fromCharCode(65 + c)}${r + 1}`;
        expect(fake.cell('Ark1', at)).toEqual(whole.cell('Ark1', at));
      }
  });
});
