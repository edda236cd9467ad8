/**
 * A reading the sheet's sums contradict on most rows gets no verdict: one `reading-unsure` info and no error
 * or warning. A table with a wrong sum or two is judged as before. Tables are generated co-financing plans:
 * sources by year, a total column and a total row.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';
import { jsonReport } from '../../../src/cli/report';

const SOURCES = ['Kommunens egenfinansiering', 'Statstilskud', 'EU-midler', 'Fondsmidler', 'Regionen'];

/** Sources by year with whole-thousand amounts; `off` rows get a total column that misses by `delta`. */
function plan(amounts: number[][], off: ReadonlySet<number>, delta: number): RawValue[][] {
  const years = amounts[0].map((_, i) => 2025 + i);
  const rows: RawValue[][] = [['Finansieringsplan'], ['Finansiering', ...years, 'I alt']];
  amounts.forEach((line, i) => {
    const sum = line.reduce((a, b) => a + b, 0);
    rows.push([SOURCES[i], ...line, sum + (off.has(i) ? delta : 0)]);
  });
  const byYear = years.map((_, y) => amounts.reduce((a, line) => a + line[y], 0));
  const all = byYear.reduce((a, b) => a + b, 0);
  rows.push(['I alt', ...byYear, all]);
  return rows;
}

const amounts = fc
  .tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 2, max: 4 }))
  .chain(([sources, years]) =>
    fc.array(
      fc.array(
        fc.integer({ min: 1, max: 900 }).map((k) => k * 1_000),
        {
          minLength: years,
          maxLength: years,
        },
      ),
      { minLength: sources, maxLength: sources },
    ),
  );

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('a reading the sums contradict', () => {
  it('gets no verdict when the total column misses on every source row', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 99 }), (a, k) => {
        const r = run(plan(a, new Set(a.map((_, i) => i)), k * 10_000));
        expect(r.verdicts![0].verdict).toBe('unsure');
        expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(r.findings.filter((f) => f.rule === 'reading-unsure')).toHaveLength(1);
        // Nothing is highlighted in a table Fordel would not judge.
        expect(r.plan.highlights).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('still judges a table with one wrong total among its rows', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 99 }), (a, k) => {
        const r = run(plan(a, new Set([1]), k * 10_000));
        expect(r.verdicts![0].verdict).toBe('errors');
        expect(r.findings.some((f) => f.rule === 'reading-unsure')).toBe(false);
        expect(r.findings.some((f) => f.rule === 'total-mismatch' && f.cell.endsWith('4'))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('scores each reading by the rows on which its sums hold, in the reading --json prints', () => {
    fc.assert(
      fc.property(amounts, fc.boolean(), (a, wrong) => {
        const r = run(plan(a, new Set(wrong ? [0] : []), 50_000));
        const reading = jsonReport(r, 'da').tables[0].reading!;
        const rows = a.length + 1;
        expect(reading.confidence!.margin).toBeNull();
        if (wrong) {
          expect(reading.confidence!.score).toBeCloseTo((rows - 1) / rows, 2);
          expect(reading.confidence!.evidence).toEqual([
            `En sum er brudt i 1 af tabellens ${rows} rækker med tal.`,
          ]);
        } else {
          expect(reading.confidence!.score).toBe(1);
          expect(reading.confidence!.evidence).toEqual([
            `Ingen sum er brudt i tabellens ${rows} rækker med tal.`,
          ]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
