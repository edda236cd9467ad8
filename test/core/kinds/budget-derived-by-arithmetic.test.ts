/**
 * A budget column whose heading names no role ("Rest", "Disponibelt") is read when its numbers show it is
 * derived from named columns, so a wrong figure in it is found; a column the numbers do not explain is left out
 * as before.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import type { BudgetLayout } from '../../../src/core/tables/layout';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Opfølgning', rows)]), PARAMS);

/** Korrigeret budget and forbrug in mio. kr. with one decimal, and a last column computed from them. */
function followUp(heading: string, last: (corrected: number, spent: number) => number): RawValue[][] {
  const lines: [string, number, number, number][] = [
    ['Biblioteker', 42.5, 43.7, 20.1],
    ['Musikskole', 11.3, 11.3, 6.2],
    ['Idrætsanlæg', 25.8, 25.3, 12.9],
    ['Folkeoplysning', 8.4, 8.7, 3.1],
  ];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const sum = (k: 1 | 2 | 3) => r1(lines.reduce((a, l) => a + l[k], 0));
  return [
    ['Budgetopfølgning pr. 30.6.2026 (mio. kr.)'],
    ['Område', 'Oprindeligt budget', 'Korrigeret budget', 'Forbrug pr. 30.6.', heading],
    ...lines.map(([n, o, c, s]) => [n, o, c, s, r1(last(c, s))]),
    ['I alt', sum(1), sum(2), sum(3), r1(last(sum(2), sum(3)))],
  ];
}

const budgetOf = (rows: RawValue[][]) =>
  check(rows).tables.find((t): t is BudgetLayout => t.kind === 'budget')!;

describe('a budget column read by its arithmetic', () => {
  it.each(['Rest', 'Disponibelt', 'Restbudget', 'Kolonne E'])(
    'reads »%s« = korrigeret budget - forbrug as a deviation, and a right table gives nothing',
    (heading) => {
      const rows = followUp(heading, (c, s) => c - s);
      expect(budgetOf(rows).columns.find((c) => c.col === 4)?.role).toBe('deviation');
      const r = check(rows);
      expect(r.findings).toEqual([]);
      // The reading says what the column was read as, since no heading said it.
      const said = r.readings![0].decisions.map((d) => d.because.da);
      expect(said).toContain(
        `afvigelse (${heading}), læst ud fra tallene: »Korrigeret budget« - »Forbrug pr. 30.6.«`,
      );
    },
  );

  it('reads forbrug - korrigeret budget the same way', () => {
    const rows = followUp('Rest', (c, s) => s - c);
    expect(budgetOf(rows).columns.find((c) => c.col === 4)?.role).toBe('deviation');
  });

  it('finds a wrong figure in it, in kroner, with the column sum it throws off under it', () => {
    const rows = followUp('Rest', (c, s) => c - s);
    rows[4][4] = 13.4; // Idrætsanlæg: 25,3 - 12,9 = 12,4
    const r = check(rows);
    const item = r.items!.find((i) => i.cell === 'E5')!;
    expect(item.rule).toBe('cell-breaks-totals');
    expect(item.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['budget-derived-mismatch', 'E5'],
      ['budget-total-mismatch', 'E7'],
    ]);
    expect(item.message.da.replace(/\s/g, ' ')).toContain(
      'er 13.400.000 kr., men »Korrigeret budget« - »Forbrug pr. 30.6.« giver 12.400.000 kr.',
    );
    expect(r.items).toHaveLength(1);
  });

  it('reads any difference of two named columns (Ændring = Budget 2026 - Regnskab 2025) and finds its wrong figure', () => {
    const rows: RawValue[][] = [
      ['Budget 2026 for Kulturområdet (1.000 kr.)'],
      ['Område', 'Regnskab 2025', 'Budget 2026', 'Ændring'],
      ['Biblioteker', 41_200, 42_500, 1_300],
      ['Musikskole', 11_050, 11_300, 250],
      ['Idrætsanlæg', 26_100, 25_800, -300],
      ['Folkeoplysning', 8_000, 8_400, 400],
      ['I alt', 86_350, 88_000, 1_650],
    ];
    const read = budgetOf(rows).columns.find((c) => c.col === 3);
    expect(read).toMatchObject({ role: 'deviation', derived: { from: 2, op: '-', and: 1 } });
    expect(check(rows).findings).toEqual([]);
    rows[3][3] = 520; // Musikskole: 11.300 - 11.050 = 250
    const item = check(rows).items!.find((i) => i.cell === 'D4')!;
    expect(item.message.da.replace(/\s/g, ' ')).toContain(
      'er 520.000 kr., men »Budget 2026« - »Regnskab 2025« giver 250.000 kr.',
    );
  });

  it('leaves out a column the numbers do not explain (a percent of use), as before', () => {
    const rows = followUp('Forbrugsprocent', (c, s) => (s / c) * 100);
    expect(budgetOf(rows).columns.some((c) => c.col === 4)).toBe(false);
    expect(check(rows).findings).toEqual([]);
    // A heading that says percent is no sum either, also where it names what is spent.
    const named = followUp('Forbrugt i pct.', (c, s) => (s / c) * 100);
    expect(check(named).findings).toEqual([]);
  });

  it('does not take a copy of a named column for a difference where the other side is zero', () => {
    const rows = followUp('Rest', (c) => c);
    rows.forEach((r, i) => {
      if (i >= 2) r[3] = 0;
    });
    expect(budgetOf(rows).columns.some((c) => c.col === 4)).toBe(false);
  });
});
