/**
 * A total column under a word no list holds ("Data", "Felt 5") is found by its figures even when one of
 * them is typed wrong: the wrong cell breaks its row and its column by the same amount, and is reported.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

describe('a total column under an unknown word', () => {
  it('is read by its sums, and a typo in it is named at its cell', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.integer({ min: 1, max: 90 }).map((k) => k * 50_000),
            { minLength: 3, maxLength: 3 },
          ),
          {
            minLength: 2,
            maxLength: 2,
          },
        ),
        fc.constantFrom('Data', 'Felt 5', 'Kolonne E'),
        fc.integer({ min: 1, max: 9 }),
        (lines, word, k) => {
          const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
          const byYear = [0, 1, 2].map((y) => lines[0][y] + lines[1][y]);
          const rows: RawValue[][] = [
            ['Projektets finansiering'],
            ['Felt 3', 2025, 2026, 2027, word],
            ['Egenfinansiering', ...lines[0], sum(lines[0]) + k * 10_000],
            ['EU-midler (ERDF)', ...lines[1], sum(lines[1])],
            ['I alt', ...byYear, sum(byYear)],
          ];
          const r = checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
          const at = r.findings.filter((f) => f.cell === 'E3' && f.severity === 'error');
          expect(at.some((f) => f.expected === String(sum(lines[0])))).toBe(true);
          expect(r.verdicts![0].verdict).toBe('errors');
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is read by its sums when the typo is the grand total where the total row and column meet', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 1, max: 90 }).map((k) => k * 10_000),
          { minLength: 6, maxLength: 6 },
        ),
        fc.constantFrom('Data', 'Opgørelse', 'Tal'),
        fc.integer({ min: 1, max: 9 }).map((k) => k * 10_000),
        (v, word, slip) => {
          const own = v.slice(0, 3);
          const grant = v.slice(3);
          const byYear = [0, 1, 2].map((y) => own[y] + grant[y]);
          const all = byYear.reduce((x, y) => x + y, 0);
          const rows: RawValue[][] = [
            ['Budget og finansiering'],
            ['Data', 2024, 2025, 2026, word],
            ['Kommunens egenfinansiering', ...own, own.reduce((x, y) => x + y, 0)],
            ['Fondsmidler', ...grant, grant.reduce((x, y) => x + y, 0)],
            ['Totalt', ...byYear, all + slip],
          ];
          const r = checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
          const at = r.findings.filter((f) => f.cell === 'E5' && f.severity === 'error');
          expect(at.map((f) => [f.expected, f.actual])).toEqual([[String(all), String(all + slip)]]);
          expect(r.verdicts![0].verdict).toBe('errors');
        },
      ),
      { numRuns: 25 },
    );
  });
});
