import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import { findTables } from '../../../src/core/reader/find-tables';
import type { ApportionmentLayout, CofinancingLayout, KpiLayout } from '../../../src/core/tables/layout';
import { EU_OFFICE, hovedstadenSplit, KPI_LIST, STATE_BY_AREA, TABEL_B } from './fixtures';

const years = (cols: number[], labels = ['2021', '2022', '2023', '2024']) =>
  cols.map((col, i) => ({ col, label: labels[i] }));

function only<T>(grid: SheetGrid): T {
  const { tables, findings } = findTables([grid]);
  expect(findings).toEqual([]);
  expect(tables).toHaveLength(1);
  return tables[0] as T;
}

describe('findTables: co-financing', () => {
  it('reads Tabel B with its title, years as numbers, "Alt i alt" and the total row', () => {
    const t = only<CofinancingLayout>(gridFromRows('Kulturaftale', TABEL_B));
    expect(t).toEqual({
      kind: 'cofinancing',
      id: 'Kulturaftale!A2',
      sheet: 'Kulturaftale',
      source: 'detected',
      title: 'Tabel B: Samlet finansiering af indsatsområderne (2020-tal)',
      priceLevel: '2020-tal',
      range: { top: 1, left: 0, bottom: 4, right: 5 },
      headerRow: 1,
      labelCol: 0,
      periodCols: years([1, 2, 3, 4]),
      totalCol: 5,
      sourceRows: [
        { row: 2, label: 'Kulturregionens egenfinansiering', type: 'own' },
        { row: 3, label: 'Statens medfinansiering fra Puljen til kultur i hele landet', type: 'state' },
      ],
      totalRow: 4,
      // The pool named in a source line brings its minimum own share: 50 %.
      statedRules: {
        minOwnShare: { digits: 50n, scale: 0 },
        words: '',
        scheme: { name: 'Puljen til kultur i hele landet', named: 'Puljen til kultur i hele landet' },
      },
    });
  });

  it('reads a focus-area breakdown with years and amounts as text', () => {
    const t = only<CofinancingLayout>(gridFromRows('Bevilling', STATE_BY_AREA));
    expect(t.range).toEqual({ top: 1, left: 0, bottom: 5, right: 5 });
    expect(t.title).toBe('Årlig statslig bevilling');
    expect(t.periodCols).toEqual(years([1, 2, 3, 4]));
    expect(t.totalCol).toBe(5);
    expect(t.totalRow).toBe(5);
    expect(t.sourceRows.map((r) => [r.row, r.type])).toEqual([
      [2, 'area'],
      [3, 'area'],
      [4, 'area'],
    ]);
  });

  it('finds two tables on one sheet separated by a blank row, each with its own title', () => {
    const grid = gridFromRows('Aftale', [
      ...TABEL_B,
      [],
      ...STATE_BY_AREA,
      ['Note: alle beløb i 2020-priser'],
    ]);
    const { tables, findings } = findTables([grid]);
    expect(findings).toEqual([]);
    expect(tables.map((t) => [t.id, t.range, t.title])).toEqual([
      ['Aftale!A2', { top: 1, left: 0, bottom: 4, right: 5 }, TABEL_B[0][0]],
      ['Aftale!A8', { top: 7, left: 0, bottom: 11, right: 5 }, 'Årlig statslig bevilling'],
    ]);
    expect(tables[1].priceLevel).toBe('2020-priser');
    expect((tables[1] as CofinancingLayout).sourceRows.map((r) => r.row)).toEqual([8, 9, 10]);
  });

  it('keeps a title separated by a blank line and finds a table away from A1', () => {
    const rows: RawValue[][] = [
      [null, null, 'Tabel C: Finansiering, oktober 2024-niveau'],
      [],
      [null, null, 'Kilde', 'År 1', 'År 2', 'Total'],
      [null, null, 'Egen finansiering', 100, 100, 200],
      [null, null, 'EU (Interreg)', 100, 100, 200],
      [null, null, 'Total', 200, 200, 400],
    ];
    const t = only<CofinancingLayout>(gridFromRows('Ark1', rows));
    expect(t.id).toBe('Ark1!C3');
    expect(t.title).toBe('Tabel C: Finansiering, oktober 2024-niveau');
    expect(t.priceLevel).toBe('oktober 2024-niveau');
    expect(t.labelCol).toBe(2);
    expect(t.periodCols).toEqual([
      { col: 3, label: 'År 1' },
      { col: 4, label: 'År 2' },
    ]);
    expect(t.totalCol).toBe(5);
    expect(t.sourceRows.map((r) => r.type)).toEqual(['own', 'eu']);
  });

  it('reads English headers and a grid that starts below A1', () => {
    const rows: RawValue[][] = [
      ['Source of funding', '2025', '2026', 'Total'],
      ['Own funding', 10, 10, 20],
      ['State grant', 10, 10, 20],
      ['Grand total', 20, 20, 40],
    ];
    const t = only<CofinancingLayout>(gridFromRows('Budget', rows, { row: 4, col: 1 }));
    expect(t.id).toBe('Budget!B5');
    expect(t.range).toEqual({ top: 4, left: 1, bottom: 7, right: 4 });
    expect(t.labelCol).toBe(1);
    expect(t.sourceRows.map((r) => [r.row, r.type])).toEqual([
      [5, 'own'],
      [6, 'state'],
    ]);
    expect(t.totalRow).toBe(7);
  });

  it('puts a total row after a blank line out of the table, without a total', () => {
    const rows: RawValue[][] = [
      [null, 2021, 2022],
      ['Egenfinansiering', 5, 5],
      ['Statens tilskud', 5, 5],
    ];
    const t = only<CofinancingLayout>(gridFromRows('A', rows));
    expect(t.totalRow).toBeNull();
    expect(t.totalCol).toBeNull();
    expect(t.title).toBeUndefined();
  });
});

describe('findTables: apportionment', () => {
  it('reads the 29-municipality split with a "Region Hovedstaden" total row', () => {
    const t = only<ApportionmentLayout>(gridFromRows('Fordeling', hovedstadenSplit()));
    expect(t).toMatchObject({
      kind: 'apportionment',
      id: 'Fordeling!A2',
      range: { top: 1, left: 0, bottom: 31, right: 2 },
      headerRow: 1,
      partyCol: 0,
      keyCol: 1,
      keyKind: 'percent',
      shareCol: null,
      amountCol: 2,
      totalRow: 31,
      title: 'Fordeling af kommunernes bidrag efter indbyggertal',
    });
    expect(t.dataRows).toEqual(Array.from({ length: 29 }, (_, i) => i + 2));
  });

  it('reads the EU office key 20/41/39 with an "I alt" row and a price level', () => {
    const t = only<ApportionmentLayout>(gridFromRows('EU-kontor', EU_OFFICE));
    expect(t).toMatchObject({
      partyCol: 0,
      keyCol: 1,
      keyKind: 'percent',
      amountCol: 2,
      dataRows: [2, 3, 4],
      totalRow: 5,
      priceLevel: 'PL 2025',
    });
  });

  it('uses population as key and percent as share when both are shown', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Andel', 'Bidrag (kr.)'],
      ['Gentofte', 75000, 50, 500],
      ['Gladsaxe', 70000, 46.7, 467],
      ['Dragør', 5000, 3.3, 33],
      ['I alt', 150000, 100, 1000],
    ];
    const t = only<ApportionmentLayout>(gridFromRows('A', rows));
    expect([t.partyCol, t.keyCol, t.keyKind, t.shareCol, t.amountCol, t.totalRow]).toEqual([
      0,
      1,
      'population',
      2,
      3,
      4,
    ]);
  });

  it('does not take a region that is a party for a total', () => {
    const rows: RawValue[][] = [
      ['Region', 'Andel i pct.'],
      ['Region Nordjylland', 10],
      ['Region Midtjylland', 23],
      ['Region Syddanmark', 21],
      ['Region Hovedstaden', 32],
      ['Region Sjælland', 14],
    ];
    const t = only<ApportionmentLayout>(gridFromRows('A', rows));
    expect(t.totalRow).toBeNull();
    expect(t.dataRows).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads ASCII spellings and English headers', () => {
    const ascii: RawValue[][] = [
      ['KOMMUNE:', 'Fordelingsnoegle', 'Beloeb'],
      ['Hoeje-Taastrup', 60, 600],
      ['Ishoej', 40, 400],
      ['I ALT', 100, 1000],
    ];
    expect(only<ApportionmentLayout>(gridFromRows('A', ascii))).toMatchObject({
      partyCol: 0,
      keyCol: 1,
      keyKind: 'percent',
      amountCol: 2,
      totalRow: 3,
    });
    const english: RawValue[][] = [
      ['Municipality', 'Population', 'Amount (DKK)'],
      ['Aarhus', 367000, 700],
      ['Odder', 23000, 300],
      ['Total', 390000, 1000],
    ];
    expect(only<ApportionmentLayout>(gridFromRows('B', english))).toMatchObject({
      partyCol: 0,
      keyCol: 1,
      keyKind: 'population',
      amountCol: 2,
      totalRow: 3,
    });
  });

  it('recognises a split by its party names when the party column has no header', () => {
    const rows: RawValue[][] = [
      [null, 'Beløb'],
      ['Aalborg', 100],
      ['Hjørring', 50],
      ['Frederikshavn', 40],
    ];
    const t = only<ApportionmentLayout>(gridFromRows('A', rows));
    expect([t.partyCol, t.keyCol, t.amountCol, t.dataRows]).toEqual([0, null, 1, [1, 2, 3]]);
  });
});

describe('findTables: KPI lists', () => {
  it('reads a target list with its roles', () => {
    const t = only<KpiLayout>(gridFromRows('Mål', KPI_LIST));
    expect(t).toMatchObject({
      kind: 'kpi',
      id: 'Mål!A2',
      range: { top: 1, left: 0, bottom: 4, right: 6 },
      headerRow: 1,
      title: 'Resultatmål for erhvervshuset 2026',
      dataRows: [2, 3, 4],
    });
    expect(t.columns).toEqual({
      target: 0,
      unit: 1,
      baseline: 2,
      targetValue: 3,
      actual: 4,
      deadline: 5,
      method: 6,
    });
  });

  it('reads a bare "Mål" column as the name when a value column exists, and a Basisår column', () => {
    const rows: RawValue[][] = [
      ['Mål', 'Basisår', 'Udgangspunkt', 'Mål (antal)', 'Status', 'Retning', 'Type', 'Kontrolgruppe'],
      ['CO2-udledning', 2020, 100, 80, 90, 'lavere er bedre', 'ændring', null],
      ['Omsætningsvækst', 2021, 2, 10, 5, 'højere er bedre', 'procentpoint', 'Kontrolgruppe A'],
    ];
    const t = only<KpiLayout>(gridFromRows('KPI', rows));
    expect(t.columns).toEqual({
      target: 0,
      baselineYear: 1,
      baseline: 2,
      targetValue: 3,
      actual: 4,
      direction: 5,
      type: 6,
      control: 7,
    });
  });

  it('reads English KPI headers', () => {
    const rows: RawValue[][] = [
      ['KPI', 'Unit', 'Baseline', 'Target', 'Actual', 'Deadline', 'Method'],
      ['Awareness', '%', 42, 50, 46, '2026-12-31', 'Survey'],
    ];
    expect(only<KpiLayout>(gridFromRows('KPI', rows)).columns).toEqual({
      target: 0,
      unit: 1,
      baseline: 2,
      targetValue: 3,
      actual: 4,
      deadline: 5,
      method: 6,
    });
  });
});

describe('findTables: sheets and edge cases', () => {
  it('finds tables across sheets and skips Fordel’s own settings sheet', () => {
    const { tables } = findTables([
      gridFromRows('B', TABEL_B),
      gridFromRows('Fordel-indstillinger', [['Fordel settings v1 - do not edit'], ['{}']]),
      gridFromRows('C', EU_OFFICE),
    ]);
    expect(tables.map((t) => `${t.id} ${t.kind}`)).toEqual(['B!A2 cofinancing', 'C!A2 apportionment']);
  });

  it('finds tables side by side, split by a blank column', () => {
    const rows: RawValue[][] = TABEL_B.map((r, i) => [
      ...r,
      ...Array<RawValue>(6 - r.length).fill(null),
      null,
      ...(EU_OFFICE[i] ?? []),
    ]);
    rows.push([null, null, null, null, null, null, null, ...EU_OFFICE[5]]);
    const { tables, findings } = findTables([gridFromRows('S', rows)]);
    expect(findings).toEqual([]);
    expect(tables.map((t) => [t.id, t.kind, t.range])).toEqual([
      ['S!A2', 'cofinancing', { top: 1, left: 0, bottom: 4, right: 5 }],
      ['S!H2', 'apportionment', { top: 1, left: 7, bottom: 5, right: 9 }],
    ]);
  });

  it('returns nothing for a blank sheet, an empty grid and a sheet with only a title', () => {
    expect(findTables([gridFromRows('Tom', [])])).toEqual({ tables: [], findings: [] });
    expect(
      findTables([
        gridFromRows('Tom', [
          [null, ''],
          ['  ', null],
        ]),
      ]),
    ).toEqual({ tables: [], findings: [] });
    expect(
      findTables([gridFromRows('Titel', [['Kulturaftale 2021-2024'], [], ['Udarbejdet af økonomi']])]),
    ).toEqual({
      tables: [],
      findings: [],
    });
  });

  it('reports a range that looks like a table but fits no kind, and not stray cells', () => {
    const rows: RawValue[][] = [
      ['Bil', 'Farve', 'Km'],
      ['Toyota', 'Rød', 12000],
      ['Skoda', 'Blå', 8000],
      [],
      [null, null, null, 'løs note', 7],
    ];
    const { tables, findings } = findTables([gridFromRows('Diverse', rows)]);
    expect(tables).toEqual([]);
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ['table-not-understood', 'info', 'Diverse', 'A1:C3'],
    ]);
    expect(findings[0].message.da).toContain('A1:C3');
    expect(findings[0].message.en).toContain('A1:C3');
  });

  it('warns about hidden rows inside a table', () => {
    const grid = { ...gridFromRows('Skjult', TABEL_B), hiddenRows: [0, 3] };
    const { tables, findings } = findTables([grid]);
    expect(tables).toHaveLength(1);
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.related])).toEqual([
      ['hidden-or-filtered', 'warning', 'A2:F5', ['A4']],
    ]);
  });

  it('says nothing of a hidden helper line that holds no figure, name or formula', () => {
    // Periods down the rows, a hidden spacer row under the header with a note only beside the figures.
    const rows: RawValue[][] = [
      ['Finansieringsplan'],
      ['Finansiering', 'Egenfinansiering', 'Fondsmidler', 'I alt'],
      [null, 'tjekket', 'tjekket', null],
      ['2024', 100000, 30000, 130000],
      ['I alt', 100000, 30000, 130000],
    ];
    const { tables, findings } = findTables([{ ...gridFromRows('Hjælper', rows), hiddenRows: [2] }]);
    expect(tables).toHaveLength(1);
    expect(findings).toEqual([]);
    // A hidden line with a figure in it is still counted unseen, and said.
    const withFigure = findTables([{ ...gridFromRows('Hjælper', rows), hiddenRows: [3] }]);
    expect(withFigure.findings.map((f) => f.rule)).toEqual(['hidden-or-filtered']);
  });

  it('reads an Excel Table by its range, with shown totals and a filter warning', () => {
    const rows: RawValue[][] = [
      ['Finansiering (2023-priser)'],
      ['Kilde', '2024', '2025', 'Kolonne1'],
      ['Egenfinansiering', 1, 2, null],
      ['Statens pulje', 1, 2, null],
      ['Sum', 2, 4, null],
    ];
    const grid: SheetGrid = {
      ...gridFromRows('Tabeller', rows),
      tables: [
        {
          name: 'Finansiering',
          range: { top: 1, left: 0, bottom: 4, right: 3 },
          showTotals: true,
          filtered: true,
        },
      ],
    };
    const { tables, findings } = findTables([grid]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'cofinancing',
      source: 'excel-table',
      excelTable: 'Finansiering',
      id: 'Tabeller!A2',
      range: { top: 1, left: 0, bottom: 4, right: 3 },
      headerRow: 1,
      totalRow: 4,
      title: 'Finansiering (2023-priser)',
      priceLevel: '2023-priser',
    });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['hidden-or-filtered', 'A2:D5']]);
  });

  it('reads an Excel Table over a split laid out across: its header row names the parties', () => {
    const rows: RawValue[][] = [
      ['Fordeling af fælles udgifter'],
      ['Part', 'Kommuner', 'Universiteter', 'I alt'],
      ['Andel (%)', 54, 46, 100],
      ['Beløb (kr.)', 4_158_000, 3_524_000, 7_700_000],
    ];
    const grid: SheetGrid = {
      ...gridFromRows('Tabeller', rows),
      tables: [
        {
          name: 'Tabel1',
          range: { top: 1, left: 0, bottom: 3, right: 3 },
          showTotals: false,
          filtered: false,
        },
      ],
    };
    const { tables, findings } = findTables([grid]);
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'apportionment', orientation: 'across', source: 'excel-table' });
  });

  it('only counts the top-left cell of a merged title, even when a reader copies its value', () => {
    const title = TABEL_B[0][0];
    const rows = [[title, title, title, title, title, title], ...TABEL_B.slice(1)];
    const grid: SheetGrid = {
      ...gridFromRows('Flet', rows),
      merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    };
    const t = only<CofinancingLayout>(grid);
    expect(t.title).toBe(title);
    expect(t.range.top).toBe(1);
  });

  it('never throws on ragged, error-filled or odd grids', () => {
    const odd: SheetGrid[] = [
      { name: 'Ragged', origin: { row: 0, col: 0 }, values: [[1], [null, 'a', 3, 4], [], ['I alt']] },
      gridFromRows(
        'Fejl',
        Array.from({ length: 20 }, () => Array.from({ length: 8 }, () => ({ error: '#REF!' }))),
      ),
      gridFromRows('Blandet', [
        [true, false, NaN, Infinity],
        ['2021', 2022, '', { error: '#N/A' }],
        [null, -0, 1e300, 'x'],
      ]),
      { name: 'Tomme rækker', origin: { row: 3, col: 2 }, values: [] },
    ];
    expect(() => findTables(odd)).not.toThrow();
    expect(findTables(odd).tables).toEqual([]);
  });

  it('reads a 10.000-row split and keeps every data row', () => {
    const rows: RawValue[][] = [['Deltager', 'Andel', 'Beløb']];
    for (let i = 0; i < 10000; i++) rows.push([`Forening ${i + 1}`, 0.01, 100]);
    rows.push(['I alt', 100, 1000000]);
    const t = only<ApportionmentLayout>(gridFromRows('Stor', rows));
    expect(t.dataRows).toHaveLength(10000);
    expect(t.dataRows[9999]).toBe(10000);
    expect(t.totalRow).toBe(10001);
  });
});
