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
