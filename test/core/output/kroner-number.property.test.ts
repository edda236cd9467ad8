import fc from 'fast-check';
import { kronerNumber } from '../../../src/core/output/table-output';

/** Øre to kroner by whole kroner and øre apart, in bigint: the number every written amount must equal. */
function byParts(oere: bigint): number {
  return Number(oere / 100n) + Number(oere % 100n) / 100;
}

describe('kronerNumber', () => {
  it('writes 1234,56 kr. for 123456 øre and keeps the sign', () => {
    expect(kronerNumber(123456n)).toBe(1234.56);
    expect(kronerNumber(-5n)).toBe(-0.05);
    expect(kronerNumber(-100n)).toBe(-1);
  });

  it('gives exactly the number of the bigint reckoning, small and beyond 2^53 øre', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), (oere) => {
        expect(kronerNumber(oere)).toBe(byParts(oere));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (oere) => {
        expect(kronerNumber(oere)).toBe(byParts(oere));
      }),
      { numRuns: 2000 },
    );
  });
});
