/**
 * A correction can mark subtotal rows, breakdown rows and a split's stated total, which the findings ask
 * the user to correct; the check then reads the table with them, and a list left empty undoes the reader's.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { emptySettings } from '../../../src/core/output/plan';
import { layoutToOverride } from '../../../src/core/reader/overrides';
import type { LayoutOverride } from '../../../src/core/tables/layout';

const params = { lang: 'da' as const, asOf: '2026-06-30', unit: 100n, total: null, minOwnShare: decimal(50) };

function check(rows: RawValue[][], override?: Omit<LayoutOverride, 'sheet'>) {
  const settings = { ...emptySettings(), overrides: override ? [{ sheet: 'Ark1', ...override }] : [] };
  return checkWorkbook({ sheets: [gridFromRows('Ark1', rows)], sheetNames: ['Ark1'], settings }, params);
}

const errors = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.severity === 'error');

describe('rows marked in a correction', () => {
  const cofinancing: RawValue[][] = [
    ['Kilde', 2025, 2026, 'I alt'],
    ['Egenfinansiering', 600, 600, 1200],
    ['Kontant', 200, 200, 400],
    ['Statslige midler', 400, 400, 800],
    ['I alt', 1000, 1000, 2000],
  ];

  it('a breakdown row the reader took for a source stops counting twice', () => {
    expect(errors(check(cofinancing)).map((f) => f.rule)).toContain('total-mismatch');
    const r = check(cofinancing, { range: 'A1:D5', kind: 'cofinancing', breakdownRows: [2] });
    expect(errors(r)).toEqual([]);
    expect(r.tables[0]).toMatchObject({ breakdownRows: [{ row: 2, parent: 1 }] });
    const role = r.readings![0].decisions.find((d) => d.role === 'breakdown-rows');
    expect(role).toMatchObject({ cells: 'A3' });
  });

  it('a subtotal of some sources sums the rows just above it that add up to it', () => {
    const rows: RawValue[][] = [
      ['Kilde', 2025, 'I alt'],
      ['Egenfinansiering', 600, 600],
      ['Statslige midler', 300, 300],
      ['EU', 100, 100],
      ['Offentlige', 400, 400],
      ['I alt', 1000, 1000],
    ];
    expect(errors(check(rows)).length).toBeGreaterThan(0);
    const r = check(rows, { range: 'A1:C6', kind: 'cofinancing', subtotalRows: [4] });
    expect(r.tables[0]).toMatchObject({ subtotalRows: [{ row: 4, parts: [2, 3] }] });
    expect(errors(r)).toEqual([]);
    expect(r.readings![0].decisions.some((d) => d.role === 'subtotal-rows' && d.cells === 'A5')).toBe(true);
  });

  const split: RawValue[][] = [
    ['Kommune', 'Indbyggere', 'Beløb'],
    ['Albertslund', 100, 300000],
    ['Ballerup', 200, 600000],
    ['Vestegnen', 300, 900000],
    ['Dragør', 300, 900000],
    ['I alt', 600, 1800000],
  ];

  it('an empty list makes the reader’s subtotal a party again', () => {
    const read = check(split);
    expect(read.tables[0]).toMatchObject({ subtotalRows: [{ row: 3, parts: [1, 2] }] });
    expect(errors(read)).toEqual([]);
    // The correction as the pane starts it keeps the subtotal.
    const start = layoutToOverride(read.tables[0]);
    expect(start.subtotalRows).toEqual([3]);
    expect(errors(check(split, start))).toEqual([]);
    const unmarked = check(split, { ...start, subtotalRows: [] });
    expect(unmarked.tables[0]).toMatchObject({ dataRows: [1, 2, 3, 4] });
    expect(errors(unmarked).map((f) => f.rule)).toContain('split-unallocated');
  });

  it('a split is checked against the total the user states', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Beløb'],
      ['Albertslund', 100, 300000],
      ['Ballerup', 200, 500000],
    ];
    const plain = check(rows);
    expect(plain.findings.filter((f) => f.rule === 'split-unallocated')).toEqual([]);
    const r = check(rows, { range: 'A1:C3', kind: 'apportionment', statedTotal: '900000' });
    expect(r.tables[0]).toMatchObject({ statedTotal: { kind: 'total', oere: 90_000_000n } });
    expect(r.findings.map((f) => f.rule)).toContain('split-mismatch');
    const role = r.readings![0].decisions.find((d) => d.role === 'stated-total');
    expect(role?.because.da).toMatch(/900\.000\skr\./);
    // Not a number: ignored, as if the user had typed nothing.
    expect(
      check(rows, { range: 'A1:C3', kind: 'apportionment', statedTotal: 'ni' }).tables[0],
    ).not.toHaveProperty('statedTotal');
  });

  // The periods down the rows: the sources are columns, and so are the marks (sheet columns).
  const byYear: RawValue[][] = [
    ['År', 'Egenfinansiering', 'Kontant', 'Statslige midler', 'I alt'],
    [2025, 600, 200, 400, 1000],
    [2026, 600, 200, 400, 1000],
    ['I alt', 1200, 400, 800, 2000],
  ];

  it('with the periods down the rows, a breakdown column stops counting twice', () => {
    const read = check(byYear);
    expect(read.tables[0]).toMatchObject({ orientation: 'rows' });
    expect(errors(read).map((f) => f.rule)).toContain('total-mismatch');
    const start = layoutToOverride(read.tables[0]);
    const r = check(byYear, { ...start, breakdownRows: [2] });
    expect(r.tables[0]).toMatchObject({ orientation: 'rows', breakdownRows: [{ row: 2, parent: 1 }] });
    expect(errors(r)).toEqual([]);
    expect(r.readings![0].decisions.find((d) => d.role === 'breakdown-rows')).toMatchObject({ cells: 'C1' });
    // The total of the years is a row, the total of the sources a column, as the user sees them.
    expect(r.readings![0].decisions.find((d) => d.role === 'total-row')).toMatchObject({ cells: 'A4' });
    expect(r.readings![0].decisions.find((d) => d.role === 'total-col')).toMatchObject({ cells: 'E1' });
    // The correction as the pane starts it from that reading keeps the marked column.
    expect(layoutToOverride(r.tables[0]).breakdownRows).toEqual([2]);
  });

  it('with the periods down the rows, a subtotal column sums the columns before it', () => {
    const rows: RawValue[][] = [
      ['År', 'Egenfinansiering', 'Statslige midler', 'EU', 'Offentlige', 'I alt'],
      [2025, 600, 300, 100, 400, 1000],
      [2026, 600, 300, 100, 400, 1000],
    ];
    const start = layoutToOverride(check(rows).tables[0]);
    expect(start.orientation).toBe('rows');
    const r = check(rows, { ...start, subtotalRows: [4] });
    expect(r.tables[0]).toMatchObject({ subtotalRows: [{ row: 4, parts: [2, 3] }] });
    expect(errors(r)).toEqual([]);
    // The reading names the marked column by its heading, and the "I alt" column as the total column.
    const roles = r.readings![0].decisions.map((d) => [d.role, d.cells]);
    expect(roles).toContainEqual(['subtotal-rows', 'E1']);
    expect(roles).toContainEqual(['total-col', 'F1']);
  });

  it('with the periods down the rows, a correction started from the reading keeps the breakdown it found', () => {
    const rows: RawValue[][] = [
      ['År', 'Egenfinansiering', 'heraf kontant', 'Statslige midler', 'I alt'],
      [2025, 600, 200, 400, 1000],
      [2026, 600, 200, 400, 1000],
    ];
    const read = check(rows);
    expect(read.tables[0]).toMatchObject({ breakdownRows: [{ row: 2, parent: 1 }] });
    const start = layoutToOverride(read.tables[0]);
    expect(start.columns?.sources).toBe('B,C,D');
    // Say the unit, leave the rest: the breakdown stays a breakdown.
    const r = check(rows, { ...start, amountScale: 1000 });
    expect(r.tables[0]).toMatchObject({ breakdownRows: [{ row: 2, parent: 1 }], amountScale: 1000 });
    expect(errors(r)).toEqual([]);
  });
});
