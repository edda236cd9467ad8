/**
 * A breakdown of own financing by focus area is held against the summary's own-financing row only when both
 * speak of the same periods. Tables over shifted runs of years are about something else: comparing them by
 * position would call a correct table wrong.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const summary = (years: number[], own: number[]): RawValue[][] => [
  ['Finansieringsplan'],
  ['Finansiering', ...years, 'I alt'],
  ['Egne midler', ...own, own.reduce((a, b) => a + b, 0)],
  ['Statstilskud', ...own, own.reduce((a, b) => a + b, 0)],
  ['I alt', ...own.map((x) => 2 * x), 2 * own.reduce((a, b) => a + b, 0)],
];

const breakdown = (years: number[], areas: number[][]): RawValue[][] => {
  const byYear = years.map((_, y) => areas.reduce((a, row) => a + row[y], 0));
  return [
    ['Egenfinansiering fordelt på indsatsområder'],
    ['Indsatsområde', ...years, 'I alt'],
    ...areas.map((row, i) => [`Område ${i + 1}`, ...row, row.reduce((a, b) => a + b, 0)]),
    ['I alt', ...byYear, byYear.reduce((a, b) => a + b, 0)],
  ];
};

const amounts = (n: number) =>
  fc.array(
    fc.integer({ min: 1, max: 90 }).map((k) => k * 10_000),
    { minLength: n, maxLength: n },
  );

describe('a breakdown and its summary', () => {
  it('are compared only over the same years; shifted years leave a correct pair alone', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(amounts(n), { minLength: 2, maxLength: 3 }),
              amounts(n),
              fc.integer({ min: 1, max: 2 }),
            ),
          ),
        ([n, areas, own, shift]) => {
          const years = Array.from({ length: n }, (_, i) => 2021 + i);
          const byYear = years.map((_, y) => areas.reduce((a, row) => a + row[y], 0));
          // Same years: the breakdown must add up to the own-financing row, so a different row is reported.
          const same = checkWorkbook(
            snapshot([gridFromRows('Ark1', [...summary(years, own), [], ...breakdown(years, areas)])]),
            PARAMS,
          );
          const differs = own.some((x, i) => x !== byYear[i]);
          expect(same.findings.some((f) => f.rule === 'breakdown-mismatch')).toBe(differs);
          // Shifted years: another project's plan, nothing to compare.
          const shifted = years.map((y) => y + shift);
          const other = checkWorkbook(
            snapshot([gridFromRows('Ark1', [...summary(shifted, own), [], ...breakdown(years, areas)])]),
            PARAMS,
          );
          expect(other.findings.filter((f) => f.rule === 'breakdown-mismatch')).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});
