/**
 * Generated target lists (truths/kpi.ts, kpi-variant.ts): each verdict follows from the figures with a margin no
 * way of drawing the straight line can cross, sub-targets add up to their gross target unless one is planted off,
 * the written cells give back the truth's target and deadline in every layout, and the fixed sample breaks no
 * variant outside known-broken-kpi.json (a list that only shrinks).
 */
import type { RawValue } from '../../src/core/grid/grid';
import { evaluateSpec, KPI_SAMPLE, kpiSpecsFor, type VariantResult } from './evaluate';
import { readKnown } from './known';
import { buildKpiVariant, MONTHS } from './kpi-variant';
import { KPI_HELD_BACK, kpiTruth, passed, type KpiTarget } from './truths/kpi';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

/** The first Danish number in a text, in tenths ("mindst 1.500" -> 15000, "4,5" -> 45). */
function tenthsIn(v: RawValue, percentCell: boolean): number | null {
  if (typeof v === 'number') return Math.round(v * (percentCell ? 1000 : 10));
  if (typeof v !== 'string') return null;
  const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/.exec(v);
  return m ? Math.round(Number(m[0].replace(/\./g, '').replace(',', '.')) * 10) : null;
}

/** A deadline cell back as y-m-d, a year alone as its last day. */
function dateIn(v: RawValue): string | null {
  if (typeof v === 'number' && v > 3000) {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
    return `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  }
  if (typeof v === 'number') return `${v}-12-31`;
  if (typeof v !== 'string') return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (dotted) return `${dotted[3]}-${Number(dotted[2])}-${Number(dotted[1])}`;
  const long = /^(\d{1,2})\. (\p{L}+) (\d{4})$/u.exec(v);
  if (long) return `${long[3]}-${MONTHS.indexOf(long[2]) + 1}-${Number(long[1])}`;
  const ultimo = /^ultimo (\d{4})$/.exec(v);
  return ultimo ? `${ultimo[1]}-12-31` : null;
}

const beats = (t: KpiTarget, r: number): boolean => (t.lower ? r < t.target : r > t.target);
/** How far from baseline to target a result has come, 0 to 1. */
const progress = (t: KpiTarget): number => (t.result! - t.baseline!) / (t.target - t.baseline!);

describe('generated target lists', () => {
  const truths = SEEDS.map((s) => kpiTruth(s));
  // The held-back choices too, as `--try` writes them: the truth must hold under them before they are drawn.
  const held = SEEDS.slice(0, 60).flatMap((s) => [
    kpiTruth(s, { dates: 'in-head' }),
    kpiTruth(s, { targets: 'unit-col' }),
    kpiTruth(s, { targets: 'unit-col-fraction' }),
  ]);
  const targets = [...truths, ...held].flatMap((t) => t.targets);

  it('gives each target the verdict its figures give, with a wide margin', () => {
    for (const t of targets) {
      if (t.result === undefined || t.planted === 'kpi-missing-baseline') {
        expect(t.verdict).toBe('none');
        continue;
      }
      if (t.verdict === 'met')
        expect(t.kind === 'range' ? t.result > t.target : beats(t, t.result)).toBe(true);
      if (t.verdict === 'not-met') {
        expect(passed(t.deadline)).toBe(true);
        expect(beats(t, t.result)).toBe(false);
      }
      if (t.verdict === 'at-risk') {
        expect(passed(t.deadline)).toBe(false);
        expect(progress(t)).toBeLessThanOrEqual(0.2);
      }
      if (t.verdict === 'none') {
        expect(passed(t.deadline)).toBe(false);
        expect(beats(t, t.result)).toBe(false);
        if (t.baseline !== undefined) expect(progress(t)).toBeGreaterThanOrEqual(0.85);
        else expect(t.orVerdict).toBe('at-risk');
      }
    }
    const verdicts = new Set(targets.map((t) => t.verdict));
    expect([...verdicts].sort()).toEqual(['at-risk', 'met', 'none', 'not-met']);
  });

  it('has sub-targets that add up to their gross target, unless one is planted off by a tenth or more', () => {
    let planted = 0;
    for (const truth of truths) {
      const i = truth.targets.findIndex((t) => t.role === 'gross');
      if (i < 0) continue;
      const gross = truth.targets[i];
      const subs = truth.targets.slice(i + 1).filter((t, j) => truth.targets[i + 1 + j].role === 'sub');
      const sum = subs.reduce((a, t) => a + t.target, 0);
      expect(gross.result).toBe(subs.reduce((a, t) => a + t.result!, 0));
      if (gross.planted) {
        planted++;
        expect(truth.layout.subs).toBe('heraf');
        expect(Math.abs(gross.target - sum)).toBeGreaterThanOrEqual(sum * 0.09);
      } else expect(gross.target).toBe(sum);
    }
    expect(planted).toBeGreaterThan(5);
  });

  it('writes each target, its result and its deadline where the case says its row is', () => {
    const laid = SEEDS.slice(0, 120).flatMap((seed) =>
      seed <= 40
        ? [
            buildKpiVariant(seed),
            buildKpiVariant(seed, 'dates:in-head'),
            buildKpiVariant(seed, 'targets:unit-col-fraction'),
          ]
        : [buildKpiVariant(seed)],
    );
    for (const v of laid) {
      const rows = v.case.sheets[0].rows;
      const head = rows.findIndex((r) =>
        r.some((x) => x === 'Resultatmål' || x === 'Indikator' || x === 'Succeskriterium' || x === 'Mål'),
      );
      const line = rows[head];
      const nameCol = line.findIndex((x) => x !== null);
      const col = (re: RegExp): number =>
        line.findIndex((x, c) => c > nameCol && typeof x === 'string' && re.test(x));
      const tc = col(/^(Mål|Måltal|Målværdi|Målsætning)( \d{4})?$/);
      const dc = col(/^(Frist|Tidsfrist|Deadline|Målår)$/);
      const percentCells = ['pct-cells', 'unit-col-fraction'].includes(v.truth.layout.targets);
      v.truth.targets.forEach((t, i) => {
        const cells = rows[v.rows[i] - 1];
        expect(String(cells.find((x) => x !== null))).toContain(t.name);
        const d = t.deadline;
        // One deadline for all in the target's head ("Mål 2027"), or each in its own cell.
        if (v.truth.layout.dates === 'in-head') expect(line[tc]).toMatch(new RegExp(` ${d.y}$`));
        else expect(dateIn(cells[dc])).toBe(`${d.y}-${d.m}-${d.d}`);
        const pctCell = percentCells && (t.kind === 'pct' || t.kind === 'range');
        const want = t.kind === 'relative' ? t.rise! * 10 : t.target;
        expect(tenthsIn(cells[tc], pctCell && typeof cells[tc] === 'number')).toBe(want);
      });
    }
  });

  it('draws every layout choice', () => {
    const seen = new Set(
      truths.flatMap((t) => [
        `dates:${t.layout.dates}`,
        `targets:${t.layout.targets}`,
        `baseline:${t.layout.baseline}`,
        `subs:${t.layout.subs}`,
        ...t.layout.extra.map((x) => `extra:${x}`),
        ...t.layout.notes.map((x) => `notes:${x}`),
      ]),
    );
    expect(seen.size).toBe(7 + 7 + 3 + 3 + 4 + 4 - KPI_HELD_BACK.length);
  });
});

describe('target lists sample', () => {
  let results: VariantResult[];

  beforeAll(() => {
    results = kpiSpecsFor(KPI_SAMPLE.firstSeed, KPI_SAMPLE.count).map(evaluateSpec);
  }, 120_000);

  it('breaks no variant outside known-broken-kpi.json, and lists only variants that still break', () => {
    const known = new Set(readKnown('kpi'));
    const broken = results.filter((r) => r.outcome === 'broken');
    const fresh = broken.filter((r) => !known.has(r.id));
    if (fresh.length) console.log(fresh.map((r) => `${r.id}\n    ${r.problems.join('\n    ')}`).join('\n'));
    expect(fresh.map((r) => r.id)).toEqual([]);
    const healed = [...known].filter((id) => !broken.some((r) => r.id === id));
    if (healed.length)
      console.log(
        'Keep the invariant now; shrink the list: npm run metamorphic -- --kpis --sample --update-known',
      );
    expect(healed).toEqual([]);
  });
});
