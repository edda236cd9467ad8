/**
 * The variants of what public-sector sheets do around a table (public-sector.ts) keep the truth: every truth
 * cell holds its exact amount at its mapped cell, and each thing added is what a kommune's or a ministry's sheet
 * holds ("÷15.750", "15.750-", "–", "B2026"/"BO1", valid CVR numbers, a Kontrol column of zeros ...).
 */
import {
  fitsWith,
  HELD_BACK,
  LATER_ROUNDS,
  laterFor,
  planVariant,
  PUBLIC_SECTOR,
  show,
  type Transform,
} from './families';
import { keptWithOthers, partIds, roundKit } from './round-kit';
import {
  brokenHead,
  cvrNumber,
  EN_DASH,
  FOOTNOTES,
  NOTE_ROWS,
  PCT_HEADS,
  TITLE_DATES,
  validCvr,
} from './public-sector';
import { Rng } from './rng';
import { a1, type Pos } from './sheet-model';
import type { TableTruth } from './truth';
import { truthById } from './variant';
import { decimalOf, truthKept, write, type Written } from './written';

/** The rounds of public-sector.ts (indexes 5 and 6 of LATER_ROUNDS). */
const ROUND = 5;
const ALL = [...PUBLIC_SECTOR, ...LATER_ROUNDS[ROUND + 1]];
/** The rounds' variants that apply to a truth, those held back included: they are written as they will be drawn. */
const mine = (t: TableTruth): Transform[] => laterFor(t, ROUND, ALL);

const kit = roundKit(mine);
const POOL = kit.pool;
const firstWith = kit.firstWith;

const partRows = partIds;
const moneyCells = (t: TableTruth, w: Written): { kr: bigint; at: Pos }[] =>
  t.rows.flatMap((r) =>
    t.cols.flatMap((c) => {
      const v = r.cells[c.id];
      return v?.t === 'money' ? [{ kr: v.kr, at: w.at(r.id, c.id)! }] : [];
    }),
  );
/** The cells of a sheet row, as A1 addresses with their values. */
const rowCells = (w: Written, r: number): string[] =>
  Object.keys(w.ws).filter((k) => !k.startsWith('!') && Number(k.replace(/^[A-Z]+/, '')) === r + 1);

describe('what public-sector sheets do around a table', () => {
  it('keeps every truth cell’s exact value at its mapped cell, with the other families drawn', () => {
    // Each variant on a few truths: enough to meet the negatives and zeros of the rarer tables.
    const run = keptWithOthers(kit, { seeds: 12, perVariant: 3 });
    expect(run.wrong).toEqual([]);
    expect([...run.seen.keys()].sort()).toEqual([...ALL].sort());
  });

  it.each(['division-minus', 'trailing-minus'])(
    'types only the negative amounts as text (%s), read back as the same kroner',
    (variant) => {
      const t = firstWith(`numbers:${variant}`);
      const w = write(t, 3, `numbers:${variant}`);
      const cells = moneyCells(t, w);
      const negatives = cells.filter((x) => x.kr < 0n);
      expect(negatives.length).toBeGreaterThan(0);
      const pattern = variant === 'trailing-minus' ? /^[\d.]+-$/ : /^÷ ?[\d.]+$/;
      expect(negatives.filter((x) => !pattern.test(String(w.cell(x.at)?.v)))).toEqual([]);
      expect(cells.filter((x) => w.cell(x.at)?.t === 's')).toHaveLength(negatives.length);
      expect(negatives.map((x) => decimalOf(w.cell(x.at)))).toEqual(negatives.map((x) => String(x.kr)));
      expect(truthKept(w)).toEqual([]);
    },
  );

  it('writes nil as an en dash and every other amount as a number', () => {
    const t = firstWith('numbers:nil-en-dash');
    const w = write(t, 5, 'numbers:nil-en-dash');
    const cells = moneyCells(t, w);
    expect(cells.filter((x) => x.kr === 0n).length).toBeGreaterThan(0);
    for (const x of cells) expect(w.cell(x.at)?.v).toBe(x.kr === 0n ? EN_DASH : Number(x.kr));
  });

  it('shows "kr." through the number format, the amounts numbers in kroner', () => {
    const t = firstWith('numbers:kr-in-format', (x) => x.kind === 'cofinancing');
    const w = write(t, 7, 'numbers:kr-in-format');
    for (const x of moneyCells(t, w)) {
      const c = w.cell(x.at)!;
      expect([c.t, c.v]).toEqual(['n', Number(x.kr)]);
      expect(String(c.z)).toMatch(/"kr\.?"/);
    }
    // Never over amounts stated in t.kr. or mio. kr.
    expect(
      fitsWith({ family: 'numbers', variant: 'kr-in-format' }, [{ family: 'units', variant: 'tkr-title' }]),
    ).toBe(false);
  });

  it('heads the years "B2026" and "BO2027" or "BO1", the years in order', () => {
    const seen = new Set<string>();
    for (const t of POOL.filter((x) => mine(x).some((y) => show(y) === 'header:budget-codes')).slice(0, 12)) {
      const periods = t.cols.filter((c) => c.role === 'period');
      const w = write(t, 11 + seen.size, 'header:budget-codes');
      const heads = periods.map((c) => {
        const p = w.at(t.rows[0].id, c.id)!;
        return String(w.cell({ r: p.r - 1, c: p.c })?.v);
      });
      const first = periods[0].year!;
      expect(heads[0]).toMatch(new RegExp(`^B ?${first}$`));
      heads
        .slice(1)
        .forEach((h, i) => expect([`BO${first + i + 1}`, `BO ${first + i + 1}`, `BO${i + 1}`]).toContain(h));
      heads.slice(1).forEach((h) => seen.add(h.replace(/\d{4}/, 'YYYY')));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('heads the shares with their unit only, the shares as they were', () => {
    const t = firstWith('header:pct-head');
    const w = write(t, 13, 'header:pct-head');
    const p = w.at(t.rows[0].id, 'key')!;
    expect(PCT_HEADS).toContain(w.cell({ r: p.r - 1, c: p.c })?.v);
    expect(truthKept(w)).toEqual([]);
  });

  it('dates the title, the title still the line above the table', () => {
    const t = firstWith('header:dated-title');
    const w = write(t, 17, 'header:dated-title');
    const title = String(w.cell({ r: w.v.tables[0].area.top, c: w.v.tables[0].area.left })?.v);
    expect(title.startsWith(t.title)).toBe(true);
    expect(TITLE_DATES).toContain(title.slice(t.title.length));
  });

  it('types the total’s label in another case or with a colon', () => {
    const labels = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const t = firstWith('totals:label-case');
      const w = write(t, seed, 'totals:label-case');
      labels.add(String(w.cell(w.at('total', 'label')!)?.v));
    }
    const label = truthById(firstWith('totals:label-case').id).rows.find((r) => r.role === 'total')!.label;
    expect([...labels].sort()).toEqual([label.toLowerCase(), label.toUpperCase(), `${label}:`].sort());
  });

  it('merges the title over the width of the table', () => {
    const t = firstWith('placement:merged-title', (x) => x.kind === 'cofinancing');
    const w = write(t, 19, 'placement:merged-title');
    const area = w.v.tables[0].area;
    const right = Math.max(...t.cols.map((c) => w.at('total', c.id)!.c));
    expect(w.v.sheets[0].merges).toContainEqual({ top: area.top, left: area.left, bottom: area.top, right });
  });

  it('puts one line of text between two parts, with no amount in it', () => {
    const t = firstWith('placement:note-rows', (x) => x.kind === 'split');
    const w = write(t, 23, 'placement:note-rows');
    const rows = t.rows.map((r) => w.at(r.id, 'label')!.r);
    const gaps = rows.slice(1).flatMap((r, i) => (r - rows[i] === 2 ? [rows[i] + 1] : []));
    expect(gaps).toHaveLength(1);
    expect(rows[rows.length - 1] - rows[0]).toBe(rows.length);
    const line = rowCells(w, gaps[0]);
    expect(line).toHaveLength(1);
    expect(NOTE_ROWS).toContain(w.ws[line[0]].v);
    // Between two parts, never after the last.
    expect(gaps[0]).toBeLessThan(w.at(partRows(t)[partRows(t).length - 1], 'label')!.r);
    expect(truthKept(w)).toEqual([]);
  });

  it('leaves an empty row before the total, and none elsewhere', () => {
    const t = firstWith('placement:blank-before-total', (x) => x.kind === 'cofinancing');
    const w = write(t, 29, 'placement:blank-before-total');
    const rows = t.rows.map((r) => w.at(r.id, 'label')!.r);
    expect(rows.slice(1).map((r, i) => r - rows[i])).toEqual([...rows.slice(2).map(() => 1), 2]);
    expect(rowCells(w, rows[rows.length - 1] - 1)).toEqual([]);
  });

  it('writes a valid CVR number left of each part, all different, none on the total', () => {
    expect(validCvr(29189846)).toBe(true);
    expect(validCvr(29189847)).toBe(false);
    const rng = new Rng(7);
    expect(Array.from({ length: 200 }, () => cvrNumber(rng)).every(validCvr)).toBe(true);
    const t = firstWith('columns:cvr');
    const w = write(t, 31, 'columns:cvr');
    const left = (id: string): unknown => {
      const p = w.at(id, 'label')!;
      return w.cell({ r: p.r, c: p.c - 1 })?.v;
    };
    const cvrs = partRows(t).map(left) as number[];
    expect(cvrs.every((n) => typeof n === 'number' && validCvr(n))).toBe(true);
    expect(new Set(cvrs).size).toBe(cvrs.length);
    expect(left('total')).toBeUndefined();
    expect(truthKept(w)).toEqual([]);
  });

  it('writes a kontonummer of the municipal chart of accounts as text left of each part', () => {
    const t = firstWith('columns:account');
    const w = write(t, 37, 'columns:account');
    for (const id of partRows(t)) {
      const p = w.at(id, 'label')!;
      const c = w.cell({ r: p.r, c: p.c - 1 })!;
      expect(c.t).toBe('s');
      expect(String(c.v)).toMatch(/^[0-6]\.\d{2}\.\d{2}$/);
    }
  });

  it('adds a Kontrol column: the total less the sum of the years, 0 where the row adds up', () => {
    let planted = 0;
    for (const t of POOL.filter((x) => mine(x).some((y) => show(y) === 'columns:check')).slice(0, 10)) {
      const w = write(t, 41, 'columns:check');
      const total = t.cols.find((c) => c.role === 'total')!;
      for (const r of t.rows) {
        const p = w.at(r.id, total.id)!;
        const c = w.cell({ r: p.r, c: p.c + 1 })!;
        const years = total.sumOf!.map((id) => w.at(r.id, id)!);
        const range = years.length > 1 ? `${a1(years[0])}:${a1(years[years.length - 1])}` : a1(years[0]);
        expect(c.f).toBe(`${a1(p)}-SUM(${range})`);
        const sum = total.sumOf!.reduce((a, id) => a + (r.cells[id] as { kr: bigint }).kr, 0n);
        const diff = (r.cells[total.id] as { kr: bigint }).kr - sum;
        expect(c.v).toBe(Number(diff));
        if (diff !== 0n) planted++;
        if (!t.planted.some((x) => x.row === r.id)) expect(c.v).toBe(0);
      }
    }
    // A figure typed wrong in a row shows as its difference.
    expect(planted).toBeGreaterThan(0);
  });

  it('adds a hidden helper column of formulas at the right, the amounts in thousands', () => {
    const t = firstWith('columns:hidden-helper', (x) => x.kind === 'split');
    const w = write(t, 43, 'columns:hidden-helper');
    const at = w.at(t.rows[0].id, 'amount')!;
    const col = at.c + 1;
    expect(w.v.sheets[0].hiddenCols.has(col)).toBe(true);
    for (const r of t.rows) {
      const p = w.at(r.id, 'amount')!;
      const c = w.cell({ r: p.r, c: col })!;
      expect(c.f).toBe(`${a1(p)}/1000`);
      expect(c.v).toBe(Number((r.cells.amount as { kr: bigint }).kr) / 1000);
    }
    expect(truthKept(w)).toEqual([]);
  });
});

describe('heads over two lines and footnote marks', () => {
  it('breaks a head before its unit or between two words, never inside "I alt"', () => {
    expect(brokenHead('Beløb (kr.)')).toBe('Beløb\n(kr.)');
    expect(brokenHead('Andel indbyggere i pct.')).toBe('Andel\nindbyggere i pct.');
    expect(brokenHead('I alt')).toBe('I alt');
    const t = firstWith('header:line-break', (x) => x.kind === 'split');
    const w = write(t, 47, 'header:line-break');
    const heads = ['key', 'amount'].map((c) => {
      const p = w.at(t.rows[0].id, c)!;
      return String(w.cell({ r: p.r - 1, c: p.c })?.v);
    });
    expect(heads.filter((h) => h.includes('\n')).length).toBeGreaterThan(0);
    expect(heads.map((h) => h.replace('\n', ' '))).toEqual(t.cols.map((c) => c.head));
    expect(truthKept(w)).toEqual([]);
  });

  it('marks one or two names and explains the mark under the table', () => {
    const t = firstWith('names:footnote-mark', (x) => x.kind === 'cofinancing');
    const w = write(t, 53, 'names:footnote-mark');
    const labels = partRows(t).map((id) => String(w.cell(w.at(id, 'label')!)?.v));
    const marked = labels.filter((l, i) => l !== t.rows[i].label);
    expect(marked.length).toBeGreaterThanOrEqual(1);
    expect(marked.length).toBeLessThanOrEqual(2);
    const mark = marked[0].slice(t.rows[labels.indexOf(marked[0])].label.length).trim();
    const below = String(w.cell({ r: w.v.tables[0].area.bottom, c: w.v.tables[0].area.left })?.v);
    expect(below.startsWith(`${mark} `)).toBe(true);
    expect(FOOTNOTES.map((f) => f.toLowerCase())).toContain(below.slice(mark.length + 1, -1).toLowerCase());
  });
});

describe('the public-sector round', () => {
  const plans = Array.from({ length: 600 }, (_, i) => i + 1).map((seed) => {
    const t = truthById(['split', 'cofin', 'rate'][seed % 3] + `-${seed}`);
    return { t, ts: planVariant(t, seed).transforms };
  });
  const ours = new Set(LATER_ROUNDS[ROUND]);
  const isOurs = (x: Transform): boolean => ours.has(show(x));

  it('draws no variant held back, and none of them in the families drawn first', () => {
    for (const { ts } of plans) expect(ts.map(show).filter((n) => HELD_BACK.includes(n))).toEqual([]);
    expect(LATER_ROUNDS[ROUND]).toEqual(PUBLIC_SECTOR.filter((x) => !HELD_BACK.includes(x)));
  });

  it('is drawn on top of compositions no earlier round added to', () => {
    const drawn = plans.filter((p) => p.ts.some(isOurs));
    expect(drawn.length).toBeGreaterThan(40);
    const earlier = new Set(LATER_ROUNDS.slice(0, ROUND).flat());
    for (const p of drawn) {
      expect(p.ts.filter(isOurs)).toHaveLength(1);
      expect(p.ts.filter((x) => earlier.has(show(x)))).toEqual([]);
    }
  });

  it('puts no note line or added column on a turned table, no "kr." format on another unit', () => {
    for (const { ts } of plans) {
      const names = ts.map(show);
      const turned = names.filter((n) => /^orientation:|^placement:excel-table/.test(n));
      const upright = ['placement:note-rows'];
      if (names.some((n) => upright.includes(n)) || ts.some((x) => x.family === 'columns'))
        expect(turned).toEqual([]);
      if (names.includes('numbers:kr-in-format')) expect(names.filter((n) => /^units:/.test(n))).toEqual([]);
    }
  });
});
