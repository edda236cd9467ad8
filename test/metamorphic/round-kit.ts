/**
 * What the tests of the later rounds share: the generated truths they draw from, the first truth one of the
 * round's variants applies to, and the check that each of the round's variants keeps every truth cell's exact
 * value at its mapped cell, on top of the composition its seed draws.
 */
import { fitsWith, LATER_ROUNDS, planVariant, show, type Transform } from './families';
import type { TableTruth } from './truth';
import { truthById } from './variant';
import { truthKept, write } from './written';

/** A generated split, co-financing table and split by a rate for each of seeds 1..n. */
export const generatedTruths = (n: number): TableTruth[] =>
  Array.from({ length: n }, (_, i) => i + 1).flatMap((s) => [
    truthById(`split-${s}`),
    truthById(`cofin-${s}`),
    truthById(`rate-${s}`),
  ]);

/** The ids of a truth's parts, in order. */
export const partIds = (t: TableTruth): string[] => t.rows.filter((r) => r.role === 'part').map((r) => r.id);

export interface RoundKit {
  /** Generated truths to pick from, made once. */
  readonly pool: readonly TableTruth[];
  /** The round's variants that apply to a truth. */
  readonly mine: (t: TableTruth) => Transform[];
  /** The first truth of the pool the variant applies to (and `pred` holds for). */
  readonly firstWith: (variant: string, pred?: (t: TableTruth) => boolean) => TableTruth;
}

export function roundKit(mine: (t: TableTruth) => Transform[]): RoundKit {
  const pool = generatedTruths(60);
  return {
    pool,
    mine,
    firstWith(variant, pred = () => true) {
      const t = pool.find((x) => pred(x) && mine(x).some((y) => show(y) === variant));
      if (!t) throw new Error(`no truth takes ${variant}`);
      return t;
    },
  };
}

export interface KeptRun {
  /** Truth cells that lost their exact value, as truthKept names them. */
  readonly wrong: readonly string[];
  /** How many times each variant was written. */
  readonly seen: ReadonlyMap<string, number>;
  readonly variants: number;
}

/**
 * Each of the round's variants on the truths of seeds 1..`seeds` (at most `perVariant` times each), on top of
 * the composition the seed draws less the variant's own family (and less every later round's variant with
 * `earlierOnly`), where the variant fits that composition, alone where it does not.
 */
export function keptWithOthers(
  kit: RoundKit,
  o: { seeds: number; perVariant?: number; earlierOnly?: boolean },
): KeptRun {
  const later = LATER_ROUNDS.flat();
  const wrong: string[] = [];
  const seen = new Map<string, number>();
  let variants = 0;
  for (const [i, t] of generatedTruths(o.seeds).entries()) {
    for (const x of kit.mine(t).filter((y) => (seen.get(show(y)) ?? 0) < (o.perVariant ?? Infinity))) {
      const drawn = planVariant(t, i + 1).transforms.filter(
        (y) => y.family !== x.family && !(o.earlierOnly && later.includes(show(y))),
      );
      const ts = fitsWith(x, drawn) ? [...drawn, x] : [x];
      wrong.push(...truthKept(write(t, i + 1, ts.map(show).join('+'))));
      seen.set(show(x), (seen.get(show(x)) ?? 0) + 1);
      variants++;
    }
  }
  return { wrong, seen, variants };
}
