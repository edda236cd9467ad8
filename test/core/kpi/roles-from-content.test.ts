/**
 * A target list's columns are told apart by what their cells hold, with the header words as support: years
 * are the year of the target, a count is no date, status words are no result, "fra X til Y" is a baseline and
 * a target, and a unit column's "%" makes 0,42 into 42 %.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckParams } from '../../../src/core/check/params';
import type { CheckResult } from '../../../src/core/check/result';
import type { RawValue } from '../../../src/core/grid/grid';
import { NO_RESULT_WORDS } from '../../../src/core/kinds/kpi/rules/no-result';
import type { KpiLayout } from '../../../src/core/tables/layout';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][], params: Partial<CheckParams> = {}): CheckResult =>
  checkWorkbook(snapshot([sheet('Ark', rows)]), { ...PARAMS, ...params });
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const kpi = (r: CheckResult) => r.tables.find((t): t is KpiLayout => t.kind === 'kpi')!;

describe('years, dates and figures by what the cells hold', () => {
  it('reads »Målår« as the year the target is due, not as its value', () => {
    const r = check([
      ['Resultatmål', 'Målår', 'Måltal', 'Resultat'],
      ['Antal vejledte virksomheder', 2025, 1500, 900],
      ['Kendskabsgrad', 2026, 50, 42],
    ]);
    const t = kpi(r);
    expect(t.columns).toMatchObject({ targetValue: 2, actual: 3, deadline: 1 });
    expect(r.findings.filter((f) => /ingen frist/.test(f.message.da))).toEqual([]);
    // 2025 is over on the as-of date (24.11.2026): 900 of 1.500 is not met.
    expect(r.findings.find((f) => f.rule === 'kpi-not-met')).toMatchObject({
      cell: 'D2',
      expected: '1500',
      actual: '900',
    });
  });

  it('reads a count of 700 under »Senest opgjort« as the result, not as the date 30.11.1901', () => {
    const r = check([
      ['Indikator', 'Baseline', 'Mål', 'Senest opgjort'],
      ['Patenter', 500, 800, 700],
      ['Nye virksomheder', 100, 150, 120],
    ]);
    expect(kpi(r).columns).toMatchObject({ baseline: 1, targetValue: 2, actual: 3 });
    expect(kpi(r).columns.deadline).toBeUndefined();
    expect(r.findings.filter((f) => /1901|1900/.test(f.message.da))).toEqual([]);
  });

  it('finds the target value under a word no list holds after the result, when the deadline comes first', () => {
    const r = check([
      ['Mål', 'Frist', 'Resultat 2025', 'Niveau'],
      ['Borgertilfredshed på niveau med 2024 (skala 1-5)', 2025, 4.3, 4.2],
      ['Deltagere i events', 2025, 2610, 2500],
    ]);
    expect(kpi(r).columns).toMatchObject({ target: 0, deadline: 1, actual: 2, targetValue: 3 });
    expect(r.findings.filter((f) => f.rule === 'kpi-met').map((f) => f.cell)).toEqual(['C2', 'C3']);
  });

  it('still reads a column of real deadlines under »Frist«', () => {
    const r = check([
      ['Indikator', 'Mål', 'Resultat', 'Frist'],
      ['Patenter', 800, 700, 46022],
    ]);
    expect(kpi(r).columns.deadline).toBe(3);
  });
});

describe('status words where a result belongs', () => {
  it('are no result: no error and no unsure reading, whatever the word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NO_RESULT_WORDS, '-', '–'),
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        (word, upper, pad) => {
          const said = pad + (upper ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)) + pad;
          const r = check([
            ['Mål', 'Måltal', 'Resultat', 'Frist'],
            ['Antal vejledninger', 1500, said, '31.12.2027'],
            ['Fastholdelse', 90, 95, '31.12.2027'],
          ]);
          expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(r.findings.filter((f) => f.rule === 'reading-unsure')).toEqual([]);
          expect(r.verdicts!.map((v) => v.verdict)).toEqual(['ok']);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('leave a target past its deadline without a result, said as such', () => {
    const r = check([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Antal vejledninger', 1500, 'Ikke opgjort', '31.12.2025'],
    ]);
    expect(r.findings.map((f) => f.rule)).toEqual(['kpi-deadline-passed']);
    const said = r.readings![0].decisions.find((d) => d.role === 'no-result')!;
    expect(plain(said.because.da)).toContain('»Ikke opgjort« er intet resultat endnu');
  });
});

describe('»fra 1,7 % til 2,5 %« in one cell', () => {
  it('is a baseline and a target', () => {
    const r = check([
      ['Mål', 'Mål', 'Resultat', 'Frist'],
      ['Andel virksomheder der eksporterer', 'fra 1,7 % til 2,5 %', '2,0 %', '31.12.2025'],
      ['Ledighed', 'fra 6 til 4,5 %', '5 %', '31.12.2025'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'reading-unsure')).toEqual([]);
    const notMet = r.findings.filter((f) => f.rule === 'kpi-not-met');
    expect(notMet.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['C2', '2.5', '2'],
      ['C3', '4.5', '5'],
    ]);
    // From 6 down to 4,5: lower is better, read from the two figures.
    const down = r.readings![0].decisions.find((d) => d.role === 'direction' && d.cells === 'A3')!;
    expect(plain(down.because.da)).toContain('lavere er bedre');
  });
});

describe('a unit column', () => {
  const rows = (unit: string, target: RawValue, actual: RawValue): RawValue[][] => [
    ['Indikator', 'Enhed', 'Mål', 'Resultat', 'Frist'],
    ['Kendskabsgrad', unit, target, actual, '31.12.2025'],
    ['Vejledninger', 'antal', 1500, 1400, '31.12.2025'],
  ];

  it('makes 0,42 beside »%« into 42 %', () => {
    const r = check(rows('%', 0.5, 0.42));
    const hit = r.findings.find((f) => f.cell === 'D2')!;
    expect(hit).toMatchObject({ rule: 'kpi-not-met', expected: '50', actual: '42' });
    expect(plain(hit.message.da)).toContain('resultatet 42 % når ikke målet 50 %');
    // The count beside »antal« stays a count.
    expect(r.findings.find((f) => f.cell === 'D3')).toMatchObject({ expected: '1500', actual: '1400' });
  });

  it('gives the same findings as percent-formatted cells, for any share and result', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 100 }), (t, a) => {
        const byUnit = check(rows('%', t / 100, a / 100));
        const grid = sheet('Ark', rows('', t / 100, a / 100));
        const formats = grid.values.map((line, r) =>
          line.map((_, c) => (r === 1 && (c === 2 || c === 3) ? '0%' : null)),
        );
        const formatted = checkWorkbook(snapshot([{ ...grid, formats }]), PARAMS);
        const seen = (x: CheckResult) => x.findings.map((f) => [f.rule, f.cell, f.expected, f.actual]);
        expect(seen(byUnit)).toEqual(seen(formatted));
      }),
      { numRuns: 60 },
    );
  });
});

describe('results per year beside a target for a later year', () => {
  const rows = (jobs2026: RawValue): RawValue[][] => [
    ['Indikator', 2024, 2025, 2026, '2027-mål'],
    ['Antal vejledninger', 1100, 1250, 1400, 1500],
    ['Kendskabsgrad (%)', 38, 41, 44, 50],
    ['Nye job', 200, 240, jobs2026, 300],
  ];

  it('is a target list with a time series, not a co-financing table', () => {
    const r = check(rows(260));
    expect(r.tables.map((t) => t.kind)).toEqual(['kpi']);
    const t = kpi(r);
    expect(t.series?.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(t.targetYear).toBe(2027);
    const said = r.readings![0].decisions.find((d) => d.role === 'series')!;
    expect(plain(said.because.da)).toContain('det seneste udfyldte år er resultatet');
  });

  it('takes the latest year filled in each row as its result, and the target year as its deadline', () => {
    const r = check(rows(null), { asOf: '2028-01-15' });
    const notMet = r.findings.filter((f) => f.rule === 'kpi-not-met');
    // Nye job has no 2026 figure: its result is 240 from 2025.
    expect(notMet.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['D2', '1500', '1400'],
      ['D3', '50', '44'],
      ['C4', '300', '240'],
    ]);
    expect(plain(notMet[0].message.da)).toContain('31.12.2027');
  });

  it('is not a series when the last column sums the years: that is a total', () => {
    const r = check([
      ['Kilde', 2025, 2026, 'Mål 2026'],
      ['Egenfinansiering', 100, 100, 200],
      ['Statstilskud', 100, 100, 200],
    ]);
    expect(r.tables.every((t) => t.kind !== 'kpi' || !t.series)).toBe(true);
  });
});

describe('the order of the columns of a target list', () => {
  // Names, target values and results in any order after the names, under headers that could each name the
  // targets ("Mål", "Målsætning") or none ("Niveau"): the cells decide which is which.
  const targets: RawValue[][] = [
    ['Opsøgte iværksættermiljøer', 30, 32],
    ['Deltagere i events', 2500, 2610],
    ['Virksomheder i forløb', 'mindst 40', 44],
  ];
  const headers = fc.record({
    name: fc.constantFrom('Mål', 'Indikator', 'Resultatmål'),
    value: fc.constantFrom('Målsætning', 'Niveau', 'Måltal'),
    actual: fc.constantFrom('Resultat 2025', 'Status', 'Realiseret'),
  });

  it('gives each target the same verdict whether the result comes before or after the target value', () => {
    fc.assert(
      fc.property(headers, fc.boolean(), (h, resultFirst) => {
        const order = resultFirst ? [0, 2, 1] : [0, 1, 2];
        const head = [h.name, h.value, h.actual];
        const rows = [
          [...order.map((i) => head[i]), 'Frist'],
          ...targets.map((t) => [...order.map((i) => t[i]), '31.12.2025']),
        ];
        const r = check(rows, { asOf: '2026-03-01' });
        const t = kpi(r);
        expect(t).toBeDefined();
        expect(t.columns).toMatchObject({
          target: 0,
          targetValue: order.indexOf(1),
          actual: order.indexOf(2),
        });
        expect(r.findings.filter((f) => f.rule === 'kpi-met').map((f) => f.cell)).toHaveLength(3);
      }),
      { numRuns: 30 },
    );
  });

  it('takes the column of figures as the result when a column of status words is headed as one too', () => {
    fc.assert(
      fc.property(fc.boolean(), (wordsFirst) => {
        const status = ['Opfyldt', 'Ikke opfyldt', 'I gang'];
        const cols = (t: RawValue[], i: number): RawValue[] =>
          wordsFirst ? [t[0], t[1], status[i], t[2]] : [t[0], t[1], t[2], status[i]];
        const head = wordsFirst
          ? ['Mål', 'Måltal', 'Status (egen vurdering)', 'Resultat']
          : ['Mål', 'Måltal', 'Resultat', 'Status (egen vurdering)'];
        const r = check([[...head, 'Frist'], ...targets.map((t, i) => [...cols(t, i), '31.12.2025'])], {
          asOf: '2026-03-01',
        });
        expect(kpi(r).columns.actual).toBe(wordsFirst ? 3 : 2);
        expect(r.findings.filter((f) => f.rule === 'kpi-met')).toHaveLength(3);
      }),
      { numRuns: 4 },
    );
  });
});
