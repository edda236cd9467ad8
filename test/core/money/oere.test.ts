import fc from 'fast-check';
import { decimal, parsePlainDecimal } from '../../../src/core/decimal/decimal';
import { kronerToOere, oereToKroner, oereToPlain } from '../../../src/core/money/oere';

describe('kroner and øre', () => {
  it.each<[string, bigint | null]>([
    ['1500000', 150000000n],
    ['1234.5', 123450n],
    ['0.05', 5n],
    ['-12.34', -1234n],
    ['0', 0n],
    ['12.345', null],
    ['0.001', null],
  ])('%s kr. is %p øre', (kroner, oere) => {
    expect(kronerToOere(parsePlainDecimal(kroner)!)).toBe(oere);
  });

  it('accepts trailing zeros finer than øre when they are zeros', () => {
    expect(kronerToOere(decimal(12500, 3))).toBe(1250n);
  });

  it.each<[bigint, string]>([
    [150000000n, '1500000'],
    [123450n, '1234.5'],
    [123456n, '1234.56'],
    [5n, '0.05'],
    [-5n, '-0.05'],
    [0n, '0'],
  ])('%p øre is %s kroner as plain text', (oere, plain) => {
    expect(oereToPlain(oere)).toBe(plain);
  });

  it('oereToKroner is normalised', () => {
    expect(oereToKroner(150000n)).toEqual({ digits: 1500n, scale: 0 });
    expect(oereToKroner(150050n)).toEqual({ digits: 15005n, scale: 1 });
  });

  it('round trips beyond 2^53 øre', () => {
    const big = 2n ** 53n + 1n;
    expect(kronerToOere(oereToKroner(big))).toBe(big);
    expect(oereToPlain(big)).toBe('90071992547409.93');
    const huge = -(10n ** 30n) - 7n;
    expect(kronerToOere(oereToKroner(huge))).toBe(huge);
  });

  it('round trips any øre amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (oere) => {
        expect(kronerToOere(oereToKroner(oere))).toBe(oere);
        expect(kronerToOere(parsePlainDecimal(oereToPlain(oere))!)).toBe(oere);
      }),
    );
  });
});
