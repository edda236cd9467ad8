/**
 * Generated truths: splits between random municipalities (by population or by a percent key) and
 * co-financing tables with random sources and years, with exact amounts from the test's own split and sums.
 * About half carry one planted error. Keys whose split hangs on a tie are drawn again.
 */
import { MUNICIPALITIES, REGIONS } from '../municipalities';
import { Rng, subSeed } from '../rng';
import type { TableTruth } from '../truth';
import { cofinancingTruth, splitTruth, TieError, type SplitParty } from './build';

const SPLIT_TITLES = [
  'Fordeling af fælles udgifter efter indbyggertal',
  'Kommunernes bidrag til det fælles sekretariat 2026',
  'Finansiering pr. kommune',
  'Fordelingsnøgle for driftsudgifter',
];
const OTHER_PARTIES = ['Universiteter', 'Regioner', 'Kommuner', 'Erhvervsorganisationer', 'Staten', 'Fonde'];
const OWN = ['Egenfinansiering', 'Kommunens egenfinansiering', 'Regionens egenfinansiering', 'Egne midler'];
const REFUNDS = ['Tilbagebetaling af ubrugt tilskud', 'Tilbageført til puljen'];
const OTHERS = ['Statsligt tilskud', 'EU-midler (ERDF)', 'Fondsmidler', 'Private bidrag', 'Puljemidler'];

/** A typed amount a colleague could have made of `v`: swapped digits, a digit off, an extra thousand. */
function mistype(rng: Rng, v: bigint): { actual: bigint; what: string } {
  const s = v.toString();
  const digits = s.split('');
  const swaps = digits.map((_, i) => i).filter((i) => i + 1 < digits.length && digits[i] !== digits[i + 1]);
  if (swaps.length && rng.chance(0.5)) {
    const i = rng.pick(swaps);
    [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
    const actual = BigInt(digits.join(''));
    if (actual > 0n) return { actual, what: `${s} tastet ${actual} (ombyttede cifre)` };
  }
  const delta = BigInt(rng.pick([1_000, 5_000, 10_000, 25_000]));
  const actual = rng.chance(0.5) || v <= delta ? v + delta : v - delta;
  return { actual, what: `${s} tastet ${actual}` };
}

export function randomSplit(seed: number): TableTruth {
  const rng = new Rng(seed);
  const byPopulation = rng.chance(0.6);
  for (let attempt = 0; ; attempt++) {
    let parties: SplitParty[];
    let totalNames: string[] | undefined;
    if (byPopulation || rng.chance(0.5)) {
      const region = rng.pick(REGIONS);
      const inRegion = rng.chance(0.6);
      const pool = inRegion ? MUNICIPALITIES.filter((m) => m.region === region) : MUNICIPALITIES;
      const n = rng.int(3, Math.min(pool.length, inRegion ? pool.length : 20));
      const chosen = rng.sample(pool, n);
      if (inRegion && n === pool.length) totalNames = [region];
      const shares = byPopulation ? [] : percentKey(rng, n, rng.chance(0.5) ? 1 : 0);
      parties = chosen.map((m, i) => ({
        label: m.name,
        municipality: m.name,
        key: byPopulation ? m.population : shares[i],
      }));
    } else {
      const n = rng.int(2, 5);
      const shares = percentKey(rng, n, 0);
      parties = rng.sample(OTHER_PARTIES, n).map((label, i) => ({ label, key: shares[i] }));
    }
    const round = rng.chance(0.4);
    const total = BigInt(rng.int(round ? 2 : 100, round ? 200 : 20_000)) * (round ? 100_000n : 1_000n);
    const planted = rng.chance(0.5);
    try {
      const wrongParty = rng.int(0, parties.length - 1);
      const truth = splitTruth({
        id: `split-${seed}`,
        origin: 'random',
        title: rng.pick(SPLIT_TITLES),
        corner: parties[0].municipality ? 'Kommune' : 'Part',
        keyHead: byPopulation ? 'Indbyggere' : 'Andel (%)',
        amountHead: 'Beløb (kr.)',
        parties,
        total,
        totalLabel: 'I alt',
        totalNames,
      });
      if (!planted) return truth;
      const amount = truth.rows[wrongParty].cells.amount;
      if (amount.t !== 'money') throw new Error('amount');
      const wrong = mistype(rng, amount.kr);
      const others = truth.rows.map((r) => (r.cells.amount as { kr: bigint }).kr);
      // A wrong amount equal to another party's amount reads as a swap, not a typo: draw again.
      if (others.includes(wrong.actual)) continue;
      return splitTruth({
        id: `split-${seed}`,
        origin: 'random',
        title: truth.title,
        corner: truth.corner,
        keyHead: truth.cols[0].head,
        amountHead: truth.cols[1].head,
        parties,
        total,
        totalLabel: 'I alt',
        totalNames,
        wrong: [{ party: wrongParty, ...wrong }],
      });
    } catch (e) {
      if (!(e instanceof TieError) || attempt > 50) throw e;
    }
  }
}

/** n percent shares with the given decimals, each at least 1, summing to exactly 100. */
function percentKey(rng: Rng, n: number, decimals: number): string[] {
  const unit = 10 ** decimals;
  const total = 100 * unit;
  const weights = Array.from({ length: n }, () => rng.int(1, 10));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((w * (total - n)) / wsum)));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => (decimals ? (p / unit).toFixed(decimals) : String(p)));
}

export function randomCofinancing(seed: number): TableTruth {
  const rng = new Rng(seed);
  const nYears = rng.int(1, 5);
  const first = rng.int(2022, 2027);
  const years = Array.from({ length: nYears }, (_, i) => first + i);
  const others = rng.sample(OTHERS, rng.int(1, 3));
  const step = BigInt(rng.pick([10_000, 50_000, 100_000]));
  const otherAmounts = others.map(() =>
    years.map(() => (rng.chance(0.15) ? 0n : BigInt(rng.int(1, 40)) * step)),
  );
  // Own financing at least half of every year: the others' sum plus a margin.
  const own = years.map((_, j) => {
    const rest = otherAmounts.reduce((a, r) => a + r[j], 0n);
    return rest + BigInt(rng.int(1, 20)) * step;
  });
  const sources = [
    { label: rng.pick(OWN), amounts: own },
    ...others.map((label, i) => ({ label, amounts: otherAmounts[i] })),
    ...refund(seed, years.length, step),
  ];
  const wrong: NonNullable<Parameters<typeof cofinancingTruth>[0]['wrong']>[number][] = [];
  if (rng.chance(0.5)) {
    const onTotal = rng.chance(0.5);
    const source = onTotal ? 'total' : 0;
    const year = rng.chance(0.7) ? rng.int(0, nYears - 1) : 'total';
    const sum = (xs: bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
    const value =
      source === 'total'
        ? year === 'total'
          ? sum(sources.map((s) => sum(s.amounts)))
          : sum(sources.map((s) => s.amounts[year]))
        : year === 'total'
          ? sum(own)
          : own[year];
    // Own financing typed higher keeps it above half; a total typed wrong changes no share.
    const delta = BigInt(rng.int(1, 9)) * step;
    const actual = value + delta;
    wrong.push({ source, year, actual, what: `${value} tastet ${actual}` });
  }
  return cofinancingTruth({
    id: `cofin-${seed}`,
    origin: 'random',
    title: rng.pick(['Finansieringsplan', 'Projektets finansiering', 'Budget og finansiering']),
    corner: rng.pick(['Finansiering', 'Finansieringskilde', '']),
    years,
    sources,
    totalLabel: 'I alt',
    totalColHead: 'I alt',
    wrong,
  });
}

/**
 * One table in five returns unspent grant in its last year: a negative amount, normal for a refund (issue 18),
 * drawn apart so the other tables stay as they were.
 */
function refund(seed: number, years: number, step: bigint): { label: string; amounts: bigint[] }[] {
  const rng = new Rng(subSeed(seed, 'refund'));
  if (!rng.chance(0.2)) return [];
  const amounts = Array.from({ length: years }, (_, j) =>
    j === years - 1 ? -BigInt(rng.int(1, 5)) * step : 0n,
  );
  return [{ label: rng.pick(REFUNDS), amounts }];
}

/** A generated truth: splits and co-financing tables in turn. */
export function randomTruth(seed: number): TableTruth {
  return seed % 2 === 0 ? randomSplit(seed) : randomCofinancing(seed);
}
