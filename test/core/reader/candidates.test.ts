/**
 * A block's readings weighed by the sheet's arithmetic: a first reading whose sums fail competes with the other
 * kinds' readings and with the block cut where a second table could start; the clear winner stands, close
 * readings give an unsure table with no verdict.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { text } from '../../../src/core/findings/finding';
import { emptySettings } from '../../../src/core/output/plan';
import type { Detected } from '../../../src/core/reader/detect-types';
import { decide, type Candidate } from '../../../src/core/reader/candidates/weigh';
import { largestRemainder } from '../../metamorphic/largest-remainder';
import { PARAMS, sheet, snapshot } from '../check/fixtures';
import { TELEHJERTE } from './seed-layouts';

const NAMES = TELEHJERTE.map(([n]) => n);

/** A correct split of `total` by population, written with an exact split computed apart from Fordel. */
function split(parties: readonly string[], people: readonly number[], total: number) {
  const exact = largestRemainder(BigInt(total), people.map(BigInt));
  const amounts = exact.amounts.map(Number);
  const inhabitants = people.reduce((a, b) => a + b, 0);
  // A krone decided between equal remainders depends on a tie rule: such keys are left out.
  return { parties, people, amounts, inhabitants, total, tied: exact.tied };
}

type Split = ReturnType<typeof split>;

/** Parties as columns: a row of names, a row of inhabitants, a row of amounts, each with its total. */
function across(s: Split): RawValue[][] {
  return [
    ['Kommune', ...s.parties, 'I alt'],
    ['Indbyggere', ...s.people, s.inhabitants],
    ['Beløb (kr.)', ...s.amounts, s.total],
  ];
}

/** Parties as rows, the usual way. */
function down(s: Split): RawValue[][] {
  return [
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ...s.parties.map((p, i) => [p, s.people[i], s.amounts[i]]),
    ['I alt', s.inhabitants, s.total],
  ];
}

const splitArb = (min: number, max: number) =>
  fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: min, maxLength: max }).chain((parties) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 2_000, max: 150_000 }), {
          minLength: parties.length,
          maxLength: parties.length,
        }),
        fc.integer({ min: 100, max: 5_000 }),
      )
      .map(([people, thousands]) => split(parties, people, thousands * 1_000)),
  );

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity !== 'info');

describe('a split laid out across stacked above a split down the rows, a title line between', () => {
  it('is read as two correct tables, not one table whose rows are each other', () => {
    fc.assert(
      fc.property(splitArb(3, 8), splitArb(3, 12), (a, b) => {
        fc.pre(!a.tied && !b.tied);
        const r = run([['Bidrag 2026'], ...across(a), ['Bidrag 2027'], ...down(b)]);
        expect(r.tables.map((t) => t.kind)).toEqual(['apportionment', 'apportionment']);
        expect(loud(r)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('finds a wrong amount in the lower table at its cell, and nothing in the upper one', () => {
    fc.assert(
      fc.property(splitArb(3, 8), splitArb(4, 12), fc.nat(), (a, b, pick) => {
        fc.pre(!a.tied && !b.tied);
        const rows = [['Bidrag 2026'], ...across(a), ['Bidrag 2027'], ...down(b)];
        const i = pick % b.parties.length;
        const row = 1 + 3 + 1 + 1 + i; // title, three lines across, title, header, then party i
        rows[row] = [b.parties[i], b.people[i], b.amounts[i] + 1_000];
        const r = run(rows);
        expect(r.tables).toHaveLength(2);
        const errors = loud(r).map((f) => f.cell);
        expect(errors).toContain(`C${row + 1}`);
        expect(errors.every((cell) => Number(cell.slice(1)) > 4)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('an Excel Table holding a split laid out across', () => {
  it('is read by its arithmetic like any block, and a wrong amount is found at its cell', () => {
    fc.assert(
      fc.property(splitArb(3, 10), fc.nat(), (s, pick) => {
        fc.pre(!s.tied);
        const rows = across(s);
        const i = pick % s.parties.length;
        rows[2][1 + i] = s.amounts[i] + 1_000;
        const grid = {
          ...sheet('Ark1', rows),
          tables: [
            {
              name: 'Tabel1',
              range: { top: 0, left: 0, bottom: 2, right: s.parties.length + 1 },
              showTotals: false,
              filtered: false,
            },
          ],
        };
        const r = checkWorkbook(snapshot([grid]), PARAMS);
        expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
        expect(loud(r).map((f) => f.cell)).toContain(`${String.fromCharCode(66 + i)}3`);
      }),
      { numRuns: 15 },
    );
  });
});

describe('weighing a first reading against a rival', () => {
  const detected = (top: number, bottom: number): Detected =>
    ({
      part: { kind: 'apportionment' },
      range: { top, bottom, left: 0, right: 2 },
      headerRow: top,
      notes: [],
    }) as unknown as Detected;
  const candidate = (name: string, held: number, broken: number, top = 0): Candidate => ({
    tables: [{ block: { top, bottom: 20, left: 0, right: 2 }, detected: detected(top, 20) }],
    evidence: { held, broken },
    unread: 0,
    name: text(name, name),
    decide: text(`vælg ${name}`, `choose ${name}`),
  });

  it('keeps a first reading whose sums all hold against a close rival, naming it and the margin', () => {
    const [t] = decide(candidate('første', 4, 0), [candidate('anden', 6, 0, 5)]);
    expect(t.detected.range.top).toBe(0);
    expect(t.unsure).toBeUndefined();
    expect(t.confidence?.margin).toBe(4 - 6);
    expect(t.confidence?.rival?.da).toBe('anden');
  });

  it('takes a rival that explains far more, even when the first reading breaks no sum', () => {
    const [t] = decide(candidate('første', 2, 0), [candidate('anden', 20, 1, 5)]);
    expect(t.detected.range.top).toBe(5);
    expect(t.unsure).toBeUndefined();
  });

  it('takes the rival when it explains the sheet by a clear margin', () => {
    const [t] = decide(candidate('første', 2, 5), [candidate('anden', 30, 0, 5)]);
    expect(t.detected.range.top).toBe(5);
    expect(t.confidence?.margin).toBe(30 - (2 - 10));
    expect(t.confidence?.rival?.da).toBe('første');
  });

  it('gives no verdict when the two readings are close, and names both and what decides', () => {
    const [t] = decide(candidate('første', 20, 1), [candidate('anden', 20, 0, 5)]);
    expect(t.detected.range.top).toBe(0);
    expect(t.unsure).toHaveLength(1);
    expect(t.unsure![0].da).toMatch(/som første .* eller som anden/);
    expect(t.unsure![0].da).toMatch(/vælg første, eller vælg anden/);
    expect(t.unsure![0].en).toMatch(/choose første, or choose anden/);
  });

  it('keeps a first reading with a real error when the rival breaks as many sums', () => {
    const [t] = decide(candidate('første', 20, 1), [candidate('anden', 22, 1, 5)]);
    expect(t.unsure).toBeUndefined();
    expect(t.detected.range.top).toBe(0);
  });
});

describe('a correction re-scored around the role it sets', () => {
  const rows: RawValue[][] = [
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ['Albertslund', 27_000, 270_000],
    ['Ballerup', 52_000, 520_000],
    ['Brøndby', 38_000, 380_000],
    ['Dragør', 14_000, 140_000],
    ['I alt', 131_000, 1_310_000],
  ];
  const corrected = (totalRow: number | null) =>
    run(rows).tables.length === 1 &&
    checkWorkbook(
      snapshot([sheet('Ark1', rows)], {
        ...emptySettings(),
        overrides: [{ sheet: 'Ark1', range: 'A1:C6', kind: 'apportionment', totalRow }],
      }),
      PARAMS,
    );

  it("says how the sums fare under the user's reading and under the one it replaced", () => {
    // Ballerup marked as the total: its figures are not the sum of the rest.
    const r = corrected(2);
    if (!r) throw new Error('the table was not read');
    const c = r.readings?.[0]?.confidence;
    if (!c) throw new Error('the reading has no confidence');
    expect(c.rival?.da).toMatch(/en fordeling i A1:C6/);
    expect(c.margin).toBeLessThan(0);
    expect(c.evidence[0].da).toMatch(/^\d+ summer? holder, [1-9]\d* er brudt/);
  });

  it("scores a correction that agrees with Fordel's own reading level with it", () => {
    const r = corrected(5);
    if (!r) throw new Error('the table was not read');
    const c = r.readings?.[0]?.confidence;
    if (!c) throw new Error('the reading has no confidence');
    expect(c.margin).toBe(0);
    expect(c.score).toBe(1);
  });
});
