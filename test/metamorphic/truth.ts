/**
 * A table with known truth, before any layout: its kind (split, co-financing or budget), the role of every row and column, exact values,
 * and the errors planted in it (logical cell, what the cell should hold and what it holds, in kroner).
 * Transformations lay it out; the runner maps each logical cell to the cell it lands on.
 */
export type TableKind = 'split' | 'cofinancing' | 'budget';

/** A value in a logical cell, exact: money in whole kroner, percent as a decimal string ("34.6"). */
export type Val =
  | { readonly t: 'text'; readonly s: string }
  | { readonly t: 'money'; readonly kr: bigint }
  | { readonly t: 'pct'; readonly p: string }
  | { readonly t: 'count'; readonly n: number }
  | { readonly t: 'empty' };

/** key: a count the split follows (population); share: percent; amount: kroner; period: a year's amounts. */
export type ColRole = 'key' | 'share' | 'amount' | 'period' | 'total';
/** part: a party or source; total/subtotal: sums; breakdown: "heraf" rows under a part, not counted again. */
export type RowRole = 'part' | 'total' | 'subtotal' | 'breakdown';

export interface LCol {
  readonly id: string;
  readonly head: string;
  readonly role: ColRole;
  /** A period column's year. */
  readonly year?: number;
  /** For a total column: the columns it sums. */
  readonly sumOf?: readonly string[];
}

export interface LRow {
  readonly id: string;
  readonly label: string;
  readonly role: RowRole;
  readonly cells: Readonly<Record<string, Val>>;
  /** For a total or subtotal row: the rows it sums. */
  readonly sumOf?: readonly string[];
  /** A municipality's name in the register, when the label is one (names family). */
  readonly municipality?: string;
}

export interface Planted {
  readonly row: string;
  readonly col: string;
  /** What the cell should hold and what it holds, in kroner. */
  readonly expected: bigint;
  readonly actual: bigint;
  readonly what: string;
}

export interface TableTruth {
  /** Stable id, part of every variant id. */
  readonly id: string;
  readonly origin: 'seed' | 'random';
  readonly kind: TableKind;
  readonly title: string;
  /** The label column's header ("Kommune", "Finansiering"). */
  readonly corner: string;
  readonly cols: readonly LCol[];
  readonly rows: readonly LRow[];
  readonly planted: readonly Planted[];
  /** A split's total when it is stated (in the total row or elsewhere), in kroner. */
  readonly total?: bigint;
  /** Words a table's grand total may be labelled with that keep the meaning (region name for a region's split). */
  readonly totalNames?: readonly string[];
  /** A split by a rate per inhabitant stated in its title ("2,35"): the total is the rate times the population. */
  readonly rate?: string;
}

export const isPlanted = (t: TableTruth): boolean => t.planted.length > 0;

export const money = (kr: bigint | number): Val => ({ t: 'money', kr: BigInt(kr) });
export const pct = (p: string | number): Val => ({ t: 'pct', p: String(p) });
export const count = (n: number): Val => ({ t: 'count', n });
export const text = (s: string): Val => ({ t: 'text', s });

/** Sum of percent decimal strings, exact. */
export function sumPct(ps: readonly string[]): string {
  const decimals = Math.max(0, ...ps.map((p) => (p.split('.')[1] ?? '').length));
  const scaled = ps.reduce((a, p) => {
    const [i, f = ''] = p.split('.');
    return a + BigInt(i + f.padEnd(decimals, '0'));
  }, 0n);
  return fromScaled(scaled, decimals);
}

/** 1234n at 2 decimals -> "12.34", trailing zeros dropped. */
export function fromScaled(v: bigint, decimals: number): string {
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return (neg ? '-' : '') + int + (frac ? `.${frac}` : '');
}

/** "34.6" shifted by n decimal places ("34.6", -2 -> "0.346"), exact. */
export function shiftDecimal(p: string, n: number): string {
  const neg = p.startsWith('-');
  const [i, f = ''] = (neg ? p.slice(1) : p).split('.');
  const decimals = f.length - n;
  const digits = BigInt(i + f);
  if (decimals >= 0) return (neg ? '-' : '') + fromScaled(digits, decimals);
  return (neg ? '-' : '') + (digits * 10n ** BigInt(-decimals)).toString();
}
