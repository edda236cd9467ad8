/**
 * The largest-remainder method written out again, independently of apportion/split.ts: exact rational
 * quotas as (numerator, denominator) in bigint, a full sort of the remainders, ties to the larger key
 * and then the earlier party. Only whole units (no residual).
 */
export function largestRemainder(totalUnits: bigint, weights: readonly bigint[]): bigint[] {
  const W = weights.reduce((a, b) => a + b, 0n);
  const quotas = weights.map((w, i) => ({ i, w, floor: (totalUnits * w) / W, rest: (totalUnits * w) % W }));
  let left = totalUnits - quotas.reduce((a, q) => a + q.floor, 0n);
  const order = [...quotas].sort((a, b) =>
    a.rest !== b.rest ? (b.rest > a.rest ? 1 : -1) : a.w !== b.w ? (b.w > a.w ? 1 : -1) : a.i - b.i,
  );
  const out = quotas.map((q) => q.floor);
  for (const q of order) {
    if (left === 0n) break;
    out[q.i] += 1n;
    left -= 1n;
  }
  return out;
}
