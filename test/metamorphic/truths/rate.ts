/**
 * Splits by a rate per inhabitant ("2,35 kr. pr. indbygger", issue 18): each municipality pays the rate times
 * its population, stated in the title, and the I alt row is their sum. Rates are drawn with the
 * municipalities they divide into whole kroner (2,35 kr. only for populations in twenties), so that every
 * amount is exact and a colleague's rate times population is the split of the total by population.
 */
import { danish } from '../danish';
import { MUNICIPALITIES } from '../municipalities';
import { Rng, subSeed } from '../rng';
import type { TableTruth } from '../truth';
import { splitTruth } from './build';

/** A rate in øre and the population step that makes it whole kroner. */
const RATES: readonly { readonly oere: number; readonly step: number }[] = [
  { oere: 235, step: 20 },
  { oere: 250, step: 2 },
  { oere: 175, step: 4 },
  { oere: 240, step: 5 },
  { oere: 500, step: 1 },
  { oere: 1200, step: 1 },
  { oere: 1250, step: 2 },
  { oere: 800, step: 1 },
];
const PURPOSES = ['Kontingent til KKR', 'Bidrag til fælles turismeindsats', 'Betaling for beredskab'];

const kr = (oere: number): string => danish((oere / 100).toFixed(2));

export function rateSplit(seed: number): TableTruth {
  const rng = new Rng(subSeed(seed, 'rate'));
  const rate = rng.pick(RATES);
  const pool = MUNICIPALITIES.filter((m) => m.population % rate.step === 0);
  const chosen = rng.sample(pool, rng.int(3, Math.min(pool.length, 10)));
  const parties = chosen.map((m) => ({ label: m.name, municipality: m.name, key: m.population }));
  const people = chosen.reduce((a, m) => a + BigInt(m.population), 0n);
  const total = (people * BigInt(rate.oere)) / 100n;
  const spec = {
    id: `rate-${seed}`,
    origin: 'random' as const,
    title: `${rng.pick(PURPOSES)} 2026: ${kr(rate.oere)} kr. pr. indbygger`,
    corner: 'Kommune',
    keyHead: 'Indbyggere',
    amountHead: 'Beløb (kr.)',
    parties,
    total,
    totalLabel: 'I alt',
  };
  const truth = splitTruth(spec);
  if (!rng.chance(0.5)) return { ...truth, rate: kr(rate.oere) };
  const party = rng.int(0, parties.length - 1);
  const amount = (truth.rows[party].cells.amount as { kr: bigint }).kr;
  const delta = BigInt(rng.pick([100, 1_000, 5_000]));
  const actual = amount > delta && rng.chance(0.5) ? amount - delta : amount + delta;
  const wrong = [{ party, actual, what: `${amount} tastet ${actual}` }];
  return { ...splitTruth({ ...spec, wrong }), rate: kr(rate.oere) };
}
