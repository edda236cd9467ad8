/**
 * A split laid out across (parties as columns, rows for the key and the amounts) is the same split as the one
 * laid out down the rows: generated splits, written both ways, must be read as splits and give the same
 * findings, diagnoses and fixes at the transposed cells, and a correct split across no error or warning.
 * The amounts come from a largest-remainder split written here, not from Fordel's.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { a1, a1Range, parseA1Range } from '../../../src/core/grid/a1';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';

const NAMES = [
  'Aarhus',
  'Odense',
  'Aalborg',
  'Esbjerg',
  'Randers',
  'Kolding',
  'Horsens',
  'Vejle',
  'Roskilde',
  'Herning',
  'Silkeborg',
  'Næstved',
  'Viborg',
  'Holbæk',
];

interface SplitCase {
  readonly names: string[];
  readonly keys: bigint[];
  readonly percent: boolean;
  readonly total: bigint;
  readonly amounts: bigint[];
  readonly totalAt: 'last' | 'first' | 'none';
  readonly title: boolean;
  /** Index of the party whose amount is typed wrong, and by how much. */
  readonly slip: { readonly at: number; readonly by: bigint } | null;
}

/** Whole kroner split by largest remainder, ties to the larger key then the earlier party. */
function largestRemainder(total: bigint, keys: readonly bigint[]): bigint[] | null {
  const sum = keys.reduce((a, b) => a + b, 0n);
  const base = keys.map((k) => (total * k) / sum);
  const rest = keys.map((k, i) => ({ i, r: (total * k) % sum, k }));
  let left = total - base.reduce((a, b) => a + b, 0n);
  rest.sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.k !== b.k ? (a.k > b.k ? -1 : 1) : a.i - b.i));
  // A tie at the cut would let row order decide: such keys are drawn again.
  if (left > 0n && left < BigInt(rest.length) && rest[Number(left) - 1].r === rest[Number(left)].r)
    return null;
  for (const p of rest) if (left-- > 0n) base[p.i] += 1n;
  return base;
}

const splitCase: fc.Arbitrary<SplitCase> = fc
  .record({
    n: fc.integer({ min: 3, max: 7 }),
    percent: fc.boolean(),
    seedKeys: fc.array(fc.integer({ min: 2_000, max: 120_000 }), { minLength: 7, maxLength: 7 }),
    total: fc.integer({ min: 200, max: 9_000 }).map((t) => BigInt(t) * 1_000n),
    totalAt: fc.constantFrom<SplitCase['totalAt']>('last', 'first', 'none'),
    title: fc.boolean(),
    start: fc.integer({ min: 0, max: 6 }),
    slip: fc.option(fc.record({ at: fc.nat(6), by: fc.constantFrom(1_000n, -9_000n, 90_000n) })),
  })
  .map(({ n, percent, seedKeys, total, totalAt, title, start, slip }) => {
    const names = Array.from({ length: n }, (_, i) => NAMES[(start + i) % NAMES.length]);
    let keys: bigint[] | null = seedKeys.slice(0, n).map(BigInt);
    // Whole percents summing to 100 (a tie at the cut draws the keys again).
    if (percent) keys = largestRemainder(100n - BigInt(n), keys)?.map((k) => k + 1n) ?? null;
    const amounts = keys && largestRemainder(total, keys);
    keys ??= [];
    return {
      names,
      keys,
      percent,
      total,
      amounts: amounts ?? [],
      totalAt,
      title,
      slip: slip && amounts ? { at: slip.at % n, by: slip.by } : null,
    };
  })
  .filter((c) => c.amounts.length === c.names.length);

/** The split as lines (header first): name, key, amount; the total line where the case puts it. */
function lines(c: SplitCase): RawValue[][] {
  const head = ['Kommune', c.percent ? 'Andel (%)' : 'Indbyggere', 'Beløb (kr.)'];
  const parts = c.names.map((name, i) => {
    const amount = c.amounts[i] + (c.slip?.at === i ? c.slip.by : 0n);
    return [name, Number(c.keys[i]), Number(amount)];
  });
  const sumKeys = c.keys.reduce((a, b) => a + b, 0n);
  const total = ['I alt', Number(sumKeys), Number(c.total)];
  const body = c.totalAt === 'first' ? [total, ...parts] : c.totalAt === 'last' ? [...parts, total] : parts;
  return [head, ...body];
}

/** Down: a title line (maybe), then the lines as rows. Across: the same title, then the lines as columns. */
function sheets(c: SplitCase): { down: RawValue[][]; across: RawValue[][]; top: number } {
  const ls = lines(c);
  const title: RawValue[][] = c.title ? [['Fordeling af fælles udgifter 2026'], []] : [];
  const across = ls[0].map((_, j) => ls.map((line) => line[j]));
  return { down: [...title, ...ls], across: [...title, ...across], top: title.length };
}

function check(rows: RawValue[][]): CheckResult {
  return checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
}

/** A cell or range of the down sheet, where it stands across: line i, field j becomes row j, column i. */
function transposed(ref: string, top: number): string {
  const r = parseA1Range(ref);
  if (!r) return ref;
  const cell = (row: number, col: number) => ({ row: top + col, col: row - top });
  const p = cell(r.top, r.left);
  const q = cell(r.bottom, r.right);
  return r.top === r.bottom && r.left === r.right
    ? a1(p.row, p.col)
    : a1Range({
        top: Math.min(p.row, q.row),
        left: Math.min(p.col, q.col),
        bottom: Math.max(p.row, q.row),
        right: Math.max(p.col, q.col),
      });
}

/** What a finding says, apart from its words: rule, severity, cell and amounts. */
const said = (f: { rule: string; severity?: string; cell: string; expected?: string; actual?: string }) =>
  [f.rule, f.severity ?? '', f.cell, f.expected ?? '', f.actual ?? ''].join(' ');

describe('a split laid out across', () => {
  it('is read as a split and says what the same split down the rows says, at the transposed cells', () => {
    fc.assert(
      fc.property(splitCase, (c) => {
        const { down, across, top } = sheets(c);
        const d = check(down);
        const a = check(across);
        expect(d.tables.map((t) => t.kind)).toEqual(['apportionment']);
        expect(a.tables.map((t) => t.kind)).toEqual(['apportionment']);
        expect(a.tables[0].kind === 'apportionment' && a.tables[0].orientation).toBe('across');

        const downSaid = d.findings.map((f) => said({ ...f, cell: transposed(f.cell, top) })).sort();
        expect(a.findings.map(said).sort()).toEqual(downSaid);
        const related = (fs: CheckResult['findings'], map: (s: string) => string) =>
          fs.map((f) => (f.related ?? []).map(map).join(',')).sort();
        expect(related(a.findings, (s) => s)).toEqual(related(d.findings, (s) => transposed(s, top)));

        const diagnoses = (r: CheckResult, map: (s: string) => string) =>
          (r.diagnoses ?? []).map(({ diagnosis: g }) => said({ ...g, cell: map(g.cell) })).sort();
        expect(diagnoses(a, (s) => s)).toEqual(diagnoses(d, (s) => transposed(s, top)));

        const fixes = (r: CheckResult, map: (s: string) => string) =>
          [...(r.fixes?.values() ?? [])]
            .flat()
            .map((e) => `${map(a1(e.row, e.col))}=${e.value}`)
            .sort();
        expect(fixes(a, (s) => s)).toEqual(fixes(d, (s) => transposed(s, top)));
      }),
      { numRuns: 60 },
    );
  });

  it('gives no error and no warning when it is correct, and finds the slip at its cell when it is not', () => {
    fc.assert(
      fc.property(splitCase, (c) => {
        const { across, top } = sheets(c);
        const r = check(across);
        const loud = r.findings.filter((f) => f.severity !== 'info');
        if (!c.slip) {
          expect(loud).toEqual([]);
          return;
        }
        // Without a total the slip is part of the only total there is: the invariance above covers that case.
        if (c.totalAt === 'none') return;
        // The slipped amount: its party's column, the amounts' row.
        const line = c.totalAt === 'first' ? c.slip.at + 2 : c.slip.at + 1;
        const cell = a1(top + 2, line);
        const at = [...r.findings, ...(r.diagnoses ?? []).map((x) => x.diagnosis)].filter(
          (f) => f.cell === cell,
        );
        expect(at.length).toBeGreaterThan(0);
        expect(at.some((f) => f.expected === String(c.amounts[c.slip!.at]))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads one blank column between two parties as part of the table, as a blank row inside a list', () => {
    fc.assert(
      fc.property(splitCase, fc.nat(), (c, pick) => {
        const { across, top } = sheets(c);
        const width = across[top].length;
        // A gap after the first party column at the earliest: the left piece may hold the names and one party.
        const gap = 2 + (pick % Math.max(1, width - 2));
        if (gap >= width) return;
        const spaced = across.map((row, r) =>
          r < top ? row : [...row.slice(0, gap), null, ...row.slice(gap)],
        );
        const plain = check(across);
        const r = check(spaced);
        expect(r.tables.map((t) => t.kind)).toEqual(plain.tables.map((t) => t.kind));
        const shift = (cell: string) => {
          const at = parseA1Range(cell);
          if (!at) return cell;
          const move = (col: number) => (col >= gap ? col + 1 : col);
          return at.top === at.bottom && at.left === at.right
            ? a1(at.top, move(at.left))
            : a1Range({ ...at, left: move(at.left), right: move(at.right) });
        };
        const loud = (x: CheckResult) => x.findings.filter((f) => f.severity !== 'info');
        expect(loud(r).map(said).sort()).toEqual(
          loud(plain)
            .map((f) => said({ ...f, cell: shift(f.cell) }))
            .sort(),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('is left unread rather than misread when no column names its lines', () => {
    fc.assert(
      fc.property(splitCase, (c) => {
        const { across, top } = sheets({ ...c, slip: null });
        // The column of line names taken away: the first party would pass for the names.
        const bare = across.map((line, r) => (r < top ? line : line.slice(1)));
        const loud = check(bare).findings.filter((f) => f.severity !== 'info');
        expect(loud).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('writes none of its own columns beside the table, and says so in the reading', () => {
    const c = fc.sample(splitCase, { seed: 7, numRuns: 1 })[0];
    const { down, across } = sheets({ ...c, slip: null });
    // Down the rows, Fordel's columns go beside the table; across they would cross the parties.
    expect(check(down).plan.blocks.length).toBeGreaterThan(0);
    const r = check(across);
    expect(r.plan.blocks).toEqual([]);
    const reading = JSON.stringify(r.readings ?? []);
    expect(reading).toContain('parterne står hen ad kolonnerne');
  });
});
