import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { PARAMS, sheet, snapshot, splitRows, tabelB } from './fixtures';

const at = (findings: readonly { rule: string; cell: string }[], rule: string) =>
  findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe('checkWorkbook on the culture agreement', () => {
  it('finds Tabel B clean as published', () => {
    const result = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB())]), PARAMS);
    expect(result.tables.map((t) => [t.kind, t.sheet])).toEqual([['cofinancing', 'Kulturaftale']]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('catches own financing of 1.400.000 in 2023 at the right cells', () => {
    const result = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB(1_400_000))]), PARAMS);
    expect(at(result.findings, 'cofinancing-below-minimum')).toContain('D4');
    expect(at(result.findings, 'total-mismatch')).toEqual(expect.arrayContaining(['F4', 'D6']));
    const ownRow = result.findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'F4');
    expect(ownRow?.expected).toBe('5900000');
    expect(ownRow?.actual).toBe('6000000');
  });

  it('reads amounts typed as Danish text, and reports text it cannot read on its cell', () => {
    const rows = tabelB('1.500.000');
    rows[4][2] = 'halvanden mio';
    const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
    expect(at(result.findings, 'not-a-number')).toEqual(['C5']);
    expect(at(result.findings, 'total-mismatch')).toEqual([]);
  });

  it('writes a status column right of the table, headed as Fordel', () => {
    const result = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB(1_400_000))]), PARAMS);
    const block = result.plan.blocks.find((b) => b.sheet === 'Kulturaftale');
    expect(block).toMatchObject({ top: 2, left: 6 });
    expect(block?.values.map((r) => r[0])).toEqual(['Fordel: status', 'Fejl', 'OK', 'Fejl']);
  });
});

describe('checkWorkbook on a population split', () => {
  it('reports shares that do not sum to 100 and the unallocated amount', () => {
    const result = checkWorkbook(snapshot([sheet('Fordeling', splitRows())]), PARAMS);
    expect(result.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(result.findings.map((f) => f.rule)).toContain('shares-not-100');
    const block = result.plan.blocks.find((b) => b.sheet === 'Fordeling')!;
    // Exact amounts in the rounding unit (1 kr.) sum to the stated total of 99.900 kr.
    const expected = block.values.slice(1, 4).map((r) => r[1] as number);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(99_900);
  });

  it('lists every finding on the findings sheet with a link to its cell', () => {
    const result = checkWorkbook(snapshot([sheet('Fordeling', splitRows())]), PARAMS);
    const fund = result.plan.sheets.find((s) => s.name === 'Fordel-fund')!;
    // One row per item, and under a diagnosis or group one row per finding it stands for.
    const grouped = result.items!.filter((it) => it.kind !== 'finding').reduce((n, it) => n + it.count, 0);
    const blank = fund.values.findIndex((r, i) => i > 1 && r.length === 0);
    expect(blank).toBe(2 + result.items!.length + grouped);
    expect(fund.values[2][4]).toMatchObject({ link: expect.stringMatching(/^Fordeling!/) });
    const linked = fund.values.slice(2, blank).map((r) => (r[4] as { text: string } | null)?.text);
    for (const f of result.findings) expect(linked).toContain(f.cell);
    // Then, after the blank row, how each table was read.
    expect(fund.values.slice(blank + 1).map((r) => r[1])).toContain('total-row');
  });

  it('writes validated copies on request, with totals recomputed', () => {
    const result = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB(1_400_000))]), {
      ...PARAMS,
      validated: true,
    });
    const copy = result.plan.sheets.find((s) => s.name.startsWith('medfinansiering'))!;
    expect(copy).toBeDefined();
    const total = copy.values.find((r) => r[0] === 'I alt')!;
    expect(total.slice(1, 6)).toEqual([3_000_000, 3_000_000, 2_900_000, 3_000_000, 11_900_000]);
    // Wide enough for the label column and "11.900.000".
    expect(copy.columnWidths![0]).toBeGreaterThanOrEqual('Kulturregionens egenfinansiering'.length);
    expect(copy.columnWidths![5]).toBeGreaterThanOrEqual(10);
  });
});
