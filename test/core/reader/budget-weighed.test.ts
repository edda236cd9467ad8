/**
 * An operating budget with group subtotals and a grand total can also be read as a co-financing table with
 * subtotals. The two readings are weighed alike: one wrong subtotal breaks one sum under either, and a
 * reading that passes over a column of figures is not better for the sums it never checks. Whatever the
 * column headings and wherever the wrong figure, the wrong cell is found.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1 } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const GROUPS = [
  ['Dagtilbud', ['Børnehaver', 'Vuggestuer', 'Dagpleje', 'Fælles formål']],
  ['Skoler', ['Folkeskoler', 'Specialundervisning', 'Befordring af elever']],
  ['Ældre', ['Plejecentre', 'Hjemmepleje', 'Hjælpemidler']],
] as const;
/** Headings a budget gives its years: a period word alone, or words a period list does not know. */
const HEADINGS = [
  ['Budget 2025', 'Budgetoverslag 2026', 'BO 2027'],
  ['Budget 2025', 'BO 2026', 'BO 2027'],
  ['B2025', 'Overslagsår 2026', 'Overslagsår 2027'],
];

interface Plan {
  readonly headings: readonly string[];
  readonly figures: readonly (readonly number[])[];
  /** Where the wrong subtotal is: group, column; and whether the totals above were kept in step with it. */
  readonly wrong: {
    readonly group: number;
    readonly col: number;
    readonly by: number;
    readonly carried: boolean;
  };
}

function sheetOf(p: Plan): { rows: RawValue[][]; cell: string } {
  const cols = p.headings.length;
  const rows: RawValue[][] = [['Driftsbudget'], ['Budgetområde', ...p.headings]];
  const grand = new Array<number>(cols).fill(0);
  let line = 0;
  let cell = '';
  GROUPS.forEach(([group, items], g) => {
    const sub = new Array<number>(cols).fill(0);
    for (const item of items) {
      const f = p.figures[line++ % p.figures.length];
      rows.push([item, ...f.slice(0, cols)]);
      f.slice(0, cols).forEach((v, c) => (sub[c] += v));
    }
    const shown = [...sub];
    if (p.wrong.group === g) {
      shown[p.wrong.col] += p.wrong.by;
      cell = a1(rows.length, p.wrong.col + 1);
    }
    rows.push([`${group} i alt`, ...shown]);
    (p.wrong.carried ? shown : sub).forEach((v, c) => (grand[c] += v));
  });
  rows.push(['I alt', ...grand]);
  return { rows, cell };
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  headings: fc.constantFrom(...HEADINGS),
  figures: fc.array(
    fc.array(
      fc.integer({ min: 1, max: 9_000 }).map((n) => n * 1_000),
      { minLength: 3, maxLength: 3 },
    ),
    {
      minLength: 10,
      maxLength: 10,
    },
  ),
  wrong: fc.record({
    group: fc.integer({ min: 0, max: GROUPS.length - 1 }),
    col: fc.integer({ min: 0, max: 2 }),
    by: fc.constantFrom(1_000, 70_000, -600_000, 50_000),
    carried: fc.boolean(),
  }),
});

describe('a budget with group subtotals, weighed against a co-financing reading', () => {
  it('is read as a budget, and its one wrong subtotal is an error at its cell', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const { rows, cell } = sheetOf(p);
        const r = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
        expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
        const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.cell);
        expect(errors).toContain(cell);
      }),
      { numRuns: 60 },
    );
  });
});
