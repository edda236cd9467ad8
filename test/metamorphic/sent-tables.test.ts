/**
 * The eighth round (sent-tables.ts) keeps the truth: every truth cell holds its exact amount at its mapped
 * cell, and each thing added is what a table sent from a kommune, a region or a ministry holds: a bilag's text
 * above it, a "Kilde:" line under it, last year's copy above it, a "Heraf:" line, t.kr. with one decimal, heads
 * merged over two rows, dates, "#REF!", the code right of the names, the amount before the key.
 */
import type { JsonReport } from '../../src/cli/report';
import {
  BUDGET_STAGES_ROUND,
  fitsWith,
  LATER_ROUNDS,
  laterFor,
  planVariant,
  SENT_TABLES,
  show,
  type Transform,
} from './families';
import { keptWithOthers, partIds, roundKit } from './round-kit';
import { judge } from './judge';
import { MUNICIPALITY_CODES } from './municipality-codes';
import {
  excelSerial,
  HERAF_LINE,
  OTHER_SOURCES,
  POPULATION_SOURCES,
  TEXT_BLOCK,
  TEXT_BLOCK_TABLE_ROW,
} from './sent-tables';
import { a1, cellKey } from './sheet-model';
import type { TableTruth } from './truth';
import { truthById } from './variant';
import { truthKept, write } from './written';

const ROUND = 7;
const ALL = [...SENT_TABLES, ...BUDGET_STAGES_ROUND];
const mine = (t: TableTruth): Transform[] => laterFor(t, ROUND, ALL);
const kit = roundKit(mine);
const POOL = kit.pool;
const firstWith = kit.firstWith;
const parts = partIds;
const cellsOf = (
  w: ReturnType<typeof write>,
): [string, { v?: unknown; t?: string; z?: unknown; f?: string }][] =>
  Object.entries(w.ws).filter(([k]) => !k.startsWith('!')) as [string, { v?: unknown }][];

describe('how tables arrive from kommuner, regioner and ministries', () => {
  it('keeps every truth cell’s exact value at its mapped cell, with the other families drawn', () => {
    // Each variant on a few truths: enough to meet the negatives and zeros of the rarer tables.
    const run = keptWithOthers(kit, { seeds: 12, perVariant: 3, earlierOnly: true });
    expect(run.wrong).toEqual([]);
    expect([...run.seen.keys()].sort()).toEqual([...ALL].sort());
  });

  it('puts a bilag’s text above the table, which starts at row 39 or later; the text states no amount', () => {
    const t = firstWith('placement:text-block', (x) => x.kind === 'split');
    const w = write(t, 3, 'placement:text-block');
    expect(w.v.tables[0].area.top).toBeGreaterThanOrEqual(TEXT_BLOCK_TABLE_ROW);
    TEXT_BLOCK.forEach((line, r) => expect(w.cell({ r, c: 0 })?.v).toBe(line || undefined));
    expect(TEXT_BLOCK.filter((l) => /kr\.|mio\./.test(l))).toEqual([]);
    expect(truthKept(w)).toEqual([]);
  });

  it('writes "Kilde: Danmarks Statistik, FOLK1A" under a split by population, another source under the rest', () => {
    const split = firstWith('placement:source-line', (x) => x.cols.some((c) => c.role === 'key'));
    const w = write(split, 5, 'placement:source-line');
    const last = w.cell({ r: w.v.tables[0].area.bottom, c: w.v.tables[0].area.left })?.v;
    expect(POPULATION_SOURCES).toContain(last);
    const cofin = firstWith('placement:source-line', (x) => x.kind === 'cofinancing');
    const w2 = write(cofin, 5, 'placement:source-line');
    expect(OTHER_SOURCES).toContain(
      w2.cell({ r: w2.v.tables[0].area.bottom, c: w2.v.tables[0].area.left })?.v,
    );
  });

  it('copies last year’s table above this year’s: correct, a year earlier, without this year’s last source', () => {
    const t = firstWith(
      'placement:copied-twice',
      (x) => x.kind === 'cofinancing' && parts(x).length >= 3 && x.planted.length > 0,
    );
    const w = write(t, 7, 'placement:copied-twice');
    const [main, copy] = w.v.tables;
    expect(copy.area.bottom).toBeLessThan(main.area.top);
    expect(copy.truth.planted).toEqual([]);
    expect(copy.truth.cols.filter((c) => c.year).map((c) => c.year! + 1)).toEqual(
      t.cols.filter((c) => c.year).map((c) => c.year),
    );
    const copyParts = parts(copy.truth);
    expect(copyParts).toEqual(parts(t).slice(0, -1));
    // Its totals are the sums of its own sources, and it sits on the sheet as they are.
    for (const c of copy.truth.cols) {
      const sum = copyParts.reduce(
        (a, id) => a + (copy.truth.rows.find((r) => r.id === id)!.cells[c.id] as { kr: bigint }).kr,
        0n,
      );
      expect((copy.truth.rows.find((r) => r.role === 'total')!.cells[c.id] as { kr: bigint }).kr).toBe(sum);
      const at = copy.cellOf.get(cellKey('total', c.id))!;
      expect(BigInt(w.cell(at)!.v as number)).toBe(sum);
    }
    expect(truthKept(w)).toEqual([]);
  });

  it('keeps the price level in last year’s title ("2020-tal"), the years one earlier', () => {
    const t = truthById('tabel-b');
    expect(t.title).toMatch(/2020-tal/);
    const w = write(t, 27, 'placement:copied-twice');
    const copy = w.v.tables[1];
    expect(copy.truth.title).toMatch(/2020-tal/);
    expect(w.cell({ r: copy.area.top, c: copy.area.left })?.v).toBe(copy.truth.title);
    expect(copy.truth.cols.filter((c) => c.year).map((c) => c.year! + 1)).toEqual(
      t.cols.filter((c) => c.year).map((c) => c.year),
    );
  });

  it('copies a split of another total above it, the amounts split again and summing to it', () => {
    const t = firstWith(
      'placement:copied-twice',
      (x) =>
        x.kind === 'split' &&
        !x.rate &&
        x.rows.some((r) => r.cells.amount?.t === 'money' && r.cells.amount.kr % 10n !== 0n),
    );
    const w = write(t, 9, 'placement:copied-twice');
    const copy = w.v.tables[1].truth;
    const amounts = copy.rows
      .filter((r) => r.role === 'part')
      .map((r) => (r.cells.amount as { kr: bigint }).kr);
    expect(copy.total).not.toBe(t.total);
    expect(amounts.reduce((a, b) => a + b, 0n)).toBe(copy.total);
  });

  it('writes "Heraf:" on a line of its own, the breakdown’s lines indented by spaces and summing to the source', () => {
    const t = firstWith('totals:breakdown-heraf-line');
    const w = write(t, 11, 'totals:breakdown-heraf-line');
    const heraf = w.at('heraf-line', 'label')!;
    expect(w.cell(heraf)?.v).toBe(HERAF_LINE);
    expect(cellsOf(w).filter(([k]) => /^[A-Z]+(\d+)$/.exec(k)![1] === String(heraf.r + 1))).toHaveLength(1);
    const lines = ['heraf1', 'heraf2'].map((id) => w.at(id, 'label')!);
    for (const p of lines) expect(String(w.cell(p)?.v)).toMatch(/^ {2,}\S/);
    const parent = w.v.tables[0].truth.rows.find((r) => w.at(r.id, 'label')?.r === heraf.r - 1)!;
    const total = w.at(parent.id, 'total')!;
    const herafTotals = ['heraf1', 'heraf2'].map((id) => Number(w.cell(w.at(id, 'total')!)?.v));
    expect(herafTotals[0] + herafTotals[1]).toBe(Number(w.cell(total)?.v));
  });

  it('shows amounts in t.kr. with one decimal, whole ones too ("1.500,0")', () => {
    const t = firstWith('units:tkr-decimal-header', (x) => x.kind === 'cofinancing');
    const w = write(t, 13, 'units:tkr-decimal-header');
    for (const r of t.rows)
      for (const c of t.cols) {
        const cell = w.cell(w.at(r.id, c.id)!)!;
        expect([cell.t, cell.z]).toEqual(['n', '#,##0.0']);
      }
    expect(cellsOf(w).some(([, c]) => String(c.v).includes('(t.kr.)'))).toBe(true);
    expect(truthKept(w)).toEqual([]);
  });

  it('merges the corner and the total head over two header rows, the group title over the years', () => {
    const t = firstWith('header:merged-two-rows', (x) => x.kind === 'cofinancing' && x.corner !== '');
    const w = write(t, 15, 'header:merged-two-rows');
    const merges = (w.ws['!merges'] ?? []).map(
      (m) => `${a1({ r: m.s.r, c: m.s.c })}:${a1({ r: m.e.r, c: m.e.c })}`,
    );
    const firstYear = w.at(t.rows[0].id, t.cols[0].id)!;
    const lastYear = w.at(t.rows[0].id, t.cols[t.cols.length - 2].id)!;
    const total = w.at(t.rows[0].id, 'total')!;
    const top = firstYear.r - 2;
    expect(merges).toContain(
      `${a1({ r: top, c: firstYear.c - 1 })}:${a1({ r: top + 1, c: firstYear.c - 1 })}`,
    );
    expect(merges).toContain(`${a1({ r: top, c: total.c })}:${a1({ r: top + 1, c: total.c })}`);
    if (lastYear.c > firstYear.c)
      expect(merges).toContain(`${a1({ r: top, c: firstYear.c })}:${a1({ r: top, c: lastYear.c })}`);
    expect(w.cell({ r: top + 1, c: firstYear.c })?.v).toBe(t.cols[0].year);
    // Never on a table turned on its side or an Excel Table.
    const x = { family: 'header', variant: 'merged-two-rows' } as const;
    expect(fitsWith(x, [{ family: 'orientation', variant: 'transposed' }])).toBe(false);
    expect(fitsWith(x, [{ family: 'placement', variant: 'excel-table' }])).toBe(false);
  });

  it('adds a date to each part: a real date under a date format, or a Danish date typed as text', () => {
    const forms = new Set<string>();
    for (const [i, t] of POOL.filter((x) => mine(x).some((y) => show(y) === 'columns:date'))
      .slice(0, 24)
      .entries()) {
      const w = write(t, 100 + i, 'columns:date');
      const p = w.at(parts(t)[0], 'extra:date')!;
      const c = w.cell(p)!;
      if (c.t === 'n') {
        expect(c.v).toBeGreaterThanOrEqual(excelSerial(2025, 1, 1));
        expect(c.v).toBeLessThanOrEqual(excelSerial(2026, 12, 28));
        expect(['dd-mm-yyyy', 'd. mmm. yyyy']).toContain(c.z);
        forms.add(String(c.z));
      } else {
        expect(String(c.v)).toMatch(
          /^(\d{1,2}\. (jan\.|feb\.|mar\.|apr\.|maj|jun\.|jul\.|aug\.|sep\.|okt\.|nov\.|dec\.) 202[56]|\d\d-\d\d-202[56])$/,
        );
        forms.add(String(c.v).includes('-') ? 'text-dmy' : 'text-long');
      }
    }
    expect(forms.size).toBe(4);
    expect(excelSerial(2026, 1, 1)).toBe(46023);
  });

  it('leaves "#REF!" in a column at the right, which Fordel may name at its cells and nowhere else', () => {
    const t = firstWith('columns:ref-error', (x) => x.kind === 'split' && x.planted.length === 0);
    const w = write(t, 17, 'columns:ref-error');
    const placed = w.v.tables[0];
    const refs = t.rows.map((r) => w.at(r.id, 'extra:ref')!);
    for (const p of refs) {
      const c = w.cell(p)!;
      expect([c.t, c.w, c.f]).toEqual([
        'e',
        '#REF!',
        `${a1(w.at(t.rows[refs.indexOf(p)].id, 'amount')!)}/#REF!`,
      ]);
    }
    const anchor = w.at(parts(t)[0], 'amount')!;
    const report = (cell: string): JsonReport =>
      ({
        tables: [
          {
            sheet: 'Ark1',
            range: `${a1({ r: placed.area.top, c: placed.area.left })}:${a1({ r: placed.area.bottom, c: placed.area.right })}`,
            kind: 'apportionment',
          },
        ],
        findings: [{ rule: 'formula-error', severity: 'error', sheet: 'Ark1', cell, message: '' }],
      }) as unknown as JsonReport;
    expect(judge(w.v.tables, report(a1(refs[refs.length - 1])), null).outcome).toBe('kept');
    expect(judge(w.v.tables, report(a1(anchor)), null).outcome).toBe('broken');
    expect(placed.allowedRules).not.toContain('formula-error');
  });

  it('heads a budget "Oprindeligt budget | Tillægsbevillinger | Korrigeret budget | Forbrug | Rest", rest what is left', () => {
    const t = firstWith('header:budget-stages-spent', (x) => x.planted.length > 0);
    const w = write(t, 23, 'header:budget-stages-spent+units:tkr-header');
    const [first, second] = t.cols.map((c) => w.at(t.rows[0].id, c.id)!);
    const head = (c: number): string => String(w.cell({ r: first.r - 1, c })?.v);
    expect([head(first.c), head(second.c)]).toEqual([
      'Oprindeligt budget',
      expect.stringMatching(/^Tillægsbevilling/),
    ]);
    expect(head(w.at(t.rows[0].id, 'total')!.c)).toBe('Korrigeret budget (t.kr.)');
    expect(head(w.at(t.rows[0].id, 'extra:spent')!.c)).toMatch(/^Forbrug.*\(t\.kr\.\)$/);
    expect(head(w.at(t.rows[0].id, 'extra:left')!.c)).toMatch(/^Rest.*\(t\.kr\.\)$/);
    // Forbrug and Rest sum to the true corrected budget on every row, and their columns to their totals.
    const tkr = (id: string, col: string): number => Number(w.cell(w.at(id, col)!)?.v);
    const trueTotal = (id: string): number => {
      const p = t.planted.find((x) => x.row === id && x.col === 'total');
      return p ? Number(p.expected) / 1000 : tkr(id, 'total');
    };
    for (const r of t.rows)
      expect(tkr(r.id, 'extra:spent') + tkr(r.id, 'extra:left')).toBeCloseTo(trueTotal(r.id), 6);
    const partIds = parts(t);
    for (const col of ['extra:spent', 'extra:left'])
      expect(partIds.reduce((a, id) => a + tkr(id, col), 0)).toBeCloseTo(tkr('total', col), 6);
    expect(truthKept(w)).toEqual([]);
  });

  it('shows the population’s share to one decimal beside a split by population, before the population or after the amount', () => {
    for (const variant of ['share-before-population', 'population-share']) {
      const t = firstWith(`columns:${variant}`);
      const w = write(t, 25, `columns:${variant}`);
      const ids = parts(t);
      const at = (id: string): { r: number; c: number } => w.at(id, 'extra:pop-share')!;
      const keyCol = w.at(ids[0], 'key')!.c;
      if (variant === 'share-before-population') expect(at(ids[0]).c).toBe(keyCol - 1);
      else expect(at(ids[0]).c).toBe(w.at(ids[0], 'amount')!.c + 1);
      const population = ids.map((id) => Number(w.cell(w.at(id, 'key')!)?.v));
      const all = population.reduce((a, b) => a + b, 0);
      const shares = ids.map((id) => Number(w.cell(at(id))?.v));
      expect(Math.round(shares.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
      shares.forEach((x, i) => expect(Math.abs(x - (100 * population[i]) / all)).toBeLessThan(0.1));
      expect(w.cell(at('total'))?.v).toBe(100);
      expect(truthKept(w)).toEqual([]);
    }
  });

  it('puts the municipality code right of the names, and a split’s amount before its key', () => {
    const t = firstWith('columns:code-right');
    const w = write(t, 19, 'columns:code-right');
    for (const r of t.rows.filter((x) => x.role === 'part')) {
      const label = w.at(r.id, 'label')!;
      expect(w.cell({ r: label.r, c: label.c + 1 })?.v).toBe(MUNICIPALITY_CODES[r.municipality!]);
    }
    expect(truthKept(w)).toEqual([]);
    const s = firstWith('columns:amount-before-key');
    const w2 = write(s, 21, 'columns:amount-before-key');
    expect(w2.at(parts(s)[0], 'amount')!.c).toBeLessThan(w2.at(parts(s)[0], 'key')!.c);
    expect(truthKept(w2)).toEqual([]);
  });
});

describe('the round of tables as sent', () => {
  const plans = Array.from({ length: 900 }, (_, i) => i + 1).map((seed) => {
    const t = truthById(['split', 'cofin', 'rate'][seed % 3] + `-${seed}`);
    return { t, ts: planVariant(t, seed).transforms };
  });
  const ours = new Set(LATER_ROUNDS[ROUND]);
  const isOurs = (x: Transform): boolean => ours.has(show(x));

  it('is drawn on top of compositions no earlier round added to, never two header rows merged on a turned table', () => {
    const drawn = plans.filter((p) => p.ts.some(isOurs));
    expect(drawn.length).toBeGreaterThan(40);
    const earlier = new Set(LATER_ROUNDS.slice(0, ROUND).flat());
    for (const p of drawn) {
      expect(p.ts.filter(isOurs)).toHaveLength(1);
      expect(p.ts.filter((x) => earlier.has(show(x)))).toEqual([]);
      if (p.ts.some((x) => show(x) === 'header:merged-two-rows'))
        expect(p.ts.filter((x) => /^orientation:|^placement:excel-table/.test(show(x)))).toEqual([]);
    }
  });
});
