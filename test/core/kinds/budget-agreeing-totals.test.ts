/**
 * The cell that breaks two sums is the error; a total that agrees with its parts is not flagged. A budget
 * with subtotals per area, a grand "I alt" and an "I alt" column over the years.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Budget', rows)]), PARAMS);
const loud = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

/** Areas with their "i alt" lines, a grand "I alt", three years and their total; income as minus. */
function areas(withTotalColumn: boolean): RawValue[][] {
  const line = (label: string, ...years: number[]): RawValue[] =>
    withTotalColumn ? [label, ...years, years.reduce((a, b) => a + b, 0)] : [label, ...years];
  return [
    ['Budget 2026-2028 (kr.)'],
    [null, 'Budget 2026', 'BO 2027', 'BO 2028', ...(withTotalColumn ? ['I alt'] : [])],
    line('Løn pædagoger', 5_200_000, 5_300_000, 5_400_000),
    line('Ejendomsudgifter', 800_000, 810_000, 820_000),
    line('Forældrebetaling', -1_500_000, -1_520_000, -1_540_000),
    line('Dagtilbud i alt', 4_500_000, 4_590_000, 4_680_000),
    line('Løn lærere', 9_100_000, 9_200_000, 9_300_000),
    line('Undervisningsmidler', 450_000, 460_000, 470_000),
    line('Skoler i alt', 9_550_000, 9_660_000, 9_770_000),
    line('I alt', 14_050_000, 14_250_000, 14_450_000),
  ];
}

describe('a wrong subtotal under a right grand total', () => {
  it('flags the subtotal only, and says the grand total agrees with the items', () => {
    const rows = areas(false);
    rows[5][1] = 4_600_000; // Dagtilbud i alt in 2026: 100.000 kr. too much; I alt is the items' sum
    const r = check(rows);
    expect(loud(r)).toEqual(['budget-total-mismatch@B6']);
    const item = r.items!.find((i) => i.rule === 'budget-subtotal-typo');
    expect(item?.cell).toBe('B6');
    expect(item?.findings.map((f) => f.cell)).toEqual(['B6']);
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('4.500.000 kr. Summen i B10 er rigtig');
    expect(item?.message.da).not.toContain('kr..');
  });

  it('still flags a grand total that sums the wrong subtotal', () => {
    const rows = areas(false);
    rows[5][1] = 4_600_000;
    rows[9][1] = 14_150_000; // I alt counts the wrong subtotal: two cells wrong, both named
    expect(loud(check(rows))).toEqual(['budget-total-mismatch@B6']);
    rows[9][1] = 14_250_000; // I alt wrong on its own as well
    expect(loud(check(rows)).sort()).toEqual(['budget-total-mismatch@B10', 'budget-total-mismatch@B6']);
  });
});

describe('a budget with an "I alt" column over its years', () => {
  it('is read as a budget, its header under the title, and a correct one gives nothing', () => {
    const r = check(areas(true));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    const cells = r.readings![0].decisions.map((d) => d.cells);
    expect(cells).toContain('B2');
    expect(cells).toContain('E2');
    // The "I alt" column totals all three years, Budget 2026 with the overslag years.
    expect(r.readings![0].decisions.map((d) => d.because.da).join(' | ')).toMatch(/20 summer kontrolleret/);
  });

  it('flags a wrong subtotal only, not the grand total nor the line\'s "I alt"', () => {
    const rows = areas(true);
    rows[5][1] = 4_600_000;
    const r = check(rows);
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(loud(r)).toEqual(['budget-total-mismatch@B6']);
  });

  it('flags a wrong grand total only, not its "I alt"', () => {
    const rows = areas(true);
    rows[9][2] = 14_350_000;
    expect(loud(check(rows))).toEqual(['budget-total-mismatch@C10']);
  });

  it('flags a wrong "I alt" of a line only, not the "I alt" of its area', () => {
    const rows = areas(true);
    rows[3][4] = 2_530_000; // Ejendomsudgifter over the years: 100.000 kr. too much
    expect(loud(check(rows))).toEqual(['total-mismatch@E4']);
  });

  it('names the one figure where its area\'s sum and its line\'s "I alt" cross', () => {
    const rows = areas(true);
    rows[3][1] = 850_000; // Ejendomsudgifter in 2026: 50.000 kr. too much; Dagtilbud i alt and E4 are right
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'cell-breaks-totals');
    expect(item?.cell).toBe('B4');
    expect(item?.findings.map((f) => f.cell).sort()).toEqual(['B6', 'E4']);
    const d = r.diagnoses!.find((x) => x.diagnosis.rule === 'cell-breaks-totals')!.diagnosis;
    expect(d).toMatchObject({ expected: '800000', actual: '850000' });
  });
});
