/**
 * The variants of what a colleague's own sheets have around a table (everyday.ts) keep the truth: every truth
 * cell holds its exact amount at its mapped cell, whatever is typed around it, and each added thing is what a
 * colleague would add (numbers 1..n, the register's codes, shares summing to 100,0, a year above "Budget").
 */
import * as XLSX from '@e965/xlsx';
import { MINUS_SIGN } from './everyday';
import { LATER_ROUNDS, laterFor, planVariant, show, type Transform } from './families';
import { keptWithOthers, partIds, roundKit } from './round-kit';
import { MUNICIPALITY_CODES } from './municipality-codes';
import type { TableTruth } from './truth';
import { truthById } from './variant';
import { truthKept, write } from './written';

/** The rounds of everyday.ts (indexes 3 and 4 of LATER_ROUNDS). */
const ROUND = 3;
const ROUNDS = [3, 4];
const everyday = (t: TableTruth): Transform[] => ROUNDS.flatMap((r) => laterFor(t, r));

const kit = roundKit(everyday);
const POOL = kit.pool;
const firstWith = kit.firstWith;
const partRows = partIds;

describe('what a colleague’s own sheets have around a table', () => {
  it('keeps every truth cell’s exact value at its mapped cell, with the other families drawn', () => {
    // On top of the composition the seed draws, where the round fits it (alone where it does not).
    const run = keptWithOthers(kit, { seeds: 3 });
    expect(run.wrong).toEqual([]);
    expect(run.variants).toBeGreaterThan(25);
  });

  it('numbers the parts 1..n in a column left of the names, the total row without a number', () => {
    const t = firstWith('columns:running-number');
    const w = write(t, 3, 'columns:running-number');
    const numbers = partRows(t).map((id) => {
      const label = w.at(id, 'label')!;
      return w.cell({ r: label.r, c: label.c - 1 })?.v;
    });
    expect(numbers).toEqual(partRows(t).map((_, i) => i + 1));
    const total = w.at('total', 'label')!;
    expect(w.cell({ r: total.r, c: total.c - 1 })).toBeUndefined();
  });

  it('writes the register’s code of each municipality left of its name', () => {
    const t = firstWith('columns:municipality-code');
    const w = write(t, 5, 'columns:municipality-code+names:kommune');
    for (const r of t.rows.filter((x) => x.role === 'part')) {
      const label = w.at(r.id, 'label')!;
      expect(w.cell({ r: label.r, c: label.c - 1 })?.v).toBe(MUNICIPALITY_CODES[r.municipality!]);
    }
    expect(MUNICIPALITY_CODES['København']).toBe(101);
    // Only a table whose every part is a municipality takes the codes.
    expect(laterFor(truthById('eu-kontor-20-41-39'), ROUND).map(show)).not.toContain(
      'columns:municipality-code',
    );
  });

  it('writes remarks without numbers on some parts, at the right of the table', () => {
    const t = firstWith('columns:remarks', (x) => x.kind === 'cofinancing');
    const w = write(t, 7, 'columns:remarks');
    const right = Math.max(...t.cols.map((c) => w.at('total', c.id)!.c)) + 1;
    const said = t.rows.map((r) => w.cell({ r: w.at(r.id, 'label')!.r, c: right })?.v);
    expect(said.filter((s) => s !== undefined).length).toBeGreaterThan(0);
    expect(said.filter((s) => /\d/.test(String(s ?? '')))).toEqual([]);
    expect(said[said.length - 1]).toBeUndefined();
  });

  it('gives each source its share of the total to one decimal, summing to 100,0 exactly', () => {
    let tables = 0;
    for (const t of POOL.filter((x) =>
      laterFor(x, ROUND).some((y) => show(y) === 'columns:share-of-total'),
    ).slice(0, 8)) {
      const w = write(t, 11, 'columns:share-of-total');
      const at = (id: string): number => {
        const c = w.cell({ r: w.at(id, 'total')!.r, c: w.at(id, 'total')!.c + 1 })!;
        // A fraction under a percent format, or a percent number: in tenths of a percent either way.
        return Math.round(Number(c.v) * (/%/.test(String(c.z)) ? 1000 : 10));
      };
      const parts = partRows(t);
      const shares = parts.map(at);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(at('total')).toBe(1000);
      // Each within a tenth of its exact share of the true total.
      const kr = (id: string): number => {
        const p = t.planted.find((x) => x.row === id && x.col === 'total');
        return Number(p ? p.expected : (t.rows.find((r) => r.id === id)!.cells.total as { kr: bigint }).kr);
      };
      const sum = parts.reduce((a, id) => a + kr(id), 0);
      parts.forEach((id, i) => expect(Math.abs(shares[i] - (1000 * kr(id)) / sum)).toBeLessThan(1));
      tables++;
    }
    expect(tables).toBeGreaterThan(5);
  });

  it('merges each name over two columns, the amounts starting after the merge', () => {
    const t = firstWith('columns:merged-label');
    const w = write(t, 13, 'columns:merged-label');
    const merges = w.v.sheets[0].merges;
    for (const id of [...partRows(t), 'total']) {
      const label = w.at(id, 'label')!;
      expect(merges).toContainEqual({ top: label.r, left: label.c, bottom: label.r, right: label.c + 1 });
      expect(w.cell({ r: label.r, c: label.c + 1 })).toBeUndefined();
    }
  });

  it.each(['kr-suffix', 'kr-prefix', 'space-thousands'])(
    'types the amounts as text (%s) that reads back to the same kroner',
    (variant) => {
      const t = firstWith(`numbers:${variant}`, (x) => x.kind === 'cofinancing');
      const w = write(t, 17, `numbers:${variant}`);
      const texts = t.rows.flatMap((r) => t.cols.map((c) => w.cell(w.at(r.id, c.id)!)));
      expect(texts.every((c) => c?.t === 's')).toBe(true);
      const pattern = {
        'kr-suffix': /^-?[\d.]+ kr\.$/,
        'kr-prefix': /^kr\. -?[\d.]+$/,
        'space-thousands': /^-?\d{1,3}([ \u00a0\u202f]\d{3})*$/,
      }[variant]!;
      expect(texts.filter((c) => !pattern.test(String(c!.v)))).toEqual([]);
      expect(truthKept(w)).toEqual([]);
    },
  );

  it('types only the negative amounts as text, with the minus U+2212', () => {
    const t = firstWith('numbers:minus-sign');
    const w = write(t, 19, 'numbers:minus-sign');
    const cells = t.rows.flatMap((r) =>
      t.cols.map((c) => ({ val: r.cells[c.id], cell: w.cell(w.at(r.id, c.id)!) })),
    );
    const negatives = cells.filter((x) => x.val.t === 'money' && x.val.kr < 0n);
    expect(negatives.length).toBeGreaterThan(0);
    expect(negatives.every((x) => String(x.cell?.v).startsWith(MINUS_SIGN))).toBe(true);
    expect(cells.filter((x) => x.cell?.t === 's')).toHaveLength(negatives.length);
    expect(truthKept(w)).toEqual([]);
  });

  it('leaves a space or a no-break space at the end of some names', () => {
    const t = firstWith('names:trailing-space');
    const w = write(t, 23, 'names:trailing-space');
    const labels = partRows(t).map((id) => String(w.cell(w.at(id, 'label')!)?.v));
    expect(labels.filter((l) => /[ \u00a0]$/.test(l)).length).toBeGreaterThan(0);
    expect(truthKept(w)).toEqual([]);
  });

  it('sorts the parts largest amount first', () => {
    const t = firstWith('names:by-amount', (x) => x.kind === 'split' && x.rows.length > 4);
    const w = write(t, 29, 'names:by-amount');
    const rows = partRows(t).map((id) => ({
      r: w.at(id, 'amount')!.r,
      v: Number(w.cell(w.at(id, 'amount')!)!.v),
    }));
    const shown = rows.sort((a, b) => a.r - b.r).map((x) => x.v);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
  });

  it('leaves one empty row after every row of the table', () => {
    const t = firstWith('placement:double-spaced', (x) => x.kind === 'cofinancing');
    const w = write(t, 31, 'placement:double-spaced');
    const rows = t.rows.map((r) => w.at(r.id, 'label')!.r);
    rows.slice(1).forEach((r, i) => expect(r - rows[i]).toBe(2));
    const between = rows[0] + 1;
    expect(
      Object.keys(w.ws).filter((k) => !k.startsWith('!') && XLSX.utils.decode_cell(k).r === between),
    ).toEqual([]);
  });

  it('writes the years in a row above "Budget" and "Overslag"', () => {
    const t = firstWith('header:year-row');
    const w = write(t, 37, 'header:year-row');
    const periods = t.cols.filter((c) => c.role === 'period');
    const first = w.at(t.rows[0].id, periods[0].id)!;
    expect(periods.map((c) => w.cell({ r: first.r - 2, c: w.at(t.rows[0].id, c.id)!.c })?.v)).toEqual(
      periods.map((c) => c.year),
    );
    expect(periods.map((c) => w.cell({ r: first.r - 1, c: w.at(t.rows[0].id, c.id)!.c })?.v)).toEqual(
      periods.map((_, i) => (i ? 'Overslag' : 'Budget')),
    );
  });
  it('types the shares as "34,6 pct.", the same percent', () => {
    const t = firstWith('numbers:pct-word');
    const w = write(t, 41, 'numbers:pct-word');
    const shares = t.rows.map((r) => String(w.cell(w.at(r.id, 'key')!)?.v));
    expect(shares.filter((s) => !/^\d+(,\d+)? pct\.$/.test(s))).toEqual([]);
    expect(truthKept(w)).toEqual([]);
  });

  it('shows øre on whole kroner, the same amounts as numbers', () => {
    const t = firstWith('numbers:oere-format', (x) => x.kind === 'cofinancing');
    const w = write(t, 43, 'numbers:oere-format');
    const cells = t.rows.flatMap((r) => t.cols.map((c) => w.cell(w.at(r.id, c.id)!)!));
    expect(cells.filter((c) => c.t !== 'n' || c.z !== '#,##0.00')).toEqual([]);
    expect(truthKept(w)).toEqual([]);
  });

  it('writes the municipality code before the name in its cell', () => {
    const t = firstWith('names:code-in-label');
    const w = write(t, 47, 'names:code-in-label');
    for (const r of t.rows.filter((x) => x.role === 'part'))
      expect(w.cell(w.at(r.id, 'label')!)?.v).toBe(`${MUNICIPALITY_CODES[r.municipality!]} ${r.label}`);
    expect(truthKept(w)).toEqual([]);
  });
});

describe('the last rounds of variants', () => {
  const plans = Array.from({ length: 600 }, (_, i) => i + 1).map((seed) => {
    const t = truthById(['split', 'cofin', 'rate'][seed % 3] + `-${seed}`);
    return { t, ts: planVariant(t, seed).transforms };
  });
  const mine = new Set(ROUNDS.flatMap((r) => LATER_ROUNDS[r]));
  const isMine = (x: Transform): boolean => mine.has(show(x));

  it('is drawn on top of compositions, at most one later variant each', () => {
    const drawn = plans.filter((p) => p.ts.some(isMine));
    expect(drawn.length).toBeGreaterThan(40);
    for (const p of drawn)
      expect(
        p.ts.filter(
          (x) => /^(saved:|names:misspelt|placement:excel-table-across)/.test(show(x)) || isMine(x),
        ),
      ).toHaveLength(1);
  });

  it('puts no added column on a turned table or an Excel Table, and no "kr." on amounts in another unit', () => {
    for (const { ts } of plans) {
      const names = ts.map(show);
      if (ts.some((x) => x.family === 'columns'))
        expect(names.filter((n) => /^orientation:|^placement:excel-table/.test(n))).toEqual([]);
      if (names.some((n) => /^numbers:kr-/.test(n)))
        expect(names.filter((n) => /^(units|saved):/.test(n))).toEqual([]);
      if (names.includes('header:year-row'))
        expect(names.filter((n) => /^placement:excel-table/.test(n))).toEqual([]);
    }
  });
});
