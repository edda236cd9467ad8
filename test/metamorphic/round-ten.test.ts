/**
 * The tenth round (round-ten.ts) keeps the truth: every truth cell holds its exact amount at its mapped cell, and
 * each thing added is what the variant says: heads in English and "Total" on the total row, remarks with numbers
 * none of which is an amount of the table, a blank row right below the header, a "Heraf:" block closed by its own
 * "i alt" line equal to the line above it, another table beside and a third below both.
 */
import { LATER_ROUNDS, laterFor, planVariant, ROUND_TEN, show } from './families';
import { ENGLISH_TOTAL, HERAF_TOTAL, NUMBER_REMARKS } from './round-ten';
import { keptWithOthers, partIds, roundKit } from './round-kit';
import { a1 } from './sheet-model';
import { truthById } from './variant';
import { write } from './written';

const ROUND = LATER_ROUNDS.length - 1;
const kit = roundKit((t) => laterFor(t, ROUND, ROUND_TEN));

describe('the tenth round of layouts', () => {
  it('keeps every truth cell’s exact value at its mapped cell, with the other families drawn', () => {
    const run = keptWithOthers(kit, { seeds: 12, perVariant: 3 });
    expect(run.wrong).toEqual([]);
    expect([...run.seen.keys()].sort()).toEqual([...ROUND_TEN].sort());
  });

  it('heads the columns in English and labels the total row "Total"; the years stay years', () => {
    const t = kit.firstWith('header:english', (x) => x.kind === 'cofinancing');
    const w = write(t, 5, 'header:english');
    const label = w.at('total', 'label')!;
    expect(w.cell(label)?.v).toBe(ENGLISH_TOTAL);
    const head = w.at(partIds(t)[0], 'label')!.r - 1;
    const heads = t.cols.map((c) => w.cell({ r: head, c: w.at(partIds(t)[0], c.id)!.c })?.v);
    t.cols.forEach((c, i) => {
      if (c.role === 'period') expect(heads[i]).toBe(c.year);
      else expect(String(heads[i])).toMatch(/^(Total|Amount|Contribution|Share|Percentage|Population)/);
    });
    expect(String(w.cell({ r: head, c: label.c })?.v)).toMatch(/^(Source|Funding)/);
  });

  it('writes remarks with numbers on about a third of the parts, none of them an amount of the table', () => {
    const t = kit.firstWith('columns:remarks-numbers');
    const w = write(t, 7, 'columns:remarks-numbers');
    const said = t.rows.map((r) => w.at(r.id, 'extra:remark')).filter((p) => p && w.cell(p));
    expect(said.length).toBe(Math.max(1, Math.round(partIds(t).length / 3)));
    for (const p of said) expect(NUMBER_REMARKS).toContain(w.cell(p!)?.v);
    const amounts = new Set(
      t.rows.flatMap((r) => Object.values(r.cells).map((v) => (v.t === 'money' ? v.kr : -1n))),
    );
    for (const text of NUMBER_REMARKS)
      for (const n of text.match(/\d[\d.]*/g) ?? [])
        expect(amounts.has(BigInt(n.replace(/\./g, '')))).toBe(false);
  });

  it('leaves the row right below the header blank', () => {
    const t = kit.firstWith('placement:blank-below-header');
    const w = write(t, 9, 'placement:blank-below-header');
    const first = w.at(t.rows[0].id, 'label')!;
    const blank = first.r - 1;
    const width = t.cols.length + 1;
    for (let c = first.c; c < first.c + width; c++) expect(w.cell({ r: blank, c })).toBeUndefined();
    expect(w.cell({ r: blank - 1, c: first.c + 1 })?.v).toBeDefined();
  });

  it('closes a "Heraf:" block with its own indented "i alt" line equal to the line above the block', () => {
    const t = kit.firstWith('totals:breakdown-heraf-subtotal');
    const w = write(t, 11, 'totals:breakdown-heraf-subtotal');
    const close = w.at('heraf3', 'label')!;
    const text = String(w.cell(close)?.v);
    expect(text).toMatch(/^ {2,}\S/);
    expect(HERAF_TOTAL).toContain(text.trim());
    const parent = t.rows.find((r) => w.at(r.id, 'label')?.r === w.at('heraf-line', 'label')!.r - 1)!;
    for (const c of t.cols) {
      const lines = ['heraf1', 'heraf2'].map((id) => Number(w.cell(w.at(id, c.id)!)?.v));
      expect(lines[0] + lines[1]).toBe(Number(w.cell(w.at('heraf3', c.id)!)?.v));
      expect(Number(w.cell(w.at('heraf3', c.id)!)?.v)).toBe(Number(w.cell(w.at(parent.id, c.id)!)?.v));
    }
  });

  it('puts another table beside the truth’s and a third below both, apart from each other', () => {
    const t = kit.firstWith('placement:three-tables');
    const w = write(t, 13, 'placement:three-tables');
    const [main, side, below] = w.v.tables.map((x) => x.area);
    expect(w.v.tables).toHaveLength(3);
    expect(side.top).toBe(main.top);
    expect(side.left).toBeGreaterThan(main.right + 1);
    expect(below.top).toBeGreaterThan(Math.max(main.bottom, side.bottom) + 1);
    expect(below.left).toBe(main.left);
    expect(w.cell({ r: below.top - 1, c: below.left })).toBeUndefined();
    expect(a1({ r: below.top, c: below.left })).toMatch(/^[A-Z]+\d+$/);
  });

  it('is drawn on top of a composition only where no earlier round drew', () => {
    const earlier = LATER_ROUNDS.slice(0, ROUND).flat();
    let drawn = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const t = truthById(`${['split', 'cofin', 'rate'][seed % 3]}-${seed}`);
      const ts = planVariant(t, seed).transforms.map(show);
      if (!ts.some((x) => ROUND_TEN.includes(x))) continue;
      drawn++;
      expect(ts.filter((x) => earlier.includes(x))).toEqual([]);
    }
    // Few: the earlier rounds draw in most variants first (about one in forty is left to this round).
    expect(drawn).toBeGreaterThan(8);
  });
});
