/**
 * A split's key checked against FOLK1A: Bilag 4.1 as printed matches neither date; the same table with
 * shares or population figures from one date is read as that date; a stated date that does not match is
 * named with both figures; newer figures give what each party would pay. Keys that are not population
 * get nothing.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { divDecimal } from '../../../src/core/decimal/ratio';
import { toNumber } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { matchParty } from '../../../src/core/parties/match-party';
import { populationOf } from '../../../src/core/population/register';
import { PARAMS, snapshot } from '../check/fixtures';
import { TELEHJERTE } from '../reader/seed-layouts';

const TITLE = 'Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026';
const NAMES = TELEHJERTE.map(([n]) => n);
const pop = (name: string, date: string) => populationOf(matchParty(name)!.party.code, date)!;

function run(rows: RawValue[][]): CheckResult {
  return checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
}
const population = (r: CheckResult) => r.findings.filter((f) => f.rule.startsWith('population-'));
const readingLines = (r: CheckResult) =>
  (r.readings ?? []).flatMap((x) =>
    x.decisions.filter((d) => d.role === 'population-date').map((d) => d.because.da),
  );

/** Shares of the 29 municipalities at a date, rounded half up to one decimal, as a sheet would print them. */
function sharesAt(date: string): number[] {
  const pops = NAMES.map((n) => BigInt(pop(n, date)));
  const sum = pops.reduce((a, b) => a + b, 0n);
  return pops.map((p) => toNumber(divDecimal(p * 100n, sum, 1, 'half-up')));
}

function bilag(shares: readonly number[], title = TITLE): RawValue[][] {
  return [
    [title],
    [null, 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
    ['Region Hovedstaden', 100, null],
    ...NAMES.map((n, i): RawValue[] => [n, shares[i], Math.round(shares[i] * 7_500)]),
  ];
}

describe('Bilag 4.1 as printed', () => {
  it('says its shares match neither 1 January 2025 (8 differ) nor 1 January 2026 (12 differ)', () => {
    const r = run(bilag(TELEHJERTE.map(([, s]) => s)));
    expect(readingLines(r)).toEqual([
      'Andelene stemmer hverken med FOLK1A pr. 1. januar 2025 (8 af 29 afviger med op til 0,1 point) eller FOLK1A pr. 1. januar 2026 (12 af 29 afviger med op til 0,1 point)',
    ]);
    // Said in the reading only: no date is stated, so there is nothing to warn about.
    expect(population(r)).toEqual([]);
    const en = (r.readings ?? []).flatMap((x) => x.decisions.filter((d) => d.role === 'population-date'));
    expect(en[0].because.en).toMatch(/^The shares match neither FOLK1A at 1 January 2025 \(8 of 29 differ/);
    expect(en[0].cells).toBe('B2');
  });
});

describe('a key from one date', () => {
  it('reads shares rounded from 1 January 2025 as that date, and gives what each would pay by 2026', () => {
    const r = run(bilag(sharesAt('2025-01-01')));
    expect(readingLines(r)).toEqual(['Andelene er FOLK1A pr. 1. januar 2025, afrundet til én decimal']);
    const newer = population(r);
    expect(newer.map((f) => f.rule)).toEqual(['population-newer']);
    expect(newer[0].message.da).toMatch(
      /nyere folketal, FOLK1A pr\. 1\. januar 2026\. Med dem ville \d+ af 29 kommuner betale noget andet, fx København/,
    );
    const block = r.plan.blocks.find((b) => b.sheet === 'Ark1')!;
    const headers = block.values[0];
    expect(headers).toContain('Fordel: beløb efter FOLK1A 1. januar 2026');
  });

  it('reads shares rounded from 1 January 2026 as that date, with nothing newer to say', () => {
    const r = run(bilag(sharesAt('2026-01-01')));
    expect(readingLines(r)).toEqual(['Andelene er FOLK1A pr. 1. januar 2026, afrundet til én decimal']);
    expect(population(r)).toEqual([]);
  });

  it('reads a column of inhabitants as its date, and warns when the title states the other date', () => {
    const rows = (date: string, title: string): RawValue[][] => [
      [title],
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ...NAMES.map((n): RawValue[] => [n, pop(n, date), null]),
      ['I alt', NAMES.reduce((s, n) => s + pop(n, date), 0), 750_000],
    ];
    const right = run(rows('2026-01-01', 'Fordeling efter indbyggertal pr. 1. januar 2026'));
    expect(readingLines(right)).toEqual(['Indbyggertallene er FOLK1A pr. 1. januar 2026']);
    expect(population(right)).toEqual([]);

    const wrong = run(rows('2025-01-01', 'Fordeling efter indbyggertal pr. 1. januar 2026'));
    expect(readingLines(wrong)).toEqual(['Indbyggertallene er FOLK1A pr. 1. januar 2025']);
    const [mismatch, newer] = population(wrong);
    expect(mismatch.rule).toBe('population-date-mismatch');
    expect(mismatch.severity).toBe('warning');
    expect(mismatch.message.da).toBe(
      'Arket siger 1. januar 2026, men indbyggertallene er FOLK1A pr. 1. januar 2025: 29 af 29 kommuner afviger, ' +
        'København 667.099 (FOLK1A pr. 1. januar 2026: 671.714), Frederiksberg 105.840 (106.150), Dragør 14.450 (14.474), Tårnby 44.034 (44.214) og 25 andre.',
    );
    expect(newer.rule).toBe('population-newer');
    expect(newer.message.da).toMatch(
      /København 258\.734\skr\. \(407\skr\. mindre\).*se kolonnen »Fordel: beløb efter FOLK1A 1\. januar 2026«/,
    );
  });
});

describe('keys that are not population get nothing', () => {
  it('a fixed 20/41/39 key', () => {
    const r = run([
      ['EU-kontor: finansiering af budget på 17,5 mio. kr.'],
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Universiteter', 20, 3_500_000],
      ['Regioner', 41, 7_175_000],
      ['Kommuner', 39, 6_825_000],
      ['I alt', 100, 17_500_000],
    ]);
    expect(population(r)).toEqual([]);
    expect(readingLines(r)).toEqual([]);
  });

  it('municipalities sharing by something else than population', () => {
    const r = run(
      bilag(
        TELEHJERTE.map(([, s]) => s),
        'Fordeling efter antal patienter',
      ).map((row, i) => (i === 1 ? [null, 'Andel af patienter i pct.', 'Beløb (kr.)'] : row)),
    );
    expect(population(r)).toEqual([]);
  });

  it("figures that are no FOLK1A date under a stated date (the municipalities' own counts): said, not warned", () => {
    const r = run([
      ['Fordeling efter indbyggertal'],
      ['Kommune', 'Indbyggere 1.1.2025', 'Beløb (kr.)'],
      ...NAMES.map((n, i): RawValue[] => [n, pop(n, '2025-01-01') + (i % 3) + 1, null]),
    ]);
    expect(population(r)).toEqual([]);
    expect(readingLines(r)[0]).toMatch(
      /^Indbyggertallene stemmer hverken med FOLK1A pr\. 1\. januar 2025 \(29 af 29 afviger\)/,
    );
  });

  it('a count of something else under a population heading (children 0-17)', () => {
    const r = run([
      ['Fordeling efter indbyggere 0-17 år pr. 1. januar 2026'],
      ['Kommune', 'Indbyggere 0-17 år', 'Beløb (kr.)'],
      ...NAMES.map((n): RawValue[] => [n, Math.round(pop(n, '2026-01-01') / 5), null]),
    ]);
    expect(population(r)).toEqual([]);
  });
});
