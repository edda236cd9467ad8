import fc from 'fast-check';
import { split, splitWithBigint, splitWithNumber, type SplitOk } from '../../../src/core/apportion/split';
import { compare, pow10, type Decimal } from '../../../src/core/decimal/decimal';

/** Weights with both small values (plenty of ties) and population-sized ones, at scales 0-3. */
const weight: fc.Arbitrary<Decimal> = fc.record({
  digits: fc.oneof(fc.bigInt({ min: 1n, max: 4n }), fc.bigInt({ min: 1n, max: 10_000_000n })),
  scale: fc.integer({ min: 0, max: 3 }),
});
const weights = fc.array(weight, { minLength: 1, maxLength: 500 });
const unit = fc.oneof(fc.constantFrom(1n, 100n, 10_000n, 100_000n), fc.bigInt({ min: 1n, max: 1000n }));
const total = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });

function usable(t: bigint, u: bigint): boolean {
  const abs = t < 0n ? -t : t;
  return abs === 0n || abs >= u;
}

function ok(r: ReturnType<typeof split>): bigint[] {
  if (!r.ok) throw new Error(`unexpected ${r.reason}`);
  return (r as SplitOk).amounts;
}

function integerWeights(ws: readonly Decimal[]): bigint[] {
  const scale = Math.max(...ws.map((w) => w.scale));
  return ws.map((w) => w.digits * pow10(scale - w.scale));
}

/**
 * The documented rule written out the slow, obvious way: full sort by (remainder desc, weight desc,
 * position asc), leftover units to the first k, the residual to place k.
 */
function reference(t: bigint, ws: readonly Decimal[], u: bigint): bigint[] {
  if (t === 0n) return ws.map(() => 0n);
  const neg = t < 0n;
  const abs = neg ? -t : t;
  const w = integerWeights(ws);
  const W = w.reduce((a, b) => a + b, 0n);
  const parts = w.map((wi, i) => ({ i, wi, q: (abs * wi) / (u * W), r: (abs * wi) % (u * W) }));
  const given = parts.reduce((s, p) => s + p.q * u, 0n);
  const residual = abs % u;
  const k = Number((abs - given - residual) / u);
  const order = [...parts].sort((a, b) =>
    a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.wi !== b.wi ? (a.wi > b.wi ? -1 : 1) : a.i - b.i,
  );
  const out = parts.map((p) => p.q * u);
  for (let j = 0; j < k; j++) out[order[j].i] += u;
  if (residual > 0n) out[order[k].i] += residual;
  return neg ? out.map((a) => -a) : out;
}

describe('split: properties', () => {
  it('sums to the total exactly and keeps every party within one unit of its exact quota', () => {
    fc.assert(
      fc.property(total, weights, unit, (t, ws, u) => {
        fc.pre(usable(t, u));
        const r = ok(split(t, ws, u));
        expect(r.reduce((a, b) => a + b, 0n)).toBe(t);
        const w = integerWeights(ws);
        const W = w.reduce((a, b) => a + b, 0n);
        r.forEach((amount, i) => {
          const gap = amount * W - t * w[i];
          expect((gap < 0n ? -gap : gap) < u * W).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('follows the documented rule exactly (checked against a full sort)', () => {
    fc.assert(
      fc.property(total, weights, unit, (t, ws, u) => {
        fc.pre(usable(t, u));
        expect(ok(split(t, ws, u))).toEqual(reference(t, ws, u));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result on the number path and the bigint path', () => {
    const small = fc.array(
      fc.record({
        digits: fc.oneof(fc.bigInt({ min: 1n, max: 3n }), fc.bigInt({ min: 1n, max: 2_000_000n })),
        scale: fc.integer({ min: 0, max: 1 }),
      }),
      { minLength: 1, maxLength: 500 },
    );
    fc.assert(
      fc.property(total, small, fc.constantFrom(1n, 100n), (t, ws, u) => {
        fc.pre(usable(t, u));
        const viaNumber = ok(splitWithNumber(t, ws, u));
        expect(viaNumber).toEqual(ok(splitWithBigint(t, ws, u)));
        expect(viaNumber).toEqual(ok(split(t, ws, u)));
      }),
      { numRuns: 300 },
    );
  });

  it('permutes with the rows when equal weights keep their relative order', () => {
    fc.assert(
      fc.property(total, weights, unit, fc.array(fc.nat()), (t, ws, u, keys) => {
        fc.pre(usable(t, u));
        const perm = orderKeepingEqualWeights(ws, keys);
        const moved = perm.map((i) => ws[i]);
        const before = ok(split(t, ws, u));
        expect(ok(split(t, moved, u))).toEqual(perm.map((i) => before[i]));
      }),
      { numRuns: 200 },
    );
  });

  it('never gives a larger weight less, nor a later equal weight more', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), weights, unit, (t, ws, u) => {
        fc.pre(usable(t, u));
        const r = ok(split(t, ws, u));
        for (let i = 0; i < ws.length; i++) {
          for (let j = i + 1; j < ws.length; j++) {
            const c = compare(ws[i], ws[j]);
            if (c >= 0) expect(r[i] >= r[j]).toBe(true);
            else expect(r[j] >= r[i]).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * A random order of the rows in which rows of equal weight stay in their original relative order:
 * shuffle by random keys, then hand each group of equal weights its places in the original order.
 */
function orderKeepingEqualWeights(ws: readonly Decimal[], keys: readonly number[]): number[] {
  const shuffled = ws.map((_, i) => i).sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
  const value = integerWeights(ws).map(String);
  const groups = new Map<string, number[]>();
  ws.forEach((_, i) => groups.set(value[i], [...(groups.get(value[i]) ?? []), i]));
  const used = new Map<string, number>();
  return shuffled.map((i) => {
    const n = used.get(value[i]) ?? 0;
    used.set(value[i], n + 1);
    return (groups.get(value[i]) as number[])[n];
  });
}
