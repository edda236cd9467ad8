/**
 * No rule outside its context (issue 18, item 7). A negative amount is a warning only where a contribution
 * cannot be negative: generated financing tables with a line that returns money, a source that repays part
 * of its grant, and the cases that still deserve the warning (own financing below zero, a source whose whole
 * contribution is negative). Own-share and matching rules run only on a financing table of a few sources.
 */
import fc from 'fast-check';
import { decimal } from '../../../src/core/decimal/decimal';
import { checkMatching } from '../../../src/core/kinds/cofinancing/rules/matching';
import { checkNegative } from '../../../src/core/kinds/cofinancing/rules/negative';
import { checkOwnShare } from '../../../src/core/kinds/cofinancing/rules/own-share';
import type { SourceType } from '../../../src/core/tables/layout';
import { table, type RowSpec } from './tables';

const YEARS = ['2024', '2025', '2026', '2027'];
const RETURN_LABELS = [
  'Tilbagebetaling af ubrugt tilskud',
  'Tilbageført til puljen',
  'Tilbagebetalt mindreforbrug',
  'Refusion af moms',
  'Indtægter fra billetsalg',
  'Unspent grant repaid',
];
const SOURCES: [string, SourceType][] = [
  ['Statsligt tilskud', 'state'],
  ['EU-midler (ERDF)', 'eu'],
  ['Fondsmidler', 'private'],
  ['Private bidrag', 'private'],
];

const kr = fc.integer({ min: 1, max: 400 }).map((n) => n * 10_000);
const years = fc.integer({ min: 1, max: 4 });

/** An own row and 1-3 other sources with positive amounts over n years. */
const base = (n: number) =>
  fc.record({
    own: fc.array(kr, { minLength: n, maxLength: n }),
    others: fc.array(
      fc.record({
        source: fc.constantFrom(...SOURCES),
        amounts: fc.array(kr, { minLength: n, maxLength: n }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });

function rowsOf(b: {
  own: number[];
  others: { source: [string, SourceType]; amounts: number[] }[];
}): RowSpec[] {
  return [
    { label: 'Egenfinansiering', type: 'own', amounts: b.own },
    ...b.others.map((o) => ({ label: o.source[0], type: o.source[1], amounts: o.amounts })),
  ];
}

const build = (rows: RowSpec[], n: number) => table('Ark1', rows, null, { periods: YEARS.slice(0, n) });

describe('negative amounts in a financing table', () => {
  it('a line that returns money may be negative in any year, whatever it sums to', () => {
    fc.assert(
      fc.property(
        years.chain((n) =>
          fc.tuple(
            fc.constant(n),
            base(n),
            fc.constantFrom(...RETURN_LABELS),
            fc.array(kr, { minLength: n, maxLength: n }),
          ),
        ),
        ([n, b, label, back]) => {
          // Zero in every year but the last, which returns money: the generator's refund line.
          const refund: RowSpec = {
            label,
            type: 'state',
            amounts: back.map((v, j) => (j === n - 1 ? -v : 0)),
          };
          expect(checkNegative(build([...rowsOf(b), refund], n))).toEqual([]);
        },
      ),
    );
  });

  it('a source that repays part of its grant in one year, its sum staying positive, is no warning', () => {
    fc.assert(
      fc.property(
        years
          .filter((n) => n >= 2)
          .chain((n) => fc.tuple(fc.constant(n), base(n), fc.integer({ min: 0, max: 2 }))),
        ([n, b, pick]) => {
          const o = b.others[pick % b.others.length];
          const total = o.amounts.slice(0, n - 1).reduce((a, v) => a + v, 0);
          // The last year gives back less than the years before gave.
          o.amounts[n - 1] = -Math.max(10_000, Math.floor(total / 20_000) * 10_000);
          expect(checkNegative(build(rowsOf(b), n))).toEqual([]);
        },
      ),
    );
  });

  it('own financing below zero is still a warning at its cell', () => {
    fc.assert(
      fc.property(
        years.chain((n) => fc.tuple(fc.constant(n), base(n), fc.nat(n - 1))),
        ([n, b, j]) => {
          b.own[j] = -b.own[j];
          const found = checkNegative(build(rowsOf(b), n));
          expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
            ['negative-amount', 'warning', `${String.fromCharCode(66 + j)}2`],
          ]);
        },
      ),
    );
  });

  it('a source whose whole contribution is negative, with no word for money coming back, is still a warning', () => {
    fc.assert(
      fc.property(
        years.chain((n) => fc.tuple(fc.constant(n), base(n), fc.nat(n - 1))),
        ([n, b, j]) => {
          const o = b.others[0];
          o.amounts = o.amounts.map((v, k) => (k === j ? -v : 0));
          const found = checkNegative(build(rowsOf(b), n));
          expect(found.map((f) => f.cell)).toEqual([`${String.fromCharCode(66 + j)}3`]);
        },
      ),
    );
  });
});

describe('own-share rules only on a financing table', () => {
  it('a long list of lines with own money among them gets no own-share or matching finding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 26, max: 80 }),
        fc.array(kr, { minLength: 80, maxLength: 80 }),
        (n, amounts) => {
          // Own money far below half of the rest: in a financing table that is an error.
          const rows: RowSpec[] = [
            { label: 'Egenkapital', type: 'own', amounts: [10_000] },
            ...amounts
              .slice(0, n - 1)
              .map((v, i): RowSpec => ({ label: `Konto ${i + 1}`, type: 'state', amounts: [v] })),
          ];
          const input = table('Ark1', rows, null, { periods: ['2025'] });
          expect(checkOwnShare(input, { minOwnShare: decimal(50) })).toEqual([]);
          expect(checkOwnShare(input, {})).toEqual([]);
          expect(checkMatching(input, { matchingRatio: decimal(1) })).toEqual([]);
          // The same own money beside a few sources is still checked.
          const few = table('Ark1', rows.slice(0, 3), null, { periods: ['2025'] });
          expect(checkOwnShare(few, { minOwnShare: decimal(50) }).map((f) => f.rule)).toContain(
            'cofinancing-below-minimum',
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
