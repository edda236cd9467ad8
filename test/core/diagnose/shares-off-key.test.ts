/**
 * A share column typed beside a population key that it does not follow: the amounts are the printed shares
 * of the total, but the printed shares are another key than the population. That is two keys in one table,
 * not rounding: Fordel says so once, offers no fix over the amounts, and keeps calling shares that round the
 * key (16,2 % beside a population giving 16,24 %) rounded.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Nøgle', rows)]), PARAMS);
const HEADER = ['Kommune', 'Indbyggere', 'Andel', 'Beløb (kr.)'];

/** 12.000.000 kr. by printed shares 50/20/30 beside populations that give 65,2/17,3/17,5 %. */
const twoKeys = (): RawValue[][] => [
  HEADER,
  ['Aarhus', 373_388, 0.5, 6_000_000],
  ['Randers', 99_000, 0.2, 2_400_000],
  ['Silkeborg', 100_000, 0.3, 3_600_000],
  ['I alt', 572_388, 1, 12_000_000],
];

describe('printed shares that are not the key beside them', () => {
  it('says the amounts follow the printed shares, not the population, and names the furthest share', () => {
    const r = check(twoKeys());
    const rules = r.items!.map((i) => i.rule);
    expect(rules).toContain('shares-off-key');
    expect(rules).not.toContain('rounded-shares');
    const item = r.items!.find((i) => i.rule === 'shares-off-key')!;
    expect(item.cell).toBe('C2:C4');
    expect(item.message.da).toContain('»Aarhus« står til 50\u00a0% i C2, mens nøglen giver 65,2\u00a0%');
    expect(item.message.en).toContain('the key gives 65.2%');
    // Only the user knows which key was agreed: no amount is offered for rewriting.
    expect(r.items!.some((i) => i.fix)).toBe(false);
  });

  it('still calls shares that round the population rounded shares', () => {
    // 1000/1000/1001 people: shares 33,3/33,3/33,4 % are their rounding; amounts share x 300.100 kr.
    const rows: RawValue[][] = [
      HEADER,
      ['Aarhus', 1000, 33.3, 99_933],
      ['Randers', 1000, 33.3, 99_933],
      ['Silkeborg', 1001, 33.4, 100_234],
      ['I alt', 3001, 100, 300_100],
    ];
    const rules = check(rows).items!.map((i) => i.rule);
    expect(rules).toContain('rounded-shares');
    expect(rules).not.toContain('shares-off-key');
  });
});
