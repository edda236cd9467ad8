import { split, type SplitError, type SplitOk } from '../../../src/core/apportion/split';
import { decimal, type Decimal } from '../../../src/core/decimal/decimal';

const ints = (...ns: number[]): Decimal[] => ns.map((n) => decimal(n));

function amounts(r: SplitOk | SplitError): bigint[] {
  if (!r.ok) throw new Error(`split failed: ${r.reason}`);
  return r.amounts;
}

function failure(r: SplitOk | SplitError): SplitError {
  if (r.ok) throw new Error('split should have failed');
  return r;
}

const KR = 100n;
const MIO = 1_000_000n * KR;

describe('split: domain examples', () => {
  it('splits an EU office budget of 17,5 mio. kr. by 20/41/39', () => {
    const r = amounts(split(17n * MIO + MIO / 2n, ints(20, 41, 39), KR));
    expect(r).toEqual([3_500_000n * KR, 7_175_000n * KR, 6_825_000n * KR]);
  });

  it('takes percent keys with decimals (34,6 / 65,4)', () => {
    const r = amounts(split(1_000_000n * KR, [decimal(346, 1), decimal(654, 1)], KR));
    expect(r).toEqual([346_000n * KR, 654_000n * KR]);
  });

  it('mixes scales: 0,5 and 1 are weights 5 and 10', () => {
    expect(amounts(split(300n, [decimal(5, 1), decimal(1)]))).toEqual([100n, 200n]);
  });

  it('splits a refund 65/35 to the øre, leftover øre to the largest remainder', () => {
    // 1.234.567,89 kr.: quotas 80.246.912,85 and 43.209.876,15 øre.
    expect(amounts(split(123_456_789n, ints(65, 35)))).toEqual([80_246_913n, 43_209_876n]);
  });

  it('splits a negative total (a refund) as its absolute value, negated', () => {
    expect(amounts(split(-123_456_789n, ints(65, 35)))).toEqual([-80_246_913n, -43_209_876n]);
  });

  it('splits 1.200 guided start-ups among five business hubs following the population', () => {
    const population = ints(1_895_000, 1_350_000, 1_225_000, 840_000, 590_000);
    // Quotas 385,42 / 274,58 / 249,15 / 170,85 / 120,00: floors give 1.198, the two largest remainders get one more.
    const r = amounts(split(1200n, population, 1n));
    expect(r).toEqual([385n, 275n, 249n, 171n, 120n]);
    expect(r.reduce((a, b) => a + b)).toBe(1200n);
  });

  it('gives all zeros for a zero total', () => {
    expect(amounts(split(0n, ints(1, 2, 3), KR))).toEqual([0n, 0n, 0n]);
  });

  it('rounds to whole units of 1.000 kr.', () => {
    const r = amounts(split(10_000_000n * KR, ints(1, 1, 1), 1000n * KR));
    expect(r).toEqual([3_334_000n * KR, 3_333_000n * KR, 3_333_000n * KR]);
  });
});

describe('split: ties and the residual', () => {
  it('breaks a three-way tie by sheet order', () => {
    expect(amounts(split(100n, ints(1, 1, 1)))).toEqual([34n, 33n, 33n]);
    expect(amounts(split(4n, ints(1, 1, 1)))).toEqual([2n, 1n, 1n]);
  });

  it('puts the larger weight first among equal remainders', () => {
    // Quotas 0,5 / 1,5 / 2: one unit left, remainders tie at 0,5; the weight 3 wins over the weight 1.
    expect(amounts(split(4n, ints(1, 3, 4)))).toEqual([0n, 2n, 2n]);
    // All four remainders are 0,5: weight 5, then weight 3 get the two units.
    expect(amounts(split(5n, ints(1, 3, 5, 1)))).toEqual([0n, 2n, 3n, 0n]);
  });

  it('decides a three-way tie the same way wherever the larger party stands', () => {
    // Quotas 2,8 / 1,4 / 1,4 / 1,4: the 0,8 remainder first, then the first of the three 0,4 ties.
    expect(amounts(split(7n, ints(2, 1, 1, 1)))).toEqual([3n, 2n, 1n, 1n]);
    expect(amounts(split(7n, ints(1, 1, 1, 2)))).toEqual([2n, 1n, 1n, 3n]);
  });

  it('gives a residual below one unit to the next party in line after the leftover units', () => {
    // 101 øre in units of 10: 10 units of 3,3667 each -> 3 each, one unit left (to the first), 1 øre residual to the second.
    expect(amounts(split(101n, ints(1, 1, 1), 10n))).toEqual([40n, 31n, 30n]);
    // 1.234.567,89 kr. in whole kroner 65/35: no whole krone left over, the 89 øre go to the larger remainder (35 %).
    expect(amounts(split(123_456_789n, ints(65, 35), KR))).toEqual([80_246_900n, 43_209_889n]);
  });
});

describe('split: errors', () => {
  it('rejects an empty key', () => {
    expect(failure(split(100n, [])).reason).toBe('empty-key');
  });

  it('rejects a zero weight and names its position', () => {
    const e = failure(split(100n, ints(3, 0, 2)));
    expect(e).toMatchObject({ reason: 'zero-weight', index: 1 });
    expect(e.message.da).toMatch(/nr\. 2/);
    expect(e.message.en).toMatch(/no\. 2/);
  });

  it('rejects a negative weight and names its position', () => {
    expect(failure(split(100n, [decimal(1), decimal(-25, 1)]))).toMatchObject({
      reason: 'negative-weight',
      index: 1,
    });
  });

  it('reports a key that is zero everywhere as zero-total-weight', () => {
    expect(failure(split(100n, ints(0, 0))).reason).toBe('zero-total-weight');
  });

  it('rejects a total of less than one unit', () => {
    expect(failure(split(99n, ints(1, 1), KR)).reason).toBe('total-below-unit');
    expect(failure(split(-99n, ints(1, 1), KR)).reason).toBe('total-below-unit');
  });

  it('rejects a unit that is not positive', () => {
    expect(failure(split(100n, ints(1, 1), 0n)).reason).toBe('bad-unit');
    expect(failure(split(100n, ints(1, 1), -1n)).reason).toBe('bad-unit');
  });

  it('explains every error in Danish and English', () => {
    const errors = [
      split(100n, []),
      split(100n, ints(1, 0)),
      split(100n, ints(-1)),
      split(100n, ints(0)),
      split(1n, ints(1), KR),
      split(1n, ints(1), 0n),
    ].map(failure);
    for (const e of errors) {
      expect(e.message.da.length).toBeGreaterThan(10);
      expect(e.message.en.length).toBeGreaterThan(10);
      expect(e.message.da).not.toBe(e.message.en);
    }
  });
});

describe('split: large numbers', () => {
  it('is exact beyond 2^53 (bigint path)', () => {
    const total = 10n ** 30n + 7n;
    const r = amounts(split(total, ints(1, 1, 1)));
    expect(r.reduce((a, b) => a + b)).toBe(total);
    expect(r).toEqual([
      333333333333333333333333333336n,
      333333333333333333333333333336n,
      333333333333333333333333333335n,
    ]);
  });

  it('handles weights too large for a double', () => {
    const big: Decimal = { digits: 2n ** 70n, scale: 0 };
    // Quotas 1,25 / 1,25 / 2,5: the one unit left goes to the 0,5 remainder.
    expect(amounts(split(5n, [big, big, { digits: 2n ** 71n, scale: 0 }]))).toEqual([1n, 1n, 3n]);
  });
});
