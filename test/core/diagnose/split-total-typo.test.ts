/**
 * A split whose stated total has a slip of the keyboard, while the amounts are exactly the key's split of
 * their own sum: a colleague says the total is the typo. Fordel said every amount was off the exact split
 * and offered to rewrite them to the typo'd total's split.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

const plan = (total: number): RawValue[][] => [
  ['Kilde', 'Beløb i 1.000 kr.', 'Andel'],
  ['Statens pulje', 1500, 0.5],
  ['Region Midtjylland', 900, 0.3],
  ['Kommunerne', 600, 0.2],
  ['I alt', total, 1],
];

describe('a typo in the total of a split', () => {
  it('names the total, in kroner, when the amounts are the key split of their own sum', () => {
    const r = check(plan(3100));
    const typo = r.items!.find((i) => i.rule === 'digit-typo');
    expect(typo?.cell).toBe('B5');
    expect(typo?.message.da).toMatch(
      /der står 3\.100\.000\skr\., men beløbene summerer til 3\.000\.000\skr\./,
    );
    expect(r.items!.some((i) => i.rule === 'split-mismatch')).toBe(false);
    // Rewriting the amounts to the typo'd total's split would put the error into three right cells.
    expect(r.items!.some((i) => i.fix)).toBe(false);
  });

  it('says nothing where the total is right', () => {
    const r = check(plan(3000));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
