/**
 * What a finance colleague's own sheets put around a table without changing it: a running number or the
 * municipality code left of the names, remarks and each row's share of the total at the right, amounts typed
 * with "kr." or grouped by spaces, a minus typed as U+2212, names with a space left at the end, a year row
 * above "Budget"/"Overslag". The word lists and characters are named here; logical.ts and render.ts use them.
 */
import { danish } from './danish';
import { largestRemainder } from './largest-remainder';
import { MUNICIPALITY_CODES } from './municipality-codes';
import type { Rng } from './rng';
import type { LRow, TableTruth, Val } from './truth';

/** A column a colleague adds beside the table's own: its head, its unit row word, a value per row id. */
export interface ExtraCol {
  readonly id: string;
  readonly head: string;
  readonly unit: string | null;
  readonly cells: Readonly<Record<string, { readonly v: string | number; readonly z?: string }>>;
  /** A column of formulas whose results render.ts works out from the cells as laid out (public-sector.ts). */
  readonly formula?: 'check' | 'helper' | 'ref-error';
  /** Hidden, as a helper column is. */
  readonly hidden?: boolean;
  /** Amounts in whole kroner, laid out as the table's own amounts are (unit, number forms). */
  readonly money?: boolean;
}

export const RUNNING_NUMBER_HEADS = ['Nr.', 'Løbenr.', 'nr.'];
export const CODE_HEADS = ['Kommunenr.', 'Kommunekode', 'Kom.nr.'];
export const REMARK_HEADS = ['Bemærkning', 'Bemærkninger', 'Note'];
/** Short remarks without numbers or total words: they say something about a row, never about its amount. */
export const REMARKS = [
  'Foreløbigt',
  'Afventer byrådets godkendelse',
  'Bekræftet pr. mail',
  'Jf. aftalen',
  'Ny deltager',
  'Tilsagn modtaget',
  'Ansøgt, ikke bevilget endnu',
];
export const SHARE_OF_TOTAL_HEADS = ['Andel af i alt', 'Andel', 'Pct. af i alt'];

/** The spaces thousands are grouped with: typed, pasted from a PDF (no-break), or from Word (narrow no-break). */
export const THOUSANDS_SPACES = [' ', '\u00a0', '\u202f'];
/** The minus a text pasted from Word or a PDF carries. */
export const MINUS_SIGN = '\u2212';
/** What is left at the end of a name typed or pasted: a space, two, or a no-break space. */
export const TRAILING_SPACES = [' ', '  ', '\u00a0'];

/** Two header rows: the years above, and the first year's budget and the later years' estimates below. */
export const YEAR_ROW_WORDS = { first: 'Budget', later: 'Overslag' } as const;

/** Variants of this round that type the amounts as text. */
export const TEXT_AMOUNTS = [
  'kr-suffix',
  'kr-prefix',
  'space-thousands',
  'minus-sign',
  'division-minus',
  'trailing-minus',
];

/** An amount as text the way the variant types it ("1.500.000 kr.", "kr. 250.000", "1 500 000", "−15.750"). */
export function amountText(dec: string, variant: string, space = ' '): string {
  if (variant === 'kr-suffix') return `${danish(dec)} kr.`;
  if (variant === 'kr-prefix') return `kr. ${danish(dec)}`;
  if (variant === 'space-thousands') return danish(dec).replace(/\./g, space);
  if (variant === 'minus-sign') return danish(dec).replace(/^-/, MINUS_SIGN);
  return danish(dec);
}

/** Every part row is a municipality with a code. */
export const allMunicipalities = (rows: readonly LRow[]): boolean =>
  rows.filter((r) => r.role === 'part').every((r) => r.municipality && MUNICIPALITY_CODES[r.municipality]);

/** What a cell of the truth should hold: the planted error's expected amount where one is planted. */
function trueKr(t: TableTruth, row: LRow, col: string): bigint | null {
  const p = t.planted.find((x) => x.row === row.id && x.col === col);
  if (p) return p.expected;
  const v: Val | undefined = row.cells[col];
  return v?.t === 'money' ? v.kr : null;
}

/** A co-financing table whose sources each give a positive amount over the period can show shares of it. */
export function shareable(t: TableTruth): boolean {
  if (t.kind !== 'cofinancing' || !t.cols.some((c) => c.id === 'total')) return false;
  return t.rows.filter((r) => r.role === 'part').every((r) => (trueKr(t, r, 'total') ?? 0n) > 0n);
}

export function runningNumber(rows: readonly LRow[], rng: Rng): ExtraCol {
  let n = 0;
  const cells: Record<string, { v: number }> = {};
  for (const r of rows) if (r.role === 'part') cells[r.id] = { v: ++n };
  return { id: 'extra:nr', head: rng.pick(RUNNING_NUMBER_HEADS), unit: null, cells };
}

export function municipalityCode(rows: readonly LRow[], rng: Rng): ExtraCol {
  const cells: Record<string, { v: number }> = {};
  for (const r of rows)
    if (r.role === 'part' && r.municipality) cells[r.id] = { v: MUNICIPALITY_CODES[r.municipality] };
  return { id: 'extra:code', head: rng.pick(CODE_HEADS), unit: null, cells };
}

/** Remarks on about a third of the parts, at least one. */
export function remarks(rows: readonly LRow[], rng: Rng): ExtraCol {
  const parts = rows.filter((r) => r.role === 'part');
  const chosen = rng.sample(parts, Math.max(1, Math.round(parts.length / 3)));
  const cells: Record<string, { v: string }> = {};
  for (const r of chosen) cells[r.id] = { v: rng.pick(REMARKS) };
  return { id: 'extra:remark', head: rng.pick(REMARK_HEADS), unit: null, cells };
}

/**
 * Each source's share of the period's total, to one decimal, rounded by largest remainder so the shares sum to
 * exactly 100,0 as a careful colleague makes them; a subtotal holds its group's shares, the total 100, a
 * "heraf" row none. From the true amounts: a planted error does not move the shares.
 */
export function sharesOfTotal(t: TableTruth, rows: readonly LRow[], rng: Rng): ExtraCol {
  const truthRow = (id: string): LRow | undefined => t.rows.find((r) => r.id === id);
  const parts = rows.filter((r) => r.role === 'part');
  const tenths = largestRemainder(
    1000n,
    parts.map((r) => trueKr(t, truthRow(r.id)!, 'total')!),
  ).amounts;
  const byId = new Map(parts.map((r, i) => [r.id, tenths[i]]));
  for (const r of rows)
    if (r.role === 'subtotal' && r.sumOf)
      byId.set(
        r.id,
        r.sumOf.reduce((a, id) => a + (byId.get(id) ?? 0n), 0n),
      );
  for (const r of rows) if (r.role === 'total') byId.set(r.id, 1000n);
  // As a fraction under a percent format (=B5/B$9), or as a percent number under a "%" head.
  const asFraction = rng.chance(0.5);
  const cells: Record<string, { v: number; z?: string }> = {};
  for (const [id, v] of byId)
    cells[id] = asFraction ? { v: Number(v) / 1000, z: '0.0%' } : { v: Number(v) / 10, z: '0.0' };
  const head = rng.pick(SHARE_OF_TOTAL_HEADS);
  return { id: 'extra:share', head: asFraction ? head : `${head} (%)`, unit: '%', cells };
}
