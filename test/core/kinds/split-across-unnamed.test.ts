/**
 * A split laid out across with no column naming its lines: under a title, the row of party names comes
 * first and the key and the amounts follow at once, with no "Indbyggere" or "Beløb" left of them. The parties,
 * the key and the amounts are found by what they hold, so the split is read and checked like any other; a
 * block across whose figures say no split stays unread.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.rule, f.cell, f.expected, f.actual]);

/** Population keys summing to 100.000 and the exact split of 1.000.000 kr. by them. */
function byPopulation(skive: number = 290_030): RawValue[][] {
  return [
    ['Kommunernes bidrag til sekretariatet 2026'],
    ['Viborg', 'Skive', 'Odense', 'Nyborg', 'I alt'],
    [42_117, 29_003, 18_880, 10_000, 100_000],
    [421_170, skive, 188_800, 100_000, 1_000_000],
  ];
}

/** Areas no register knows, shares in percent and amounts that follow them. */
function byShares(syd: number = 250_000): RawValue[][] {
  return [
    ['Fordeling af puljen'],
    ['Nord', 'Syd', 'Øst', 'Vest', 'I alt'],
    [35, 25, 22, 18, 100],
    [350_000, syd, 220_000, 180_000, 1_000_000],
  ];
}

describe('a split across with no column naming its lines', () => {
  it('is read as a split across, starting at its first party', () => {
    const r = run(byPopulation());
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({
      kind: 'apportionment',
      orientation: 'across',
      range: { top: 1, left: 0, bottom: 3, right: 4 },
    });
    expect(r.tables[0]).not.toHaveProperty('headerCol');
    expect(loud(r)).toEqual([]);
  });

  it('finds a mistyped amount at its own cell, with the total left unallocated', () => {
    expect(loud(run(byPopulation(290_300)))).toEqual([
      ['error', 'split-unallocated', 'E4', '1000000', '1000270'],
      ['warning', 'split-mismatch', 'B4', '290030', '290300'],
    ]);
  });

  it('reads parties outside the register by their shares summing to 100 and the amounts following them', () => {
    expect(loud(run(byShares()))).toEqual([]);
    expect(loud(run(byShares(205_000)))).toEqual([
      ['error', 'split-unallocated', 'E4', '1000000', '955000'],
      ['warning', 'split-mismatch', 'B4', '250000', '205000'],
    ]);
  });

  it('names the key and the amounts by their rows, not by the first party', () => {
    const r = run(byPopulation());
    const decisions = r.readings![0].decisions;
    const key = decisions.find((d) => d.role === 'key-col')!;
    expect(key.cells).toBe('A3:E3');
    // Found by content, and said in the sheet's terms: the amounts follow a row, not a column.
    expect(JSON.stringify(key.because)).toContain('proportionale med rækken');
    expect(JSON.stringify(decisions)).not.toContain('»42117«');
  });

  it('leaves a block across whose figures follow no key unread, with no warning', () => {
    const r = run([
      ['Lagerliste'],
      ['Stole', 'Borde', 'Lamper', 'Sofaer', 'I alt'],
      [12, 5, 30, 2, 49],
      [499, 1_299, 199, 4_999, 6_996],
    ]);
    expect(r.tables.filter((t) => t.kind === 'apportionment')).toEqual([]);
    expect(loud(r)).toEqual([]);
  });
});
