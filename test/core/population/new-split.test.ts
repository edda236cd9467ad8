import fc from 'fast-check';
import { decimal } from '../../../src/core/decimal/decimal';
import { makeNewSplit } from '../../../src/core/population/new-split';
import { populationAt } from '../../../src/core/population/register';
import { selectParties } from '../../../src/core/population/select-parties';
import { largestRemainder } from '../../support/largest-remainder';

const hovedstaden = () => {
  const s = selectParties(['Region Hovedstaden'], false);
  if (!s.ok) throw new Error('no selection');
  return s.parties;
};

describe('a new split by FOLK1A population', () => {
  it("gives Region Hovedstaden's 29 municipalities 750.000 kr. exactly, as the independent method does", () => {
    const parties = hovedstaden();
    expect(parties).toHaveLength(29);
    const made = makeNewSplit(75_000_000n, parties, { kind: 'population', date: '2026-01-01' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const pop = populationAt('2026-01-01')!;
    const weights = parties.map((p) => BigInt(pop.municipalities.find((m) => m.code === p.code)!.population));
    const expected = largestRemainder(750_000n, weights).map((kr) => kr * 100n);
    expect(made.split.rows.map((r) => r.amount)).toEqual(expected);
    expect(made.split.rows.reduce((a, r) => a + r.amount, 0n)).toBe(75_000_000n);
    expect(made.split.rows[0]).toMatchObject({ name: 'København', code: '101', amount: 25_873_400n });
    expect(made.split.source?.da).toBe('Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026');
  });

  it('differs between the two dates (the figures changed)', () => {
    const parties = hovedstaden();
    const a = makeNewSplit(75_000_000n, parties, { kind: 'population', date: '2025-01-01' });
    const b = makeNewSplit(75_000_000n, parties, { kind: 'population', date: '2026-01-01' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.split.rows.map((r) => r.amount)).not.toEqual(b.split.rows.map((r) => r.amount));
  });

  it('agrees with the independent method on many totals, units and party sets', () => {
    const all = selectParties(['alle'], false);
    if (!all.ok) throw new Error();
    const pop = populationAt('2025-01-01')!;
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000_000n }),
        fc.constantFrom(1n, 100n, 100_000n),
        fc.subarray(all.parties, { minLength: 1, maxLength: 98 }),
        (units, unit, parties) => {
          const made = makeNewSplit(units * unit, parties, { kind: 'population', date: '2025-01-01' }, unit);
          if (!made.ok) return false;
          const weights = parties.map((p) =>
            BigInt(pop.municipalities.find((m) => m.code === p.code)!.population),
          );
          const expected = largestRemainder(units, weights).map((u) => u * unit);
          expect(made.split.rows.map((r) => r.amount)).toEqual(expected);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits between regions by the sums of their municipalities, and says so', () => {
    const s = selectParties(['Region Hovedstaden, Region Sjælland'], false);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const made = makeNewSplit(100_000n, s.parties, { kind: 'population', date: '2026-01-01' });
    expect(made.ok && made.split.rows.map((r) => r.weight.digits)).toEqual([1_947_120n, 858_102n]);
    expect(made.ok && made.split.source?.da).toMatch(/summen af deres kommuner/);
  });
});

describe('other keys', () => {
  it("splits the EU office's 17,5 mio. kr. by 20/41/39", () => {
    const s = selectParties(['Universiteter, Regioner, Kommuner'], true);
    if (!s.ok) throw new Error();
    const made = makeNewSplit(1_750_000_000n, s.parties, {
      kind: 'weights',
      weights: [decimal(20), decimal(41), decimal(39)],
      percent: true,
    });
    expect(made.ok && made.split.rows.map((r) => r.amount)).toEqual([
      350_000_000n,
      717_500_000n,
      682_500_000n,
    ]);
  });

  it('refuses a percentage key that does not sum to 100, or has too few figures', () => {
    const s = selectParties(['A, B, C'], true);
    if (!s.ok) throw new Error();
    const bad = makeNewSplit(100n, s.parties, {
      kind: 'weights',
      weights: [decimal(20), decimal(41), decimal(38)],
      percent: true,
    });
    expect(!bad.ok && bad.problems[0].da).toMatch(/summerer ikke til 100/);
    const short = makeNewSplit(100n, s.parties, {
      kind: 'weights',
      weights: [decimal(50), decimal(50)],
      percent: true,
    });
    expect(!short.ok && short.problems[0].da).toMatch(/2 tal, men der er 3 parter/);
  });

  it('gives a three-way tie in equal shares to the rows higher up, as documented', () => {
    const s = selectParties(['A, B, C'], true);
    if (!s.ok) throw new Error();
    const made = makeNewSplit(10_000n, s.parties, { kind: 'equal' });
    expect(made.ok && made.split.rows.map((r) => r.amount)).toEqual([3_400n, 3_300n, 3_300n]);
  });
});

describe('choosing the parties', () => {
  it('takes "alle", a region, a list with other spellings, and refuses doubles and unknowns', () => {
    const all = selectParties(['alle'], false);
    expect(all.ok && all.parties).toHaveLength(98);
    const list = selectParties(['Københavns Kommune; Høje Tåstrup, Dragør'], false);
    expect(list.ok && list.parties.map((p) => p.name)).toEqual(['København', 'Høje-Taastrup', 'Dragør']);
    const twice = selectParties(['København, Kbh'], false);
    expect(!twice.ok && twice.problems[0].da).toMatch(/»Kbh« er den samme part som »København«/);
    const unknown = selectParties(['København, Atlantis'], false);
    expect(!unknown.ok && unknown.problems[0].da).toMatch(/Atlantis/);
  });
});

describe('keys with decimals', () => {
  it('gives shares for a key written with decimals that sum to a whole number (20,0/41,0/39,0)', () => {
    const s = selectParties(['A, B, C'], true);
    if (!s.ok) throw new Error();
    const made = makeNewSplit(10_000n, s.parties, {
      kind: 'weights',
      weights: [decimal(200, 1), decimal(410, 1), decimal(390, 1)],
      percent: true,
    });
    expect(made.ok && made.split.rows.map((r) => [r.share.digits, r.share.scale, r.amount])).toEqual([
      [20n, 0, 2_000n],
      [41n, 0, 4_100n],
      [39n, 0, 3_900n],
    ]);
  });
});
