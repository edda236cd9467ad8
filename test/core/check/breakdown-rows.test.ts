/**
 * Breakdown rows ("heraf ...", "deraf ...", indented) under a source of financing are part of that source: a
 * correct table gives no error or warning, however many periods and breakdown rows it has, and a wrong total
 * is named at its cell with the sum of the sources only.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';

const WORDS = ['heraf ', 'deraf ', '  heraf ', 'Heraf bl.a. ', 'herunder '];

interface Plan {
  years: number;
  own: number[];
  state: number[][];
  word: string;
}

const plan = fc.integer({ min: 1, max: 4 }).chain((years) =>
  fc.record({
    years: fc.constant(years),
    own: fc.array(fc.integer({ min: 200, max: 900 }), { minLength: years, maxLength: years }),
    state: fc.array(fc.array(fc.integer({ min: 10, max: 300 }), { minLength: years, maxLength: years }), {
      minLength: 1,
      maxLength: 3,
    }),
    word: fc.constantFrom(...WORDS),
  }),
);

function rows(p: Plan, totalTypo = 0): RawValue[][] {
  const k = (n: number) => n * 1_000;
  const years = Array.from({ length: p.years }, (_, i) => 2025 + i);
  const withTotal = (xs: number[]) => [...xs, xs.reduce((a, b) => a + b, 0)];
  const state = years.map((_, y) => p.state.reduce((s, part) => s + part[y], 0));
  const total = years.map((_, y) => k(p.own[y]) + k(state[y]));
  const totalRow = withTotal(total);
  totalRow[0] += totalTypo;
  return [
    ['Finansiering af projektet'],
    [],
    ['Kilde', ...years, 'I alt'],
    ['Egenfinansiering', ...withTotal(p.own.map(k))],
    ['Statslige midler', ...withTotal(state.map(k))],
    ...p.state.map((part, i) => [`${p.word}pulje ${i + 1}`, ...withTotal(part.map(k))]),
    ['I alt', ...totalRow],
  ];
}

const run = (r: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), PARAMS);

describe('breakdown rows under a source of financing', () => {
  it('a correct table gives no error or warning, and its reading names the breakdown', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(p.own.every((o, y) => o >= p.state.reduce((s, part) => s + part[y], 0)));
        const r = run(rows(p));
        expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        const reading = r.readings!.find((x) => x.tableId.startsWith('Ark1'))!;
        expect(reading.decisions.some((d) => d.role === 'breakdown-rows')).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a wrong total is named at its cell, in kroner, with the sum of the sources without the breakdown', () => {
    fc.assert(
      fc.property(plan, (p) => {
        fc.pre(p.own.every((o, y) => o >= p.state.reduce((s, part) => s + part[y], 0)));
        const r = run(rows(p, 100_000));
        const bad = r.findings.filter((f) => f.severity === 'error');
        const total = bad.find((f) => f.rule === 'total-mismatch' && f.cell === `B${7 + p.state.length - 1}`);
        const sources = p.own[0] * 1_000 + p.state.reduce((s, part) => s + part[0], 0) * 1_000;
        expect(total).toMatchObject({ expected: String(sources), actual: String(sources + 100_000) });
      }),
      { numRuns: 25 },
    );
  });
});
