/**
 * The exact split the generator's truths are built with, written for the test and apart from Fordel's own
 * apportion code: each party gets the floor of its quota in whole units, the units left go to the largest
 * remainders. `ties` lists the parties whose remainder equals another's where that decides a unit, because
 * then the split depends on a tie rule (and on row order), and the generator avoids such keys.
 */
export interface Split {
  readonly amounts: bigint[];
  /** True when a leftover unit was decided between equal remainders. */
  readonly tied: boolean;
}

export function largestRemainder(total: bigint, keys: readonly bigint[]): Split {
  const sum = keys.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) throw new Error('largestRemainder: the keys sum to zero');
  const parts = keys.map((k, i) => ({ i, floor: (total * k) / sum, rem: (total * k) % sum }));
  let left = total - parts.reduce((a, p) => a + p.floor, 0n);
  const order = [...parts].sort((x, y) => (y.rem > x.rem ? 1 : y.rem < x.rem ? -1 : 0));
  const amounts = parts.map((p) => p.floor);
  let tied = false;
  for (let n = 0; left > 0n; n++, left--) {
    amounts[order[n].i] += 1n;
    // The last unit handed out decides between equal remainders when the next one has the same remainder.
    if (left === 1n && order[n + 1] && order[n + 1].rem === order[n].rem) tied = true;
  }
  return { amounts, tied };
}

/** Percent keys as scaled integers: "34.6" -> 346n at scale 1; all keys to the same number of decimals. */
export function scaledKeys(keys: readonly string[]): bigint[] {
  const decimals = Math.max(0, ...keys.map((k) => (k.split('.')[1] ?? '').length));
  return keys.map((k) => {
    const [i, f = ''] = k.split('.');
    return BigInt(i + f.padEnd(decimals, '0'));
  });
}
