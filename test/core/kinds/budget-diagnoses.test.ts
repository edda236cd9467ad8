/** The one cause behind a budget's broken sums, said at the cell to fix, in kroner. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Budget', rows)]), PARAMS);
const flat = (s: string) => s.replace(/\s/g, ' ');

/** Coded lines, parents above their items; 1.000 kr. */
function municipal(): RawValue[][] {
  return [
    ['Budget 2026 (1.000 kr.)'],
    ['Konto', 'Budget 2026', 'Overslag 2027'],
    ['03 Undervisning og kultur', 1_284_650, 1_290_100],
    ['03.22 Folkeskolen m.m.', 905_320, 910_450],
    ['03.22.01 Folkeskoler', 712_480, 716_900],
    ['03.22.05 Skolefritidsordninger', 126_390, 127_000],
    ['03.22.07 Indtægter fra den centrale refusionsordning', -8_150, -8_150],
    ['03.22.08 Kommunale specialskoler', 74_600, 74_700],
    ['03.30 Ungdomsuddannelser', 62_380, 62_500],
    ['03.30.44 Produktionsskoler', 18_930, 19_000],
    ['03.30.45 Erhvervsuddannelser', 43_450, 43_500],
    ['03.35 Kultur', 316_950, 317_150],
    ['03.35.60 Museer', 41_200, 41_200],
    ['03.35.64 Folkebiblioteker', 98_750, 98_950],
    ['03.35.66 Musikarrangementer', 177_000, 177_000],
  ];
}

describe('diagnoses on a budget', () => {
  it('gives a correct budget nothing', () => {
    expect(check(municipal()).findings).toEqual([]);
  });

  it('names a figure with two digits swapped as the cell to fix', () => {
    const rows = municipal();
    rows[5][1] = 123_690; // 126.390 typed 123.690
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'digit-typo');
    expect(item?.cell).toBe('B6');
    expect(item?.confidence).toBe('likely');
    expect(item?.findings.map((f) => f.cell)).toEqual(['B4']);
    expect(flat(item!.message.da)).toContain('der står 123.690.000 kr., men med 126.390.000 kr.');
    expect(flat(item!.message.da)).toContain('to cifre er byttet om');
  });

  it('names a line the sum leaves out, in every column where it breaks', () => {
    const rows = municipal();
    rows[3][1] = 905_320 - 74_600; // Folkeskolen without its specialskoler
    rows[3][2] = 910_450 - 74_700;
    rows[2][1] = 1_284_650 - 74_600;
    rows[2][2] = 1_290_100 - 74_700;
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'budget-line-left-out');
    expect(item?.cell).toBe('B4');
    expect(item?.findings.map((f) => f.cell).sort()).toEqual(['B4', 'C4']);
    expect(flat(item!.message.da)).toContain('udelader linjen »03.22.08 Kommunale specialskoler« i række 8');
    expect(flat(item!.message.da)).toContain('74.600.000 kr.');
  });

  it('names a line counted under two sums', () => {
    const rows = municipal();
    // Ungdomsuddannelser's sum runs one line too far and takes Kultur's museums as well.
    rows[8][1] = 62_380 + 41_200;
    rows[8][2] = 62_500 + 41_200;
    rows[2][1] = 1_284_650 + 41_200;
    rows[2][2] = 1_290_100 + 41_200;
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'budget-line-in-two-sums');
    expect(item?.cell).toBe('B9');
    expect(item?.findings.map((f) => f.cell).sort()).toEqual(['B9', 'C9']);
    expect(flat(item!.message.da)).toContain('tæller også »03.35.60 Museer« i række 13');
    expect(flat(item!.message.da)).toContain('hører under »03.35 Kultur«');
  });

  it('names a subtotal left out of the total below the items', () => {
    const rows: RawValue[][] = [
      ['Budgetopfølgning (1.000 kr.)'],
      ['Område', 'Korr. budget', 'Forventet regnskab'],
      ['Dagtilbud', 400_000, 405_000],
      ['Skoler', 600_000, 598_000],
      ['Børn og unge i alt', 1_000_000, 1_003_000],
      ['Hjemmepleje', 500_000, 507_000],
      ['Plejecentre', 300_000, 299_000],
      ['Ældre i alt', 800_000, 806_000],
      ['I alt', 800_000, 806_000], // the SUM of the areas takes only Ældre
    ];
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'budget-line-left-out');
    expect(item?.cell).toBe('B9');
    expect(flat(item!.message.da)).toContain('udelader sumlinjen »Børn og unge i alt« i række 5');
  });

  it('finds a first line left out of an "i alt" line, which a run of the other lines sums to', () => {
    const rows: RawValue[][] = [
      ['Projektbudget', 'Budget 2025', 'Budget 2026'],
      ['Projektleder, løn', 300_000, 310_000],
      ['Konsulenter', 120_000, 80_000],
      ['Kommunikation', 40_000, 30_000],
      ['Udgifter i alt', 160_000, 110_000],
    ];
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'budget-line-left-out');
    expect(item?.cell).toBe('B5');
    expect(flat(item!.message.da)).toContain('»Projektleder, løn«');
  });
});
