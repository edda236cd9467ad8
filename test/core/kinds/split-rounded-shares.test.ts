/**
 * A split whose printed shares are rounded from the real key (the population, not on the sheet): the amounts
 * add up to the total and each lies within its share's rounding. A colleague calls that right; the shares'
 * 100,1 % is their rounding. An agreed whole-percent key, or amounts that leave a gap, are still held to it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { split } from '../../../src/core/apportion/split';
import { decimal } from '../../../src/core/decimal/decimal';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Fordeling', rows)]), PARAMS);

/** Six municipalities' population (FOLK1A, 1 January 2026) split 2,5 mio. kr. exactly; shares printed rounded. */
const NAMES = ['Ballerup', 'Herlev', 'Gladsaxe', 'Furesø', 'Rudersdal', 'Gentofte'];
const POP = [53_950, 32_030, 71_185, 42_874, 57_912, 75_106];
const TOTAL = 2_500_000;

function byPopulation(total = TOTAL, pop = POP): number[] {
  const r = split(
    BigInt(total) * 100n,
    pop.map((p) => decimal(p)),
    100n,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.amounts.map((a) => Number(a / 100n));
}

function table(shares: number[], amounts: number[], total = TOTAL): RawValue[][] {
  return [
    ['Fordeling af 2,5 mio. kr. efter indbyggertal'],
    ['Kommune', 'Andel i pct.', 'Beløb (kr.)'],
    ...NAMES.map((n, i): RawValue[] => [n, shares[i], amounts[i]]),
    ['I alt', 100, total],
  ];
}

/** Each share of the population in percent, rounded to one decimal. */
const ROUNDED = POP.map((p) => Math.round((1000 * p) / POP.reduce((a, b) => a + b, 0)) / 10);

describe('shares printed rounded from the real key', () => {
  it('sum to 100,1 % by their rounding: one piece of information, no warning, no typo', () => {
    expect(ROUNDED.reduce((a, b) => a + b, 0)).toBeCloseTo(100.1, 5);
    const r = check(table(ROUNDED, byPopulation()));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['shares-not-100', 'info']]);
    expect(r.findings[0].message.da).toContain('fordi de er afrundede');
    expect(r.items!.some((i) => i.rule === 'digit-typo')).toBe(false);
  });

  it('that happen to sum to 100,0 %: nothing to say', () => {
    // Ballerup at 16,1 % (its amount 403.700 kr. is 16,15 %), Gentofte taking the 1.261 kr. (still 22,6 %):
    // the shares now sum to 100,0 % and every amount lies within its share's rounding.
    const shares = [...ROUNDED];
    shares[0] = 16.1;
    const amounts = byPopulation();
    amounts[0] = 403_700;
    amounts[5] += 404_961 - 403_700;
    const r = check(table(shares, amounts));
    expect(r.findings).toEqual([]);
  });

  it('an amount off its share by more than the rounding is still named', () => {
    const amounts = byPopulation();
    amounts[1] += 5_000; // Herlev; Gladsaxe gives it up, so the total holds
    amounts[2] -= 5_000;
    const r = check(table(ROUNDED, amounts));
    expect(r.findings.filter((f) => f.rule === 'split-mismatch').length).toBeGreaterThan(0);
  });

  it('amounts that miss the total are held to the shares as before', () => {
    const amounts = byPopulation();
    amounts[3] += 1_000;
    const r = check(table(ROUNDED, amounts));
    expect(r.findings.some((f) => f.severity !== 'info')).toBe(true);
  });

  it('amounts that are their printed share of one total on most lines make the shares the key: one line off is named', () => {
    // 1 mio. kr. by shares with one decimal, each amount exactly share x 1.000.000 kr., but Furesø 300 kr. over
    // (within its share's rounding of 500 kr.) and the I alt row following it.
    const shares = [16.2, 9.6, 21.4, 12.9, 17.3, 22.6];
    const amounts = shares.map((x) => x * 10_000);
    amounts[3] += 300;
    const rows: RawValue[][] = [
      ['Fordeling efter indbyggertal'],
      ['Kommune', 'Andel i pct.', 'Beløb (kr.)'],
      ...NAMES.map((n, i): RawValue[] => [n, shares[i], amounts[i]]),
      ['I alt', 100, 1_000_300],
    ];
    const r = check(rows);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.cell)).toContain('C6');
  });

  it('whole percents that no line matches, worked out from the amounts, hold no line to them', () => {
    const rows: RawValue[][] = [
      ['Udgifter fordelt på områder (kr.)'],
      ['Område', 'Andel', 'Beløb'],
      ['Biblioteker', 48, 42_500],
      ['Musikskole', 13, 11_300],
      ['Idrætsanlæg', 29, 25_800],
      ['Folkeoplysning', 10, 8_400],
      ['I alt', 100, 88_000],
    ];
    expect(check(rows).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a whole-percent key is agreed, not rounded: an amount within half a percent of it is still wrong', () => {
    const rows: RawValue[][] = [
      ['EU-kontor: finansiering af 17,5 mio. kr.'],
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Universiteter', 20, 3_550_000],
      ['Regioner', 41, 7_125_000],
      ['Kommuner', 39, 6_825_000],
      ['I alt', 100, 17_500_000],
    ];
    const r = check(rows);
    expect(r.findings.filter((f) => f.rule === 'split-mismatch').map((f) => f.cell)).toEqual(['C3', 'C4']);
  });
});
