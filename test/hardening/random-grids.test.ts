/**
 * Property tests on the reader and the whole check: random grids and random damage to valid tables
 * never throw, and every finding points at a cell that exists in the sheet it names.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { parseA1Range } from '../../src/core/grid/a1';
import { gridBounds, gridFromRows, type RawValue, type SheetGrid } from '../../src/core/grid/grid';
import { PARAMS, snapshot, splitRows, tabelB } from '../core/check/fixtures';

const cellValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'I alt',
    'Alt i alt',
    'Total',
    'Kommune',
    'Indbyggere',
    'Andel',
    'Beløb',
    '2021',
    '2022',
    'Egenfinansiering',
    'Statens medfinansiering',
    '1.500.000',
    '34,6',
    '3.5',
    '3-5 mio.',
    '(1.234)',
    'kr. 250.000',
    '12 %',
    ' ',
    '\u00a0',
    '=SUM(A1:A3)',
    '+45',
    '@x',
    'Mål',
    'Baseline',
    'Måltal',
    'Resultat',
    'Frist',
    'København',
    'Region Hovedstaden',
  ),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
);

const grid = fc
  .array(fc.array(cellValue, { minLength: 0, maxLength: 8 }), { minLength: 0, maxLength: 14 })
  .map((rows) => gridFromRows('Ark1', rows));

function assertFindingsInside(sheets: readonly SheetGrid[]) {
  const result = checkWorkbook(snapshot([...sheets]), PARAMS);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const f of [...result.findings, ...result.refusals]) {
    const sheet = byName.get(f.sheet);
    expect(sheet).toBeDefined();
    const bounds = gridBounds(sheet!);
    const range = parseA1Range(f.cell);
    expect(range).not.toBeNull();
    expect(bounds).not.toBeNull();
    expect(range!.top).toBeGreaterThanOrEqual(bounds!.top);
    expect(range!.left).toBeGreaterThanOrEqual(bounds!.left);
    expect(range!.bottom).toBeLessThanOrEqual(bounds!.bottom);
    // Refusals may name the cells beside a table where Fordel would write; findings stay inside.
    if (f.rule !== 'write-refused') expect(range!.right).toBeLessThanOrEqual(bounds!.right);
  }
}

type Damage = { row: number; col: number; value: RawValue } | { deleteRow: number } | { blankRow: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ row: fc.nat(8), col: fc.nat(6), value: cellValue }),
  fc.record({ deleteRow: fc.nat(8) }),
  fc.record({ blankRow: fc.nat(8) }),
);

function damaged(rows: RawValue[][], damages: readonly Damage[]): RawValue[][] {
  const out = rows.map((r) => [...r]);
  for (const d of damages) {
    if ('deleteRow' in d) out.splice(d.deleteRow % Math.max(out.length, 1), 1);
    else if ('blankRow' in d) out.splice(d.blankRow % (out.length + 1), 0, []);
    else if (out.length) {
      const line = out[d.row % out.length];
      line[d.col % Math.max(line.length, 1)] = d.value;
    }
  }
  return out;
}

describe('random sheets', () => {
  it('never throw, and every finding points at a cell of the sheet', () => {
    fc.assert(
      fc.property(grid, (g) => {
        assertFindingsInside([g]);
      }),
      { numRuns: 300 },
    );
  });

  it('damaged co-financing and split tables never throw and findings stay on existing cells', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), fc.boolean(), (damages, which) => {
        const rows = damaged(which ? tabelB(1_400_000) : splitRows(), damages);
        assertFindingsInside([gridFromRows('Ark1', rows)]);
      }),
      { numRuns: 300 },
    );
  });
});
