/**
 * The sum relations of generated blocks: groups with subtotals and a grand total, breakdown lines under their
 * parent, parent lines above their children, and one wrong cell. The numbers decide, whatever the layout.
 */
import fc from 'fast-check';
import type { Decimal } from '../../../src/core/decimal/decimal';
import { findStructure, type SumLine } from '../../../src/core/reader/sum-relations';

const d = (n: number): Decimal => ({ digits: BigInt(n), scale: 0 });
const line = (values: number[], extra: Partial<SumLine> = {}): SumLine => ({
  values: values.map(d),
  ...extra,
});
const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);
const sumAll = (rows: number[][], width: number) => rows.reduce(add, new Array<number>(width).fill(0));

const amounts = (width: number) =>
  fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: width, maxLength: width });
const group = (width: number) => fc.array(amounts(width), { minLength: 2, maxLength: 5 });

describe('sum relations', () => {
  it('takes the last line as the total of the others when it sums them', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((w) => fc.tuple(fc.constant(w), fc.array(amounts(w), { minLength: 3, maxLength: 8 }))),
        ([width, rows]) => {
          const s = findStructure([...rows.map((r) => line(r)), line(sumAll(rows, width))]);
          expect(s.total).toBe(rows.length);
          expect(s.parts).toHaveLength(rows.length);
          expect(s.subtotals).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds a subtotal per group and a grand total of the parts, not of both', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((w) => fc.tuple(fc.constant(w), fc.array(group(w), { minLength: 2, maxLength: 4 }))),
        ([width, groups]) => {
          const lines: SumLine[] = [];
          const subRows: number[] = [];
          for (const g of groups) {
            g.forEach((r) => lines.push(line(r)));
            subRows.push(lines.length);
            lines.push(line(sumAll(g, width)));
          }
          lines.push(line(sumAll(groups.flat(), width)));
          const s = findStructure(lines, { total: lines.length - 1 });
          expect(s.subtotals.map((x) => x.row)).toEqual(subRows);
          expect(s.parts).toHaveLength(groups.flat().length);
          expect(s.totalHolds).toEqual({ matched: width, differ: 0 });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not read away a line with no total word that sums every part: a second total or a row pasted in', () => {
    const lines = [line([100, 10]), line([200, 20]), line([300, 30]), line([600, 60]), line([600, 60])];
    expect(findStructure(lines, { total: 4 }).parts).toEqual([0, 1, 2, 3]);
    const first = [line([600, 60]), line([100, 10]), line([200, 20]), line([300, 30]), line([600, 60])];
    expect(findStructure(first, { total: 4 }).parts).toEqual([0, 1, 2, 3]);
  });

  it('does not take a line typed twice for a breakdown of the first', () => {
    const lines = [line([100, 10]), line([200, 20]), line([200, 20]), line([300, 30]), line([600, 60])];
    expect(findStructure(lines, { total: 4 }).parts).toEqual([0, 1, 2, 3]);
  });

  it('keeps a line that equals the others as a part when the total counts it (a total counted as a party)', () => {
    const lines = [line([100, 10]), line([200, 20]), line([300, 30]), line([600, 60])];
    const s = findStructure(lines, { total: 3 });
    expect(s.subtotals).toEqual([]);
    expect(s.parts).toEqual([0, 1, 2]);
  });

  it('does not count "heraf" lines again, whether or not they use all of the line above', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 3 })
          .chain((w) =>
            fc.tuple(fc.constant(w), fc.array(amounts(w), { minLength: 2, maxLength: 4 }), fc.boolean()),
          ),
        ([width, children, all]) => {
          const parent = add(
            sumAll(children, width),
            all ? new Array(width).fill(0) : new Array(width).fill(7),
          );
          const other = new Array(width).fill(1_000);
          const lines = [
            line(other),
            line(parent),
            ...children.map((c) => line(c, { breakdownWords: true })),
            line(other),
            line(add(add(other, other), parent), { totalWords: true }),
          ];
          const total = lines.length - 1;
          const s = findStructure(lines, { total });
          expect(s.breakdowns.map((b) => b.parent)).toEqual(children.map(() => 1));
          expect(s.parts).toEqual([0, 1, total - 1]);
          expect(s.totalHolds?.differ).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives each labelled subtotal its own group, whether it stands over or under it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((w) =>
          fc.tuple(
            fc.constant(w),
            // Groups of one are allowed: the sums, not the group sizes, say which way the sheet runs.
            fc.array(fc.array(amounts(w), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
            fc.boolean(),
          ),
        ),
        ([width, groups, over]) => {
          const lines: SumLine[] = [];
          const expected: { row: number; parts: number[] }[] = [];
          for (const g of groups) {
            const sub = line(sumAll(g, width), { totalWords: true });
            const start = lines.length;
            if (over) lines.push(sub);
            const parts = g.map((r) => {
              lines.push(line(r));
              return lines.length - 1;
            });
            if (!over) lines.push(sub);
            expected.push({ row: over ? start : lines.length - 1, parts });
          }
          lines.push(line(sumAll(groups.flat(), width), { totalWords: true }));
          const s = findStructure(lines, { total: lines.length - 1 });
          expect(s.subtotals.map(({ row, parts }) => ({ row, parts }))).toEqual(expected);
          expect(s.parts).toEqual(expected.flatMap((x) => x.parts));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads parent lines above their children when the grand total says so', () => {
    const lines = [
      line([120, 130]),
      line([100, 110]),
      line([20, 20]),
      line([-30, -32]),
      line([-20, -22]),
      line([-10, -10]),
      line([5, 5]),
      line([95, 103]),
    ];
    const s = findStructure(lines, { total: 7 });
    expect(s.breakdowns).toEqual([
      { row: 1, parent: 0, why: 'sum' },
      { row: 2, parent: 0, why: 'sum' },
      { row: 4, parent: 3, why: 'sum' },
      { row: 5, parent: 3, why: 'sum' },
    ]);
    expect(s.parts).toEqual([0, 3, 6]);
  });

  it('keeps a subtotal with one wrong cell among four columns, so the error is the subtotal cell', () => {
    const lines = [
      line([100, 100, 100, 300]),
      line([200, 200, 200, 600]),
      line([300, 310, 300, 900]),
      line([50, 50, 50, 150]),
      line([60, 60, 60, 180]),
      line([110, 110, 110, 330]),
      line([410, 410, 410, 1230]),
    ];
    const s = findStructure(lines, { total: 6 });
    expect(s.subtotals.map((x) => x.row)).toEqual([2, 5]);
    expect(s.parts).toEqual([0, 1, 3, 4]);
  });

  it('does not take indented lines for a breakdown when they exceed the line above', () => {
    const lines = [line([100]), line([300], { indent: 2 }), line([200], { indent: 2 }), line([600])];
    const s = findStructure(lines, { total: 3 });
    expect(s.breakdowns).toEqual([]);
    expect(s.parts).toEqual([0, 1, 2]);
  });
});
