/**
 * Generated budgets laid out under their families (issue 22): the fixed sample keeps the invariant, every
 * variant of it. Budgets have no list of known broken variants: one that breaks fails here.
 */
import { BUDGET_SAMPLE, budgetSpecsFor, evaluateSpec, type VariantResult } from './evaluate';
import { randomBudget } from './truths/budget';

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
