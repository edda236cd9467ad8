import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { findTables } from '../../../src/core/reader/find-tables';
import { applyOverride, layoutToOverride } from '../../../src/core/reader/overrides';
import type { ApportionmentLayout, KpiLayout, LayoutOverride } from '../../../src/core/tables/layout';
import { EU_OFFICE, hovedstadenSplit, KPI_LIST, TABEL_B } from './fixtures';

describe('overrides', () => {
  it('changes the kind of a range: a co-financing-looking table read as a split', () => {
    const rows: RawValue[][] = [
      ['Bidragyder', '2025', '2026'],
      ['Aalborg Universitet', 100, 100],
      ['Region Nordjylland', 200, 200],
      ['I alt', 300, 300],
    ];
    const grid = gridFromRows('Ark', rows);
    expect(findTables([grid]).tables.map((t) => t.kind)).toEqual(['cofinancing']);
    const override: LayoutOverride = {
      sheet: 'Ark',
      range: 'A1:C4',
      kind: 'apportionment',
      columns: { party: 'A', key: 'B', amount: '2026' },
    };
    const { tables, findings } = findTables([grid], [override]);
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'apportionment',
      source: 'override',
      id: 'Ark!A1',
      range: { top: 0, left: 0, bottom: 3, right: 2 },
      partyCol: 0,
      keyCol: 1,
      amountCol: 2,
      dataRows: [1, 2],
      totalRow: 3,
    });
  });

  it('ignores a range: the table there is dropped, others stay', () => {
    const grid = gridFromRows('Ark', [...TABEL_B, [], ...EU_OFFICE]);
    const all = findTables([grid]).tables;
    expect(all.map((t) => t.id)).toEqual(['Ark!A2', 'Ark!A8']);
    const { tables, findings } = findTables([grid], [{ sheet: 'Ark', range: 'A7:C12', kind: 'ignore' }]);
    expect(findings).toEqual([]);
    expect(tables.map((t) => t.id)).toEqual(['Ark!A2']);
    // An override for another sheet changes nothing here.
    expect(findTables([grid], [{ sheet: 'Andet', range: 'A1:F5', kind: 'ignore' }]).tables).toHaveLength(2);
  });

  it('silences a not-understood finding when the range is ignored', () => {
    const grid = gridFromRows('D', [
      ['Bil', 'Farve', 'Km'],
      ['Toyota', 'Rød', 1],
      ['Skoda', 'Blå', 2],
    ]);
    expect(findTables([grid]).findings).toHaveLength(1);
    expect(findTables([grid], [{ sheet: 'D', range: 'A1:C3', kind: 'ignore' }]).findings).toEqual([]);
  });

  it('applies column roles given by header text and a fixed total row', () => {
    const grid = gridFromRows('Fordeling', hovedstadenSplit());
    const result = applyOverride(grid, {
      sheet: 'Fordeling',
      range: 'A2:C31',
      kind: 'apportionment',
      columns: { party: 'Kommune', key: 'Andel indbyggere i pct.', amount: 'Beløb finansiering (kr.)' },
      totalRow: null,
    }) as ApportionmentLayout;
    expect(result).toMatchObject({
      partyCol: 0,
      keyCol: 1,
      keyKind: 'percent',
      amountCol: 2,
      totalRow: null,
    });
    expect(result.dataRows).toHaveLength(29);
    expect(result.range).toEqual({ top: 1, left: 0, bottom: 30, right: 2 });
  });

  it('round-trips every detected table through layoutToOverride', () => {
    const grid = gridFromRows('Alt', [...TABEL_B, [], ...hovedstadenSplit(), [], ...KPI_LIST]);
    const { tables } = findTables([grid]);
    expect(tables.map((t) => t.kind)).toEqual(['cofinancing', 'apportionment', 'kpi']);
    for (const t of tables) {
      const back = applyOverride(grid, layoutToOverride(t));
      // The same reading; only the reasons change, since the user's correction now says it.
      const { because: _was, ...read } = t;
      const { because: _now, ...again } = back as typeof t;
      expect(again).toEqual({ ...read, source: 'override' });
    }
  });

  it('stores roles as column letters', () => {
    const grid = gridFromRows('KPI', KPI_LIST);
    const kpi = findTables([grid]).tables[0] as KpiLayout;
    expect(layoutToOverride(kpi)).toEqual({
      sheet: 'KPI',
      range: 'A2:G5',
      kind: 'kpi',
      headerRow: 1,
      columns: {
        target: 'A',
        unit: 'B',
        baseline: 'C',
        targetValue: 'D',
        actual: 'E',
        deadline: 'F',
        method: 'G',
      },
    });
    const cof = findTables([gridFromRows('B', TABEL_B)]).tables[0];
    expect(layoutToOverride(cof)).toEqual({
      sheet: 'B',
      range: 'A2:F5',
      kind: 'cofinancing',
      headerRow: 1,
      totalRow: 4,
      columns: { label: 'A', periods: 'B,C,D,E', total: 'F' },
    });
  });

  it('reports a broken correction and keeps Fordel’s own reading', () => {
    const grid = gridFromRows('B', TABEL_B);
    const bad = applyOverride(grid, { sheet: 'B', range: 'not a range', kind: 'kpi' });
    expect(bad).toMatchObject({ rule: 'table-not-understood', sheet: 'B' });
    const outside = applyOverride(grid, { sheet: 'B', range: 'Z100:Z200', kind: 'kpi' });
    expect(outside).toMatchObject({ rule: 'table-not-understood', cell: 'Z100:Z200' });
    const stale = {
      sheet: 'B',
      range: 'A2:F5',
      kind: 'cofinancing',
      columns: { total: 'Sum i alt' },
    } as const;
    const { tables, findings } = findTables([grid], [stale]);
    expect(tables.map((t) => t.source)).toEqual(['detected']);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['table-not-understood', 'A2:F5']]);
    expect(findings[0].message.da).toContain('Sum i alt');
  });

  it('forces a KPI reading of a range with no KPI headers', () => {
    const grid = gridFromRows('K', [
      ['Indsats', 'Værdi'],
      ['Vejledninger', 1500],
      ['Arrangementer', 20],
    ]);
    const t = applyOverride(grid, { sheet: 'K', range: 'A1:B3', kind: 'kpi' }) as KpiLayout;
    expect(t).toMatchObject({
      kind: 'kpi',
      headerRow: 0,
      dataRows: [1, 2],
      columns: { target: 0, targetValue: 1 },
    });
  });
});
