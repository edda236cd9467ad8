/**
 * The tables the benchmark checks, generated so every run sees the same input. Both are clean (the
 * sums agree), so the figures measure reading and checking rather than writing up errors; the one
 * finding per row is the info that an association is not a Danish municipality.
 */
import type { RawValue } from '../src/core/grid/grid';

/** Inhabitants of party i: 1.000 to 1.499, repeating. */
export function population(i: number): number {
  return 1000 + (i % 500);
}

/** 10 kr. per inhabitant, so the amounts are the exact split of the total and no re-check fires. */
const KR_PER_INHABITANT = 10;

/** A population split between `n` associations under a title, with a total row. */
export function apportionmentRows(n: number): RawValue[][] {
  const rows: RawValue[][] = [
    ['Fordeling af fælles udgift efter indbyggertal'],
    [],
    ['Deltager', 'Indbyggere', 'Beløb (kr.)'],
  ];
  let people = 0;
  for (let i = 0; i < n; i++) {
    const p = population(i);
    people += p;
    rows.push([`Forening ${i + 1}`, p, p * KR_PER_INHABITANT]);
  }
  rows.push(['I alt', people, people * KR_PER_INHABITANT]);
  return rows;
}

/** A co-financing breakdown: `n` focus areas x 4 years with a total column and a total row. */
export function cofinancingRows(n: number): RawValue[][] {
  const rows: RawValue[][] = [
    ['Årlig statslig bevilling pr. indsatsområde (2020-tal)'],
    [],
    ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
  ];
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const base = 10_000 + (i % 97) * 100;
    const years = [base, base, base + 500, base + 500];
    years.forEach((v, y) => (sums[y] += v));
    rows.push([`Område ${i + 1}`, ...years, years.reduce((a, b) => a + b, 0)]);
  }
  rows.push(['I alt', ...sums, sums.reduce((a, b) => a + b, 0)]);
  return rows;
}
