/**
 * A project's financing headed by its budget stages, "Oprindeligt budget | Tillægsbevillinger | Korrigeret
 * budget", with only two or three sources: one figure typed wrong is then a third or a half of the lines, yet
 * the I alt line still follows the formula, so the formula is read and the figure is found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

/** Two sources in t.kr., with what is spent and what is left. */
function stages(): RawValue[][] {
  return [
    ['Projektets finansiering'],
    [
      'Finansieringskilde (t.kr.)',
      'Oprindeligt budget',
      'Tillægsbevillinger',
      'Korrigeret budget',
      'Forbrug pr. 30.9.',
      'Rest',
    ],
    ['Regionens egenfinansiering', 4500, 2900, 7400, 3900, 3500],
    ['Private bidrag', 2600, 900, 3500, 2100, 1400],
    ['I alt', 7100, 3800, 10900, 6000, 4900],
  ];
}

describe('a corrected budget typed wrong among two sources', () => {
  it('is found at the cell, and the column total that agrees with it put right is not flagged', () => {
    const rows = stages();
    rows[2][3] = 8200; // 4.500 + 2.900 is 7.400
    const r = check(rows);
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(loud(r)).toEqual(['budget-derived-mismatch@D3']);
    expect(r.findings[0].expected).toBe('7400000');
  });

  it('gives nothing on the correct table', () => {
    expect(loud(check(stages()))).toEqual([]);
  });
});

describe('an original budget typed wrong', () => {
  it('names the cell where the row formula and the column sum cross, as one item', () => {
    const rows = stages();
    rows[2][1] = 4600; // the corrected budget and the I alt line are typed from 4.500
    const r = check(rows);
    expect(loud(r).sort()).toEqual(['budget-derived-mismatch@D3', 'budget-total-mismatch@B5']);
    const item = r.items!.find((i) => i.cell === 'B3');
    expect(item?.rule).toBe('cell-breaks-totals');
    expect(item?.findings.map((f) => f.cell).sort()).toEqual(['B5', 'D3']);
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('med 4.500.000 kr. i stedet for 4.600.000 kr.');
    expect(r.items!.filter((i) => i.severity !== 'info')).toHaveLength(1);
  });

  it('names the supplementary figure the same way', () => {
    const rows = stages();
    rows[3][2] = 1900;
    const r = check(rows);
    const item = r.items!.find((i) => i.cell === 'C4');
    expect(item?.findings.map((f) => f.cell).sort()).toEqual(['C5', 'D4']);
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('med 900.000 kr. i stedet for 1.900.000 kr.');
  });
});
