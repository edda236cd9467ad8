/**
 * Speed of the exact split on 1.000.000 parties with population-like weights, next to dinero.js v2's
 * `allocate` on the same input. Run: npx tsx bench/split.ts
 *
 * dinero.js hands leftover units out in list order rather than by largest remainder, so only the
 * speed is compared; both results are checked to sum to the total.
 */
import { allocate, dinero, toSnapshot, type Dinero } from 'dinero.js';
import { split } from '../src/core/apportion/split';
import type { Decimal } from '../src/core/decimal/decimal';

export interface SplitBench {
  rows: number;
  oursPerSec: number;
  dineroPerSec: number;
  ratio: number;
}

const ROWS = 1_000_000;
/** 100 mio. kr. in øre: large enough for real leftovers, small enough for dinero's number arithmetic. */
const TOTAL = 10_000_000_000n;
const DKK = { code: 'DKK', base: 10, exponent: 2 };

/** Deterministic weights from 500 to about 60.500 inhabitants, skewed towards small places. */
function populations(n: number): number[] {
  let seed = 20_240_101;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: n }, () => Math.floor(500 + 60_000 * next() ** 3));
}

/** Best of three timed runs after one warm-up, in milliseconds. */
function bestOf3(run: () => void): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function benchSplit(rows = ROWS): Promise<SplitBench> {
  const counts = populations(rows);
  const weights: Decimal[] = counts.map((c) => ({ digits: BigInt(c), scale: 0 }));

  let ours: bigint[] = [];
  const oursMs = bestOf3(() => {
    const r = split(TOTAL, weights, 1n);
    if (!r.ok) throw new Error(r.reason);
    ours = r.amounts;
  });
  if (ours.reduce((s, a) => s + a, 0n) !== TOTAL) throw new Error('our split does not sum to the total');

  const money = dinero({ amount: Number(TOTAL), currency: DKK });
  let theirs: Dinero<number>[] = [];
  const dineroMs = bestOf3(() => {
    theirs = allocate(money, counts);
  });
  const theirSum = theirs.reduce((s: number, d) => s + toSnapshot(d).amount, 0);
  if (theirSum !== Number(TOTAL)) throw new Error('dinero.js split does not sum to the total');

  const oursPerSec = Math.round(rows / (oursMs / 1000));
  const dineroPerSec = Math.round(rows / (dineroMs / 1000));
  return { rows, oursPerSec, dineroPerSec, ratio: oursPerSec / dineroPerSec };
}

if (require.main === module) {
  benchSplit().then(
    (r) => {
      const f = (n: number) => n.toLocaleString('da-DK');
      console.log(`split of ${f(r.rows)} parties`);
      console.log(`  Fordel split():      ${f(r.oursPerSec)} parties/s`);
      console.log(`  dinero.js allocate:  ${f(r.dineroPerSec)} parties/s`);
      console.log(`  ratio:               ${r.ratio.toFixed(1)}x`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
