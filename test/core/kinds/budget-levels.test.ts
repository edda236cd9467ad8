/** A budget whose hierarchy is shown by indentation or Excel's row grouping, confirmed by the sums. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue, SheetGrid } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (grid: SheetGrid) => checkWorkbook(snapshot([grid]), PARAMS);
const said = (r: ReturnType<typeof run>) => r.readings![0].decisions.map((d) => d.because.da).join(' | ');

/** Areas over their indented items, a grand total at the foot; 1.000 kr. */
function indented(pad = '   '): RawValue[][] {
  return [
    ['Budget 2025-2026 (1.000 kr.)'],
    ['Område', 'Budget 2025', 'Budget 2026'],
    ['Børn og unge', 1_000_000, 1_010_000],
    [`${pad}Dagtilbud`, 400_000, 405_000],
    [`${pad}Skoler`, 600_000, 605_000],
    ['Ældre', 800_000, 820_000],
    [`${pad}Hjemmepleje`, 500_000, 510_000],
    [`${pad}Plejecentre`, 300_000, 310_000],
    ['Indtægter', -150_000, -155_000],
    ['I alt', 1_650_000, 1_675_000],
  ];
}

describe('a budget shown by indentation', () => {
  it('takes indented lines as items of the line above, and the total as the sum of the areas', () => {
    const r = run(sheet('Budget', indented()));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    expect(said(r)).toMatch(/indrykningen af linjerne danner et hierarki med 3 sumlinjer/);
    expect(said(r)).toMatch(/6 summer kontrolleret/);
  });

  it('reads the indent of the cell format as well as typed spaces', () => {
    const rows = indented('');
    const grid: SheetGrid = {
      ...sheet('Budget', rows),
      indents: [3, 4, 6, 7].map((row) => ({ row, col: 0, indent: 1 })),
    };
    const r = run(grid);
    expect(r.findings).toEqual([]);
    expect(said(r)).toMatch(/indrykningen/);
  });

  it('finds a wrong item at its area, in kroner', () => {
    const rows = indented();
    rows[4][2] = 615_000; // Skoler 2026: 10 mio. kr. too much
    const r = run(sheet('Budget', rows));
    const f = r.findings.filter((x) => x.rule === 'budget-total-mismatch');
    expect(f.map((x) => x.cell)).toEqual(['C3']);
    expect(f[0].expected).toBe('1020000000');
    expect(f[0].actual).toBe('1010000000');
  });

  it('does not trust an indentation the sums contradict', () => {
    const rows = indented();
    // Every area now differs from its items: the indentation is layout, not a hierarchy.
    rows[2] = ['Børn og unge', 1, 2];
    rows[5] = ['Ældre', 3, 4];
    const r = run(sheet('Budget', rows));
    expect(said(r)).not.toMatch(/indrykningen/);
  });
});

describe("a budget grouped with Excel's outline", () => {
  /** Summary rows under their detail, as Excel's Group puts them. */
  const rows: RawValue[][] = [
    ['Regnskab og budget, mio. kr.'],
    ['Konto', 'Regnskab 2024', 'Budget 2025'],
    ['Lønninger', 120.4, 125.0],
    ['Husleje', 30.1, 31.0],
    ['Drift', 150.5, 156.0],
    ['Tilskud', 80.0, 82.5],
    ['Overførsler', 80.0, 82.5],
    ['Udgifter', 230.5, 238.5],
  ];
  const outline = [
    { row: 2, level: 2 },
    { row: 3, level: 2 },
    { row: 4, level: 1 },
    { row: 5, level: 2 },
    { row: 6, level: 1 },
  ];

  it('takes each group under the summary row below it', () => {
    const r = run({ ...sheet('Budget', rows), outline });
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    expect(said(r)).toMatch(/grupper\w* \(disposition\) danner et hierarki med 3 sumlinjer/);
  });

  it('finds a wrong detail line at its summary row', () => {
    const wrong = rows.map((r) => [...r]);
    wrong[3][1] = 31.1;
    const r = run({ ...sheet('Budget', wrong), outline });
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['budget-total-mismatch@B5']);
    expect(r.findings[0].expected).toBe('151500000');
  });
});

describe('budget headings and label columns', () => {
  it('reads "BO 2027" as a budget-estimate year and checks its sums', () => {
    const rows: RawValue[][] = [
      ['Budget (1.000 kr.)'],
      ['Område', 'Budget 2026', 'BO 2027', 'BO 2028'],
      ['Dagtilbud', 400, 410, 420],
      ['Skoler', 600, 605, 610],
      ['I alt', 1_000, 1_015, 1_040],
    ];
    const r = run(sheet('Budget', rows));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['budget-total-mismatch@D5']);
    expect(said(r)).toMatch(/budgetoverslag \(BO 2027, BO 2028\)/);
  });

  it('names the lines from the label column, not from a hidden column of ticks beside it', () => {
    const rows: RawValue[][] = [
      ['Område', 'Kontrol', 'Budget 2026'],
      ['Dagtilbud', 'tjekket', 400],
      ['Skoler', 'tjekket', 600],
      ['I alt', null, 1_010],
    ];
    const r = run({ ...sheet('Budget', rows), hiddenCols: [1] });
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['budget-total-mismatch@C4']);
  });
});

describe('key-figure words on account lines', () => {
  /** Finance-bill accounts whose names say "procent" or "indeks": they are amounts all the same. */
  const rows = (): RawValue[][] => [
    ['Konto', 'R 2024', 'B 2025'],
    ['17 Beskæftigelsesministeriet', 1_100.0, 1_130.0],
    ['1754 Revalidering', 1_100.0, 1_130.0],
    ['175401 Revalideringsydelse med 50 procent refusion', 800.0, 820.0],
    ['175402 Opskrivning af indeksreguleret gæld', 100.0, 105.0],
    ['175403 Løntilskud, 65 pct. refusion', 200.0, 205.0],
  ];

  it('checks coded lines whatever words their names hold', () => {
    const wrong = rows();
    wrong[3][2] = 830.0;
    const r = run(sheet('Budget', wrong));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(['budget-total-mismatch@C3']);
  });
});

describe('where a budget ends and which lines repeat', () => {
  it('ends above a table stacked below it, at that table title and header', () => {
    const rows: RawValue[][] = [
      ['Område', 'Budget 2026', 'BO 2027'],
      ['Dagtilbud', 400, 410],
      ['Skoler', 600, 605],
      ['I alt', 1_000, 1_015],
      ['Finansiering af vidensbyen'],
      ['Finansiering', 2025, 'I alt'],
      ['Kommunen', 2_500_000, 2_500_000],
      ['Øvrige aktører', 2_500_000, 2_500_000],
      ['I alt', 5_000_000, 5_000_000],
    ];
    const r = run(sheet('Budget', rows));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('takes the same text under two areas for two lines, not one line typed twice', () => {
    const rows: RawValue[][] = [
      ['Område', 'Budget 2026'],
      ['Vuggestuer', 400],
      ['Forældrebetaling', -50],
      ['Dagtilbud i alt', 350],
      ['Musikskole', 200],
      ['Forældrebetaling', -50],
      ['Kultur i alt', 150],
      ['I alt', 500],
    ];
    expect(run(sheet('Budget', rows)).findings).toEqual([]);
  });
});
