/**
 * "7,175" alone is 7,175 or 7.175: Fordel warns. In a column whose other texts write the comma as decimal
 * mark, or among amounts in mio. kr. where 7.175 would dwarf the rest, a colleague reads it at once; so does
 * Fordel. Where the column does not decide, the warning stays.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { commaSettledByColumn } from '../../../src/core/check/comma-by-column';
import { cellReader, readAmountAt } from '../../../src/core/check/read-cells';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const ambiguous = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.rule === 'ambiguous-number').map((f) => f.cell);

/** The EU office's 17,5 mio. kr. by the 20/41/39 key, amounts as the column gives them. */
const euOffice = (head: string, amounts: RawValue[]): RawValue[][] => [
  ['Greater Copenhagen EU Office: budget 2026'],
  ['Medlemmer', 'Andel i pct.', head],
  ['Universiteter', 20, amounts[0]],
  ['Regioner', 41, amounts[1]],
  ['Kommuner', 39, amounts[2]],
  ['I alt', 100, amounts[3]],
];

describe('a comma the column settles', () => {
  it('reads "7,175" as 7,175 where the column writes "3,5" and "17,5"', () => {
    const r = run(euOffice('Bidrag (mio. kr.)', ['3,5', '7,175', '6,825', '17,5']));
    expect(ambiguous(r)).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads it so in mio. kr. beside numbers, where 7.175 mio. kr. would be 400 times the total', () => {
    const r = run(euOffice('Bidrag (mio. kr.)', [3.5, '7,175', '6,825', 17.5]));
    expect(ambiguous(r)).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads "3,500", "7,175", "6,825", "17,500" in mio. kr. the Danish way: the unit is Danish-only', () => {
    const r = run(euOffice('Bidrag (mio. kr.)', ['3,500', '7,175', '6,825', '17,500']));
    expect(ambiguous(r)).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps the warning in mio. kr. where 1.500 would fit among the amounts beside it', () => {
    const r = run(euOffice('Bidrag (mio. kr.)', [1200, '1,500', 2100, 4800]));
    expect(ambiguous(r)).toEqual(['C4']);
  });

  it('keeps the warning where the column does not decide: kroner, and no other text with a comma', () => {
    const r = run(euOffice('Bidrag (kr.)', [3500, '7,175', '6,825', 17500]));
    expect(ambiguous(r)).toEqual(['C4', 'C5']);
  });

  it('keeps the warning where another text in the column is written the English way', () => {
    const r = run(euOffice('Bidrag', ['3.5', '7,175', '6,825', '17,5']));
    expect(ambiguous(r)).toEqual(expect.arrayContaining(['C3', 'C4', 'C5']));
  });

  it('does not let a table two blank lines further down decide', () => {
    const grid = gridFromRows('Ark1', [['Beløb'], ['7,175'], [null], [null], ['0,875']]);
    expect(commaSettledByColumn(grid, 1, 0, '7,175', false)).toBe(false);
    const near = gridFromRows('Ark1', [['Beløb'], ['7,175'], [null], ['0,875']]);
    expect(commaSettledByColumn(near, 1, 0, '7,175', false)).toBe(true);
  });

  it('reads the settled amount in the table unit: 7,175 mio. kr. is 7.175.000 kr.', () => {
    const grid = gridFromRows('Ark1', [['Bidrag'], ['3,5'], ['7,175']]);
    const r = cellReader(grid, 1_000_000);
    expect(readAmountAt(r, 2, 0)?.value).toBe(717_500_000n);
    expect(r.findings).toEqual([]);
  });
});
