/**
 * The same scenarios against both workbook adapters: an .xlsx file through ExcelJS and Excel through
 * Office.js (the in-memory fake). Whatever the host, Fordel must read the same grids, find the same
 * things, write the same cells and keep the same settings.
 */
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { FakeExcel } from '../../src/adapters/office-fake/fake-excel';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import type { CheckParams } from '../../src/core/check/params';
import { cellAt, type RawValue } from '../../src/core/grid/grid';
import type { FordelSettings, WritePlan } from '../../src/core/output/plan';
import type { WorkbookPort, WorkbookSnapshot } from '../../src/workbook/port';
import { SAMPLE_SHEETS } from '../../examples/sample-workbook';
import { makeTempDir, removeDir, writeSample } from '../support/xlsx-fixtures';

const PARAMS: CheckParams = { lang: 'da', asOf: '2026-11-24' };

interface Host {
  readonly name: string;
  open(): Promise<WorkbookPort>;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

const hosts: Host[] = [
  {
    name: 'xlsx (ExcelJS)',
    open: async () => XlsxWorkbook.open(await writeSample(dir, `sample-${Math.random()}.xlsx`)),
  },
  { name: 'Excel (Office.js fake)', open: async () => new OfficeWorkbook(new FakeExcel(SAMPLE_SHEETS).run) },
];

/** Values as Fordel sees them, sheet by sheet, for comparing hosts. */
function valuesOf(snapshot: WorkbookSnapshot, sheet: string, a1s: string[]): RawValue[] {
  const grid = snapshot.sheets.find((s) => s.name === sheet)!;
  return a1s.map((ref) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return cellAt(grid, Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
  });
}

async function scenario(host: Host) {
  const port = await host.open();
  const before = await port.read();
  const result = checkWorkbook(before, PARAMS);
  const override = { sheet: 'Fordeling', range: 'A38:C42', kind: 'ignore' as const };
  const plan: WritePlan = {
    ...result.plan,
    blocks: [
      ...result.plan.blocks,
      { sheet: 'Resultatmål', top: 20, left: 0, values: [['=1+1', '@x', '-5 kr.']] },
    ],
    settings: { ...result.plan.settings, overrides: [override] },
  };
  const report = await port.write(plan);
  const after = await port.read();
  const second = checkWorkbook(after, PARAMS);
  return { before, result, report, after, second };
}

describe.each(hosts)('the workbook interface on $name', (host) => {
  it('reads the sample the way the sample was written', async () => {
    const snap = await (await host.open()).read();
    expect(snap.sheets.map((s) => s.name)).toEqual(SAMPLE_SHEETS.map((s) => s.name));
    expect(valuesOf(snap, 'Kulturaftale', ['A4', 'D4', 'F4'])).toEqual([
      'Kulturregionens egenfinansiering',
      1_400_000,
      6_000_000,
    ]);
    expect(snap.settings).toBeNull();
  });

  it('writes the plan, keeps the text literal, and reads back its own settings and columns', async () => {
    const { result, report, after, second } = await scenario(host);
    expect(report.written).toBe(true);
    expect(valuesOf(after, 'Resultatmål', ['A21', 'B21', 'C21'])).toEqual(['=1+1', '@x', '-5 kr.']);
    expect(after.settings?.overrides).toEqual([{ sheet: 'Fordeling', range: 'A38:C42', kind: 'ignore' }]);
    expect(after.sheetNames).toContain('Fordel-fund');
    // The second run no longer sees the ignored table and reads Fordel's columns as its own.
    expect(second.tables.length).toBe(result.tables.length - 1);
    expect(second.refusals).toEqual([]);
  });
});

describe('both hosts', () => {
  it('give the same tables, findings and write plans', async () => {
    const [a, b] = await Promise.all(hosts.map(scenario));
    expect(b.result.tables).toEqual(a.result.tables);
    expect(b.result.findings).toEqual(a.result.findings);
    expect(b.result.plan.blocks).toEqual(a.result.plan.blocks);
    expect(b.second.findings).toEqual(a.second.findings);
    // Saved fills and widths are what each host saw before painting and widening; compared by their own tests.
    expect(withoutHostRecords(b.after.settings)).toEqual(withoutHostRecords(a.after.settings));
  });
});

function withoutHostRecords(
  settings: FordelSettings | null,
): Omit<FordelSettings, 'fills' | 'widths'> | null {
  if (!settings) return null;
  const { fills: _fills, widths: _widths, ...rest } = settings;
  return rest;
}
