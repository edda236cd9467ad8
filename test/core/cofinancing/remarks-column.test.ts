/**
 * A column of remarks beside the amounts ("Bemærkning": "Foreløbig") is no source and does not hide the table:
 * with the years down the rows, as with the years across, the table is read and checked.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import type { CofinancingLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('a remarks column beside a table with the years down the rows', () => {
  const rows = (own2026: number): RawValue[][] => [
    ['Finansiering af Naturcenter Vest (kr.)'],
    ['År', 'Egenfinansiering', 'Statslig medfinansiering', 'I alt', 'Bemærkning'],
    [2025, 750_000, 750_000, 1_500_000, null],
    [2026, own2026, 750_000, 1_500_000, 'Foreløbig'],
    [2027, 750_000, 750_000, 1_500_000, null],
    ['I alt', 2_250_000, 2_250_000, 4_500_000, null],
  ];

  it('is read with its sources and checked', () => {
    const r = run(rows(750_000));
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0] as CofinancingLayout;
    expect(t.orientation).toBe('rows');
    expect(t.sourceRows.map((s) => s.label)).toEqual(['Egenfinansiering', 'Statslig medfinansiering']);
    expect(r.findings).toEqual([]);
  });

  it('finds a total that does not add up', () => {
    const r = run(rows(700_000));
    expect(r.findings.filter((f) => f.rule === 'total-mismatch').map((f) => f.cell)).toEqual(
      expect.arrayContaining(['D4']),
    );
  });
});
