/**
 * Generated budgets laid out under their families (issue 22): the fixed sample keeps the invariant, every
 * variant of it. Budgets have no list of known broken variants: one that breaks fails here.
 */
import { BUDGET_SAMPLE, budgetSpecsFor, evaluateSpec, type VariantResult } from './evaluate';
import { netBudget, randomBudget } from './truths/budget';

describe('metamorphic budgets', () => {
  let results: VariantResult[];

  beforeAll(() => {
    results = budgetSpecsFor(BUDGET_SAMPLE.firstSeed, BUDGET_SAMPLE.count).map(evaluateSpec);
  }, 120_000);

  it('keeps the invariant in every variant of the sample', () => {
    const broken = results.filter((r) => r.outcome !== 'kept');
    if (broken.length) console.log(broken.map((r) => `${r.id}\n    ${r.problems.join('\n    ')}`).join('\n'));
    expect(broken.map((r) => r.id)).toEqual([]);
  });

  it('plants errors in about half of the budgets, each in one of the three ways', () => {
    const truths = Array.from({ length: 60 }, (_, i) => randomBudget(i + 1));
    const planted = truths.filter((t) => t.planted.length);
    expect(planted.length).toBeGreaterThan(15);
    const where = new Set(planted.map((t) => t.rows.find((r) => r.id === t.planted[0].row)!.role));
    expect([...where].sort()).toEqual(['part', 'subtotal', 'total']);
  });

  it('keeps every sum of a correct budget exact', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const t = randomBudget(seed);
      if (t.planted.length) continue;
      const kr = (id: string, col: string) => {
        const v = t.rows.find((r) => r.id === id)!.cells[col];
        return v.t === 'money' ? v.kr : 0n;
      };
      for (const r of t.rows.filter((x) => x.sumOf))
        for (const c of t.cols) expect(kr(r.id, c.id)).toBe(r.sumOf!.reduce((s, id) => s + kr(id, c.id), 0n));
    }
  });
});

describe('generated budgets as Udgifter | Indtægter | Netto', () => {
  it('keep Netto the sum of costs and income on every line, and every sum line the sum of its lines', () => {
    let planted = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const t = netBudget(seed);
      const p = t.planted[0];
      if (p) planted++;
      const kr = (id: string, col: string): bigint => {
        const v = t.rows.find((r) => r.id === id)!.cells[col];
        return v.t === 'money' ? v.kr : 0n;
      };
      // A planted cell holds what was typed; what it should hold keeps every sum.
      const right = (id: string, col: string): bigint =>
        p && p.row === id && p.col === col ? p.expected : kr(id, col);
      for (const r of t.rows) {
        expect(right(r.id, 'ind') <= 0n).toBe(true);
        expect(right(r.id, 'net')).toBe(right(r.id, 'udg') + right(r.id, 'ind'));
        if (r.sumOf)
          for (const c of ['udg', 'ind', 'net'])
            expect(right(r.id, c)).toBe(r.sumOf.reduce((s, id) => s + right(id, c), 0n));
      }
      if (p) expect(p.actual).not.toBe(p.expected);
    }
    expect(planted).toBeGreaterThan(15);
  });
});
