/**
 * Co-financing tables with the periods down the rows and the sources (or focus areas) across, as colleagues
 * type Tabel B and Bilag 4 of the culture agreement (seed 003) into a sheet: found by their structure, read
 * through the same rules as the printed layout, and every finding on the user's own cell.
 */
import { decimal } from '../../../src/core/decimal/decimal';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { SheetCells } from '../../../src/core/reader/cells';
import { findTables } from '../../../src/core/reader/find-tables';
import { applyOverrideTo, layoutToOverride } from '../../../src/core/reader/overrides';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import type { CofinancingLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';
import { tabelBTransposed } from './seed-layouts';

const grid = (rows: RawValue[][]): SheetGrid => gridFromRows('Ark1', rows);
const run = (rows: RawValue[][]): CheckResult => checkWorkbook(snapshot([grid(rows)]), PARAMS);
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== 'info');
const at = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.cell);
const layoutOf = (rows: RawValue[][]) => findTables([grid(rows)]).tables as CofinancingLayout[];

/** Bilag 4's state grant (seed 003) with the years down the rows and the focus areas as columns. */
function bilag4ByYear(musik2023 = 600_000): RawValue[][] {
  return [
    ['Årlig statslig bevilling til indsatsområder 2021-24'],
    ['År', 'Ungeområdet', 'Musikområdet', 'Kultur og sundhedsområdet', 'I alt'],
    [2021, 300_000, 600_000, 600_000, 1_500_000],
    [2022, 300_000, 600_000, 600_000, 1_500_000],
    [2023, 300_000, musik2023, 600_000, 1_500_000],
    [2024, 300_000, 600_000, 600_000, 1_500_000],
    ['I alt', 1_200_000, 2_400_000, 2_400_000, 6_000_000],
  ];
}

/** A project financed per quarter, own money and an EU grant, total first. */
function quarters(eu: number[], euTotal: number): RawValue[][] {
  const own = [120_000, 150_000, 90_000, 140_000];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return [
    ['Kvartal', 'Kommunens egenfinansiering', 'EU-tilskud', 'I alt'],
    ['Alt i alt', sum(own), euTotal, sum(own) + sum(eu)],
    ...own.map((o, i): RawValue[] => [`${i + 1}. kvt. 2026`, o, eu[i], o + eu[i]]),
  ];
}

describe('reading a table whose periods run down the rows', () => {
  it('finds Tabel B with the years as rows and records which way it runs', () => {
    const [t] = layoutOf(tabelBTransposed());
    expect(t.kind).toBe('cofinancing');
    expect(t.orientation).toBe('rows');
    // Period positions are sheet rows 3-6, the sources sheet columns B and C, the "I alt" column D.
    expect(t.periodCols.map((p) => [p.col, p.label])).toEqual([
      [2, '2021'],
      [3, '2022'],
      [4, '2023'],
      [5, '2024'],
    ]);
    expect(t.sourceRows.map((s) => [s.row, s.type])).toEqual([
      [1, 'own'],
      [2, 'state'],
    ]);
    expect(t.totalRow).toBe(3);
    expect(t.totalCol).toBe(6);
    expect(t.periodLabelCol).toBe(0);
    expect(t.labelCol).toBe(1);
    expect(t.range).toEqual({ top: 1, left: 0, bottom: 6, right: 3 });
  });

  it('gives a correct table no error and no warning, and its reading says the periods run down the rows', () => {
    const r = run(tabelBTransposed());
    expect(serious(r)).toEqual([]);
    expect(r.verdicts![0].verdict).toBe('ok');
    const periods = r.readings![0].decisions.find((d) => d.role === 'periods')!;
    expect(periods.cells).toBe('A3:A6');
    expect(periods.because.da).toContain('ned ad rækkerne');
    const totals = r.readings![0].decisions.filter((d) => d.role.startsWith('total'));
    expect(totals.map((d) => d.cells).sort()).toEqual(['A7', 'D2']);
  });

  it('says own financing is short in 2023 at the 2023 cell of the own column, with the share', () => {
    const rows = tabelBTransposed(1_200_000);
    rows[4][3] = 2_700_000;
    rows[6] = ['I alt', 5_700_000, 6_000_000, 11_700_000];
    const r = run(rows);
    const below = r.findings.filter((f) => f.rule === 'cofinancing-below-minimum');
    expect(below.map((f) => [f.cell, f.actual])).toEqual([
      ['B5', '44.4'],
      ['B7', '48.7'],
    ]);
    expect(at(r, 'total-mismatch')).toEqual([]);
    expect(r.verdicts![0].verdict).toBe('errors');
  });

  it('checks each year against its "I alt" cell across the row', () => {
    const rows = tabelBTransposed();
    rows[3][3] = 3_100_000;
    const r = run(rows);
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'D4')!;
    expect([f.expected, f.actual]).toEqual(['3000000', '3100000']);
    expect(f.related).toEqual(['B4:C4']);
  });

  it('checks each source against its total at the bottom of its column', () => {
    const rows = tabelBTransposed();
    rows[6][2] = 6_100_000;
    const r = run(rows);
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'C7')!;
    expect([f.expected, f.actual]).toEqual(['6000000', '6100000']);
    expect(f.related).toEqual(['C3:C6']);
  });

  it('reads Bilag 4 with the focus areas as columns as a breakdown, no own-share rule', () => {
    const [t] = layoutOf(bilag4ByYear());
    expect(t.sourceRows.map((s) => s.type)).toEqual(['area', 'area', 'area']);
    expect(serious(run(bilag4ByYear()))).toEqual([]);
    const r = run(bilag4ByYear(650_000));
    expect(at(r, 'total-mismatch').sort()).toEqual(['C7', 'E5']);
  });

  it('reads quarters as periods, with the total row first', () => {
    const eu = [120_000, 150_000, 90_000, 140_000];
    const [t] = layoutOf(quarters(eu, 500_000));
    expect(t.periodCols.map((p) => p.label)).toEqual([
      '1. kvt. 2026',
      '2. kvt. 2026',
      '3. kvt. 2026',
      '4. kvt. 2026',
    ]);
    expect(t.totalCol).toBe(1);
    expect(serious(run(quarters(eu, 500_000)))).toEqual([]);
    const r = run(quarters(eu, 510_000));
    const f = r.findings.find((x) => x.rule === 'total-mismatch' && x.cell === 'C2')!;
    expect([f.expected, f.actual]).toEqual(['500000', '510000']);
  });

  it('takes a dash as nothing paid that year', () => {
    const r = run([
      ['År', 'Egenfinansiering', 'EU Regionalfonden', 'I alt'],
      [2024, 400_000, '-', 400_000],
      [2025, 400_000, '–', 400_000],
      [2026, 400_000, 300_000, 700_000],
      ['I alt', 1_200_000, 300_000, 1_500_000],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(serious(r)).toEqual([]);
  });

  it('finds an unlabelled total column by its arithmetic', () => {
    const rows: RawValue[][] = [
      ['År', 'Egenfinansiering', 'Statstilskud', null],
      [2025, 600_000, 500_000, 1_100_000],
      [2026, 600_000, 500_000, 1_100_000],
      [2027, 600_000, 500_000, 1_100_000],
    ];
    const [t] = layoutOf(rows);
    expect(t.totalRow).toBe(3);
    expect(t.sourceRows).toHaveLength(2);
    rows[2][3] = 1_000_000;
    // One year off: the column is still the total by the other years' arithmetic, and 2026 is wrong.
    expect(at(run(rows), 'total-mismatch')).toEqual(['D3']);
  });

  it('writes its status beside each year, not beside the sources', () => {
    const rows = tabelBTransposed();
    rows[3][3] = 3_100_000;
    const block = run(rows).plan.blocks[0];
    // Beside the table (column E), from the header row 2 down: 2021 ok, 2022 wrong, ..., the total row ok.
    expect([block.top, block.left]).toEqual([1, 4]);
    expect(block.values.map((v) => v[0])).toEqual(['Fordel: status', 'OK', 'Fejl', 'OK', 'OK', 'OK']);
  });
});

describe('diagnoses speak of columns when the sources run across', () => {
  it('a source column left out of the "I alt" column is named as a column', () => {
    const r = run([
      ['År', 'Egenfinansiering', 'Statstilskud', 'Private fonde', 'I alt'],
      [2021, 1_500_000, 1_000_000, 200_000, 2_500_000],
      [2022, 1_500_000, 1_000_000, 300_000, 2_500_000],
      [2023, 1_500_000, 1_000_000, 400_000, 2_500_000],
      ['I alt', 4_500_000, 3_000_000, 900_000, 7_500_000],
    ]);
    const item = r.items!.find((i) => i.rule === 'row-outside-total')!;
    expect(item.cell).toBe('D1');
    expect(item.message.da).toContain('Totalerne i kolonne E er summen af de andre kolonner uden kolonne D');
    expect(item.message.da).not.toMatch(/række/);
  });
});

describe('what is not a transposed co-financing table', () => {
  it('leaves a yearly list of turnover and staff without totals alone', () => {
    const r = run([
      ['År', 'Omsætning', 'Antal ansatte'],
      [2023, 12_500_000, 41],
      [2024, 13_100_000, 44],
      [2025, 14_000_000, 47],
    ]);
    expect(r.tables.filter((t) => t.kind === 'cofinancing')).toEqual([]);
    expect(serious(r)).toEqual([]);
  });

  it('does not take amounts that happen to lie between 2000 and 2100 for years', () => {
    const rows: RawValue[][] = [
      ['Kilde', 'Egenfinansiering', 'Tilskud', 'I alt'],
      [2050, 2010, 2030, 6090],
      [2040, 2080, 2020, 6140],
    ];
    expect(layoutOf(rows).filter((t) => t.orientation === 'rows')).toEqual([]);
  });

  it('is unsure, with no verdict, when both the header and the first column hold periods', () => {
    const r = run([
      ['Bevilget \\ udbetalt', 2025, 2026, 2027, 'I alt'],
      [2025, 100_000, 200_000, 0, 300_000],
      [2026, 0, 150_000, 150_000, 300_000],
      [2027, 0, 0, 250_000, 250_000],
      ['I alt', 100_000, 350_000, 400_000, 900_000],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(serious(r)).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toEqual(['reading-unsure']);
    expect(r.verdicts![0].verdict).toBe('unsure');
    expect(r.readings![0].unsureBecause[0].da).toMatch(/rækker|kolonner/);
  });
});

describe('a financing table of one period beside its "I alt"', () => {
  const oneYear = (first: string, own: number, state: number): RawValue[][] => [
    ['Ansøgning til puljen'],
    ['Kilde', 2026, 'I alt'],
    [first, own, own],
    ['Tilskud fra puljen', state, state],
    ['I alt', own + state, own + state],
  ];

  it('is read when own money is among the rows, and the own share is checked', () => {
    // The pool's minimum stated in the title: with none stated, a share under half is only an info.
    const rows = oneYear('Egenfinansiering', 450_000, 550_000);
    rows[0] = ['Ansøgning til puljen (egenfinansiering på minimum 50 pct.)'];
    const r = run(rows);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    const below = r.findings.filter((f) => f.rule === 'cofinancing-below-minimum');
    expect(below.map((f) => [f.cell, f.actual])).toEqual([
      ['B3', '45'],
      ['C3', '45'],
    ]);
  });

  it('is left alone when no row is own money: one year of anything is no financing table', () => {
    const r = run(oneYear('Kontorhold', 450_000, 550_000));
    expect(r.tables.filter((t) => t.kind === 'cofinancing')).toEqual([]);
    expect(serious(r)).toEqual([]);
  });
});

describe("the user's corrections of a table with the periods down the rows", () => {
  const cells = () => new SheetCells(grid(tabelBTransposed()));
  const reading = (t: CofinancingLayout) => ({
    orientation: t.orientation,
    periods: t.periodCols.map((p) => p.col),
    sources: t.sourceRows.map((s) => s.row),
    totals: [t.totalRow, t.totalCol],
  });

  it('are stored with real columns and the real total row, and read back the same way', () => {
    const [t] = layoutOf(tabelBTransposed());
    const o = layoutToOverride(t);
    expect(o).toMatchObject({
      orientation: 'rows',
      columns: { periods: 'A', sources: 'B,C', total: 'D' },
      totalRow: 6,
      headerRow: 1,
    });
    const back = applyOverrideTo(cells(), o) as CofinancingLayout;
    expect(back.source).toBe('override');
    expect(reading(back)).toEqual(reading(t));
  });

  it('keep the reading when only the kind is kept (the editor drops the columns)', () => {
    const [t] = layoutOf(tabelBTransposed());
    const { columns: _dropped, ...rest } = layoutToOverride(t);
    expect(reading(applyOverrideTo(cells(), rest) as CofinancingLayout)).toEqual(reading(t));
  });

  it('read a table the user calls co-financing, with no more said, the way its periods run', () => {
    const told = applyOverrideTo(cells(), { sheet: 'Ark1', range: 'A2:D7', kind: 'cofinancing' });
    expect((told as CofinancingLayout).orientation).toBe('rows');
  });

  it('can say the total row is not a total', () => {
    const [t] = layoutOf(tabelBTransposed());
    const back = applyOverrideTo(cells(), { ...layoutToOverride(t), totalRow: null }) as CofinancingLayout;
    expect(back.totalCol).toBeNull();
    expect(back.periodCols).toHaveLength(4);
  });
});

describe('what lies around a table with the periods down the rows', () => {
  it('reads past a row of units under the header', () => {
    const rows = tabelBTransposed();
    rows.splice(2, 0, [null, 'kr.', 'kr.', 'kr.']);
    const [t] = layoutOf(rows);
    expect(t.sourceRows.map((s) => s.label)).toEqual([
      'Kulturregionens egenfinansiering',
      'Statens medfinansiering',
    ]);
    expect(t.periodCols.map((p) => p.col)).toEqual([3, 4, 5, 6]);
    expect(t.labelCol).toBe(1);
    rows[5][1] = 1_200_000;
    expect(at(run(rows), 'cofinancing-below-minimum')).toContain('B6');
  });

  it('keeps the notes under the table out of it', () => {
    const rows: RawValue[][] = [
      ...tabelBTransposed(),
      ['Kilde: Kulturaftale 2021-2024, tabel B'],
      ['Statens andel udbetales årligt forud.'],
    ];
    const [t] = layoutOf(rows);
    expect(t.range.bottom).toBe(6);
    expect(serious(run(rows))).toEqual([]);
  });

  it('leaves a "heraf" row under the total out of the sums', () => {
    const rows: RawValue[][] = [...tabelBTransposed(), ['heraf anlæg', 1_000_000, 500_000, 1_500_000]];
    const [t] = layoutOf(rows);
    expect(t.totalCol).toBe(6);
    expect(t.range.bottom).toBe(6);
    expect(serious(run(rows))).toEqual([]);
  });
});

test('a subtotal between the years is neither a period nor the total', () => {
  const rows: RawValue[][] = [
    ['År', 'Egenfinansiering', 'Statstilskud', 'I alt'],
    [2025, 500_000, 500_000, 1_000_000],
    [2026, 500_000, 500_000, 1_000_000],
    ['I alt 2025-26', 1_000_000, 1_000_000, 2_000_000],
    [2027, 500_000, 400_000, 900_000],
    ['I alt', 1_500_000, 1_400_000, 2_900_000],
  ];
  const [t] = layoutOf(rows);
  expect(t.periodCols.map((p) => p.label)).toEqual(['2025', '2026', '2027']);
  expect(t.totalCol).toBe(5);
  expect(serious(run(rows))).toEqual([]);
});

test('a group title merged over the sources and "I alt" merged down beside them are one header', () => {
  const g: SheetGrid = {
    ...gridFromRows('Ark1', [
      ['Projekt Havnebad'],
      ['År', 'Finansiering (kr.)', null, 'I alt'],
      [null, 'Egenfinansiering', 'Statstilskud', null],
      [2025, 500_000, 500_000, 1_000_000],
      [2026, 500_000, 500_000, 1_100_000],
      [2027, 500_000, 400_000, 900_000],
      ['I alt', 1_500_000, 1_400_000, 3_000_000],
    ]),
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
    ],
  };
  const r = checkWorkbook(snapshot([g]), PARAMS);
  const t = r.tables[0] as CofinancingLayout;
  expect([t.range.top, t.title]).toEqual([1, 'Projekt Havnebad']);
  // The sources' own names are on the second header line: that is where a finding about a source points.
  expect(t.labelCol).toBe(2);
  expect(t.sourceRows.map((s) => [s.label, s.type])).toEqual([
    ['Egenfinansiering', 'own'],
    ['Statstilskud', 'state'],
  ]);
  expect(t.totalRow).toBe(3);
  expect(r.readings![0].decisions.find((d) => d.role === 'total-row')!.because.da).toBe('mærket »I alt«');
  expect(at(r, 'total-mismatch')).toEqual(['D5', 'D7']);
});

test('an unlabelled row under the years that sums them is the total row, and a slip in it is a finding', () => {
  const rows: RawValue[][] = [
    ['År', 'Egenfinansiering', 'Statstilskud', 'I alt'],
    [2025, 500_000, 500_000, 1_000_000],
    [2026, 500_000, 500_000, 1_000_000],
    [null, 1_000_000, 1_100_000, 2_000_000],
  ];
  const [t] = layoutOf(rows);
  expect(t.totalCol).toBe(3);
  const r = run(rows);
  const f = r.findings.find((x) => x.rule === 'total-mismatch')!;
  expect([f.cell, f.expected, f.actual]).toEqual(['C4', '1000000', '1100000']);
  expect(r.readings![0].decisions.find((d) => d.role === 'total-row')!.because.da).toBe(
    'summen af perioderne over den',
  );
});

test('periods both ways with nothing to check (no total, nobody paying) are read as before, with no note', () => {
  const r = run([
    [null, 2010, 2011, 2012],
    ['Q1', 12, 15, 21],
    ['Q2', 56, 73, 86],
    ['Q3', 52, 61, 69],
  ]);
  expect(r.findings).toEqual([]);
});

test('a column of rates in percent cells beside the amounts is not a source', () => {
  const g: SheetGrid = {
    ...gridFromRows('Ark1', [
      ['År', 'Egenfinansiering', 'Statstilskud', 'I alt', 'Egenandel'],
      [2025, 500_000, 500_000, 1_000_000, 0.5],
      [2026, 450_000, 550_000, 1_000_000, 0.45],
      ['I alt', 950_000, 1_050_000, 2_000_000, 0.475],
    ]),
    formats: [
      [],
      [null, null, null, null, '0.0%'],
      [null, null, null, null, '0.0%'],
      [null, null, null, null, '0.0%'],
    ],
  };
  const r = checkWorkbook(snapshot([g]), PARAMS);
  expect((r.tables[0] as CofinancingLayout).sourceRows.map((s) => s.label)).toEqual([
    'Egenfinansiering',
    'Statstilskud',
  ]);
  expect(at(r, 'total-mismatch')).toEqual([]);
  // No minimum stated: the own share under half in 2026 and overall is one info, held to no minimum.
  expect(at(r, 'cofinancing-below-minimum')).toEqual([]);
  expect(at(r, 'own-share-no-minimum')).toEqual(['B4']);
  const set = checkWorkbook(snapshot([g]), { ...PARAMS, minOwnShare: decimal(50) });
  expect(at(set, 'cofinancing-below-minimum')).toEqual(['B3', 'B4']);
});
