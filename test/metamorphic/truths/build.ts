/**
 * Builders for truths: a split from its parties, key and total (amounts by the test's own largest-remainder
 * split), and a co-financing table from its sources' amounts per year (totals by summing).
 */
import { largestRemainder, scaledKeys } from '../largest-remainder';
import {
  count,
  money,
  pct,
  sumPct,
  text,
  type LCol,
  type LRow,
  type Planted,
  type TableTruth,
  type Val,
} from '../truth';

export interface SplitParty {
  readonly label: string;
  /** The register's name when the party is a municipality. */
  readonly municipality?: string;
  /** Population (key column) or percent share ("34.6"). */
  readonly key: number | string;
}

export interface SplitSpec {
  readonly id: string;
  readonly origin: 'seed' | 'random';
  readonly title: string;
  readonly corner: string;
  readonly keyHead: string;
  readonly amountHead: string;
  readonly parties: readonly SplitParty[];
  readonly total: bigint;
  readonly totalLabel: string;
  readonly totalNames?: readonly string[];
  /** Wrong amounts: party index and the amount typed instead. */
  readonly wrong?: readonly { readonly party: number; readonly actual: bigint; readonly what: string }[];
}

/** The amounts of a split as the test computes them; throws when a tie decides a unit (the row order would matter). */
export function splitAmounts(total: bigint, keys: readonly (number | string)[]): bigint[] {
  const scaled =
    typeof keys[0] === 'number' ? keys.map((k) => BigInt(k)) : scaledKeys(keys.map((k) => String(k)));
  const s = largestRemainder(total, scaled);
  if (s.tied) throw new TieError();
  return s.amounts;
}

export class TieError extends Error {
  constructor() {
    super('a leftover unit is decided between equal remainders');
  }
}

export function splitTruth(spec: SplitSpec): TableTruth {
  const byPopulation = typeof spec.parties[0].key === 'number';
  const amounts = splitAmounts(
    spec.total,
    spec.parties.map((p) => p.key),
  );
  const wrong = new Map((spec.wrong ?? []).map((w) => [w.party, w]));
  const keyVal = (k: number | string): Val => (typeof k === 'number' ? count(k) : pct(k));
  const rows: LRow[] = spec.parties.map((p, i) => ({
    id: `p${i}`,
    label: p.label,
    role: 'part',
    municipality: p.municipality,
    cells: { key: keyVal(p.key), amount: money(wrong.get(i)?.actual ?? amounts[i]) },
  }));
  const keyTotal: Val = byPopulation
    ? count(spec.parties.reduce((a, p) => a + (p.key as number), 0))
    : pct(sumPct(spec.parties.map((p) => p.key as string)));
  rows.push({
    id: 'total',
    label: spec.totalLabel,
    role: 'total',
    sumOf: rows.map((r) => r.id),
    cells: { key: keyTotal, amount: money(spec.total) },
  });
  const cols: LCol[] = [
    { id: 'key', head: spec.keyHead, role: byPopulation ? 'key' : 'share' },
    { id: 'amount', head: spec.amountHead, role: 'amount' },
  ];
  const planted: Planted[] = (spec.wrong ?? []).map((w) => ({
    row: `p${w.party}`,
    col: 'amount',
    expected: amounts[w.party],
    actual: w.actual,
    what: w.what,
  }));
  return {
    id: spec.id,
    origin: spec.origin,
    kind: 'split',
    title: spec.title,
    corner: spec.corner,
    cols,
    rows,
    planted,
    total: spec.total,
    totalNames: spec.totalNames,
  };
}

export interface CofinancingSpec {
  readonly id: string;
  readonly origin: 'seed' | 'random';
  readonly title: string;
  readonly corner: string;
  readonly years: readonly number[];
  readonly sources: readonly { readonly label: string; readonly amounts: readonly bigint[] }[];
  readonly totalLabel: string;
  readonly totalColHead: string;
  /** A cell typed wrong: source index (or 'total'), year index (or 'total'), and the value typed. */
  readonly wrong?: readonly {
    readonly source: number | 'total';
    readonly year: number | 'total';
    readonly actual: bigint;
    readonly what: string;
  }[];
}

export function cofinancingTruth(spec: CofinancingSpec): TableTruth {
  const yearCols: LCol[] = spec.years.map((y, j) => ({
    id: `y${j}`,
    head: String(y),
    role: 'period',
    year: y,
  }));
  const cols: LCol[] = [
    ...yearCols,
    { id: 'total', head: spec.totalColHead, role: 'total', sumOf: yearCols.map((c) => c.id) },
  ];
  const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  const true2d: bigint[][] = spec.sources.map((s) => [...s.amounts, sum(s.amounts)]);
  const totals = cols.map((_, j) => sum(true2d.map((r) => r[j])));
  const grid = [...true2d.map((r) => [...r]), [...totals]];
  const planted: Planted[] = [];
  const rowIds = [...spec.sources.map((_, i) => `s${i}`), 'total'];
  for (const w of spec.wrong ?? []) {
    const i = w.source === 'total' ? spec.sources.length : w.source;
    const j = w.year === 'total' ? spec.years.length : w.year;
    planted.push({ row: rowIds[i], col: cols[j].id, expected: grid[i][j], actual: w.actual, what: w.what });
    grid[i][j] = w.actual;
  }
  const rows: LRow[] = spec.sources.map((s, i) => ({
    id: rowIds[i],
    label: s.label,
    role: 'part',
    cells: Object.fromEntries(cols.map((c, j) => [c.id, money(grid[i][j])])),
  }));
  rows.push({
    id: 'total',
    label: spec.totalLabel,
    role: 'total',
    sumOf: spec.sources.map((_, i) => rowIds[i]),
    cells: Object.fromEntries(cols.map((c, j) => [c.id, money(grid[spec.sources.length][j])])),
  });
  return {
    id: spec.id,
    origin: spec.origin,
    kind: 'cofinancing',
    title: spec.title,
    corner: spec.corner,
    cols,
    rows,
    planted,
  };
}

export { text };
