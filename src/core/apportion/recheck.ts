/**
 * Re-checks a published split (party, key, amount per row) against the exact largest-remainder
 * split of the same total.
 *
 * Which total is used, in this order:
 * 1. The stated total (a total row or the user's parameter): source 'stated'.
 * 2. Else the total the rows imply. Each row's amount should be its fraction of one total T, with
 *    fraction = share / 100 for a percent key and weight / sum of weights for a population key, give
 *    or take the rounding: |amount - T * fraction| < unit. Every row gives an interval for T; if the
 *    intervals overlap, the roundest whole-øre number in the overlap is the implied total (most
 *    multiples of ten, nearest the middle). Published tables split round totals: 750.000 kr. across
 *    29 municipalities, summing to 749.250 kr., implies 750.000 kr.
 *    The plain sum is preferred when it fits every row too, unless the overlap also holds a round
 *    total (a multiple of 1.000 rounding units) that the sum is not: that is the mark of amounts
 *    rounded one by one and drifting from the real total, which is then reported.
 *    Source 'implied'.
 * 3. Else the sum of the amounts: source 'sum'. Null when there are no amounts and no stated total.
 *
 * The expected split needs a complete key: when any row's key is missing (already reported by the
 * reader), zero or negative (reported here), no row gets an expected amount, so one bad cell does not
 * turn into a wrong expectation on every other row. If the total is less than one rounding unit (or the
 * unit is not positive) the split falls back to whole øre.
 */
import type { Decimal } from '../decimal/decimal';
import { compare, decimal, normalize, sum, toPlainString } from '../decimal/decimal';
import type { Finding, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { finding } from '../findings/make';
import { a1Range, parseA1 } from '../grid/a1';
import { formatAmount, formatPercent, type CountUnit } from '../money/format';
import { sumAmounts } from '../money/amount';
import { roundDecimal } from '../numbers/round';
import { oereToPlain } from '../money/oere';
import { impliedTotal } from './implied-total';
import { offByRounding, sharesAreRounded } from './rounded-shares';
import { scaleWeights, split } from './split';

export interface RecheckRow {
  party: string;
  partyCell: string;
  /** Population count, or share in percent (34,6 = 34.6 %). */
  weight: Decimal | null;
  weightCell: string;
  /** Øre as entered; null = empty/unreadable (already reported). */
  amount: bigint | null;
  /** The cell's exact kroner when finer than øre (a formula result shown rounded). */
  exactAmount?: Decimal;
  amountCell: string;
  /** The amount cell is empty (not unreadable: that is reported where it is read). */
  amountEmpty?: boolean;
}

export interface RecheckInput {
  sheet: string;
  /** A1 of the whole table, for table-level findings. */
  tableRange: string;
  rows: readonly RecheckRow[];
  keyKind: 'population' | 'percent';
  /** Rounding unit, øre. */
  unit: bigint;
  /** Stated total (total row or user parameter). */
  total?: { oere: bigint; cell?: string };
  /**
   * The table has no key column at all (parties and amounts only): the amounts are checked against the
   * total, and the missing key is no finding. An empty key column is one.
   */
  keyless?: boolean;
  /** The "100" printed in the total row, if any. */
  statedShareTotal?: { value: Decimal; cell: string };
  /** Canonical key for duplicate detection (default: trimmed lower case). */
  partyKey?: (name: string) => string;
  /** Where to point split-unallocated (total row amount cell). */
  totalCell?: string;
  /**
   * An amount cell holds something that could not be read as a number (its own finding names it): the sum of
   * the amounts is unknown, and no gap to the total is claimed from the others.
   */
  amountsUnread?: boolean;
  /** The amounts are a count, not kroner (layout.countUnit). */
  countUnit?: CountUnit;
}

export interface RecheckResult {
  findings: Finding[];
  /** The total used. */
  total: bigint | null;
  totalSource: 'stated' | 'implied' | 'sum' | null;
  /** Exact split per row (øre, in the rounding unit), null if no key. */
  expected: (bigint | null)[];
  /** Each row's exact fraction of the key (0..1), display only. */
  exactShare: (number | null)[];
  /** Entered - expected per row. */
  difference: (bigint | null)[];
}

const HUNDRED: Decimal = decimal(100);

export function recheckSplit(input: RecheckInput): RecheckResult {
  const { rows } = input;
  const findings: Finding[] = [...duplicateFindings(input)];
  const keyOk = keyFindings(input, findings);

  const amounts = rows.map((r) => r.amount).filter((a): a is bigint => a !== null);
  // Summed as Excel's SUM does: exact values added, rounded once (money/amount.ts).
  const amountSum = sumAmounts(
    rows.flatMap((r) => (r.amount === null ? [] : [{ value: r.amount, exact: r.exactAmount }])),
  );
  const picked = pickTotal(input, keyOk, amounts.length > 0 ? amountSum : null);
  // Printed shares rounded from a key the amounts follow exactly: the amounts are not held to the rounded
  // shares, and a share sum their rounding explains is said as that, not warned about.
  const rounded =
    input.keyKind === 'percent' &&
    keyOk &&
    picked.total !== null &&
    !input.amountsUnread &&
    sharesAreRounded(
      rows.map((r) => ({ share: r.weight, amount: r.amount })),
      picked.total,
      input.unit,
    );
  if (input.keyKind === 'percent') findings.push(...shareFindings(input, rounded));

  const none = rows.map(() => null);
  let expected: (bigint | null)[] = none;
  let exactShare: (number | null)[] = none;
  if (keyOk && picked.total !== null && rows.length > 0) {
    const weights = rows.map((r) => r.weight as Decimal);
    expected = exactSplit(picked.total, weights, input.unit);
    const scaled = scaleWeights(weights);
    const whole = Number(scaled.sum);
    exactShare = scaled.weights.map((w) => Number(w) / whole);
  }
  const difference = rows.map((r, i) => {
    const e = expected[i];
    return r.amount === null || e === null ? null : r.amount - e;
  });

  if (picked.total !== null && amounts.length > 0 && amountSum !== picked.total && !input.amountsUnread) {
    findings.push(unallocatedFinding(input, picked.total, picked.source, amountSum));
    if (picked.source === 'stated' && picked.total > amountSum)
      findings.push(...emptyAmountFindings(input, expected));
  }
  // An amount one rounding unit from the exact split may be another way of placing the units left over, when
  // the amounts still sum to the total. When they do not, an amount a whole unit or more from its quota is no
  // rounding of it but the line that leaves the total unallocated (0,184 mio. kr. for a quota of 0,185).
  const balanced = picked.total === null || amountSum === picked.total;
  const weights = keyOk && !balanced ? scaleWeights(rows.map((r) => r.weight as Decimal)) : null;
  const noRounding = (i: number, amount: bigint): boolean => {
    if (!weights || picked.total === null || weights.sum <= 0n) return false;
    const off = amount * weights.sum - picked.total * weights.weights[i];
    return (off < 0n ? -off : off) >= input.unit * weights.sum;
  };
  rows.forEach((r, i) => {
    const d = difference[i];
    if (d === null || r.amount === null || d === 0n || rounded) return;
    if ((d < 0n ? -d : d) > input.unit || noRounding(i, r.amount))
      findings.push(mismatchFinding(input, r, expected[i] as bigint));
  });

  return { findings, total: picked.total, totalSource: picked.source, expected, exactShare, difference };
}

function exactSplit(total: bigint, weights: readonly Decimal[], unit: bigint): bigint[] {
  const result = split(total, weights, unit);
  if (result.ok) return result.amounts;
  // Only the unit can be at fault here (the key was checked): split in whole øre instead.
  const inOere = split(total, weights, 1n);
  if (inOere.ok) return inOere.amounts;
  throw new Error(`split failed on a checked key: ${inOere.reason}`);
}

function pickTotal(
  input: RecheckInput,
  keyOk: boolean,
  amountSum: bigint | null,
): { total: bigint | null; source: RecheckResult['totalSource'] } {
  if (input.total) return { total: input.total.oere, source: 'stated' };
  if (keyOk && amountSum !== null) {
    const implied = impliedTotal(input.rows, input.keyKind, input.unit, amountSum);
    if (implied !== null) return { total: implied, source: implied === amountSum ? 'sum' : 'implied' };
  }
  return amountSum === null ? { total: null, source: null } : { total: amountSum, source: 'sum' };
}

/** Second and later rows naming the same party. */
function duplicateFindings(input: RecheckInput): Finding[] {
  const keyOf = input.partyKey ?? ((name: string) => name.trim().toLowerCase());
  const first = new Map<string, string>();
  const out: Finding[] = [];
  for (let i = 0; i < input.rows.length; i++) {
    const row = input.rows[i];
    const name = row.party.trim();
    if (name === '') continue;
    const key = keyOf(name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.partyCell);
      continue;
    }
    out.push(
      finding(
        'duplicate-party',
        input.sheet,
        row.partyCell,
        text(
          `»${name}« står der allerede i ${earlier}; parten ville blive talt med to gange.`,
          `"${name}" already appears in ${earlier}; the party would be counted twice.`,
        ),
        { related: [earlier] },
      ),
    );
  }
  return out;
}

/** Reports zero, negative and wholly missing keys; true when every row has a usable key. */
function keyFindings(input: RecheckInput, out: Finding[]): boolean {
  const { rows, sheet } = input;
  if (rows.length === 0 || input.keyless) return false;
  if (rows.every((r) => r.weight === null)) {
    out.push(
      finding(
        'invalid-key',
        sheet,
        columnRange(rows.map((r) => r.weightCell)) ?? input.tableRange,
        text(
          'Fordelingsnøglen er tom: ingen række har en nøgle at fordele efter.',
          'The apportionment key is empty: no row has a key to split by.',
        ),
      ),
    );
    return false;
  }
  let ok = true;
  for (const row of rows) {
    if (row.weight === null) {
      ok = false;
      continue;
    }
    const sign = row.weight.digits;
    if (sign > 0n) continue;
    ok = false;
    const who = row.party.trim() || row.partyCell;
    out.push(
      finding(
        'invalid-key',
        sheet,
        row.weightCell,
        sign === 0n
          ? text(
              `Nøglen for ${who} er 0, så parten ville ikke betale noget.`,
              `The key for ${who} is 0, so the party would pay nothing.`,
            )
          : text(
              `Nøglen for ${who} er negativ; en fordeling kan ikke bruge negative nøgler.`,
              `The key for ${who} is negative; a split cannot use negative keys.`,
            ),
        { actual: toPlainString(row.weight) },
      ),
    );
  }
  return ok;
}

/**
 * Percent shares must sum to 100, and a printed share total must say 100 and be their sum. Shares rounded from
 * a key the amounts follow (`rounded`) may miss 100 by their rounding: that is said as information.
 */
function shareFindings(input: RecheckInput, rounded: boolean): Finding[] {
  const { rows, sheet } = input;
  const out: Finding[] = [];
  const shares = rows.map((r) => r.weight);
  const complete = rows.length > 0 && shares.every((s) => s !== null);
  // Shares that are formula results (=B3/$B$14) sum to 100 give or take the last of Excel's 15 digits.
  const total = complete ? normalize(roundDecimal(sum(shares as Decimal[]), 9)) : null;
  const byRounding = rounded && complete && offByRounding(shares as Decimal[]);
  if (total !== null && compare(total, HUNDRED) !== 0) {
    out.push(
      finding(
        'shares-not-100',
        sheet,
        columnRange(rows.map((r) => r.weightCell)) ?? input.tableRange,
        byRounding
          ? text(
              `Andelene summerer til ${pct(total, 'da')}, fordi de er afrundede; beløbene summerer til totalen og passer med andelene.`,
              `The shares sum to ${pct(total, 'en')} because they are rounded; the amounts add up to the total and fit the shares.`,
            )
          : text(
              `Andelene summerer til ${pct(total, 'da')}, ikke 100 %.`,
              `The shares sum to ${pct(total, 'en')}, not 100%.`,
            ),
        {
          expected: '100',
          actual: toPlainString(total),
          ...(byRounding ? { severity: 'info' as const } : {}),
        },
      ),
    );
  }
  const stated = input.statedShareTotal;
  if (!stated) return out;
  const not100 = compare(stated.value, HUNDRED) !== 0;
  const notSum = total !== null && compare(stated.value, total) !== 0;
  // One cause, one finding: a total row saying 100 over parts that miss it is the parts' finding above;
  // a total row that repeats the parts' wrong sum adds nothing to it.
  if (!not100 || (total !== null && !notSum)) return out;
  const s = stated.value;
  const message =
    notSum && total !== null
      ? text(
          `Totalrækken viser ${pct(s, 'da')}, men andelene summerer til ${pct(total, 'da')}.`,
          `The total row shows ${pct(s, 'en')}, but the shares sum to ${pct(total, 'en')}.`,
        )
      : text(
          `Totalrækken viser ${pct(s, 'da')}, ikke 100 %.`,
          `The total row shows ${pct(s, 'en')}, not 100%.`,
        );
  out.push(
    finding('shares-not-100', sheet, stated.cell, message, {
      expected: notSum && total !== null ? toPlainString(total) : '100',
      actual: toPlainString(s),
    }),
  );
  return out;
}

/**
 * An empty amount a stated total needs is named at its own cell, not only as a gap at the total: that cell is
 * where the user has something to fill in.
 */
function emptyAmountFindings(input: RecheckInput, expected: readonly (bigint | null)[]): Finding[] {
  const kr = amountsIn(input);
  const totalCell = input.totalCell ?? input.total?.cell;
  return input.rows.flatMap((r, i) => {
    if (!r.amountEmpty) return [];
    const who = r.party.trim();
    const e = expected[i];
    const stop = (s: string): string => (s.endsWith('.') ? s : `${s}.`);
    const by: Text =
      e !== null && e !== undefined
        ? text(
            ` Efter fordelingsnøglen er det ${stop(kr(e, 'da'))}`,
            ` By the key it is ${stop(kr(e, 'en'))}`,
          )
        : text('', '');
    const total: Text = totalCell
      ? text(`totalen i ${totalCell}`, `the total in ${totalCell}`)
      : text('totalen', 'the total');
    return [
      finding(
        'missing-value',
        input.sheet,
        r.amountCell,
        text(
          `Beløbet${who ? ` til ${who}` : ''} mangler, men ${total.da} regner med det.${by.da}`,
          `The amount${who ? ` for ${who}` : ''} is missing, but ${total.en} counts on it.${by.en}`,
        ),
        {
          severity: 'error',
          ...(totalCell ? { related: [totalCell] } : {}),
          ...(e !== null && e !== undefined ? { expected: oereToPlain(e) } : {}),
        },
      ),
    ];
  });
}

function unallocatedFinding(
  input: RecheckInput,
  total: bigint,
  source: RecheckResult['totalSource'],
  amountSum: bigint,
): Finding {
  const kr = amountsIn(input);
  const gap = total - amountSum;
  const size = gap < 0n ? -gap : gap;
  const totalText: Text =
    source === 'implied'
      ? text(
          `totalen, som beløb og andele peger på, er ${kr(total, 'da')}`,
          `the total that amounts and shares point to is ${kr(total, 'en')}`,
        )
      : text(`totalen er ${kr(total, 'da')}`, `the total is ${kr(total, 'en')}`);
  const what: Text =
    gap > 0n
      ? text(`${kr(size, 'da')} er ikke fordelt`, `${kr(size, 'en')} is not allocated`)
      : text(`${kr(size, 'da')} er fordelt for meget`, `${kr(size, 'en')} is over-allocated`);
  const cell = input.totalCell ?? input.total?.cell ?? input.tableRange;
  const amountsRange = columnRange(input.rows.map((r) => r.amountCell));
  return finding(
    'split-unallocated',
    input.sheet,
    cell,
    text(
      `${input.countUnit ? 'Tallene' : 'Beløbene'} summerer til ${kr(amountSum, 'da')}, men ${totalText.da}: ${what.da}.`,
      `The ${input.countUnit ? 'figures' : 'amounts'} sum to ${kr(amountSum, 'en')}, but ${totalText.en}: ${what.en}.`,
    ),
    {
      expected: oereToPlain(total),
      actual: oereToPlain(amountSum),
      ...(amountsRange && amountsRange !== cell ? { related: [amountsRange] } : {}),
    },
  );
}

function mismatchFinding(input: RecheckInput, row: RecheckRow, expected: bigint): Finding {
  const kr = amountsIn(input);
  const amount = row.amount as bigint;
  const who = row.party.trim() || row.partyCell;
  const diff = amount - expected;
  return finding(
    'split-mismatch',
    input.sheet,
    row.amountCell,
    text(
      `${who}: ${input.countUnit ? 'tallet' : 'beløbet'} er ${kr(amount, 'da')}, men den præcise fordeling giver ${kr(expected, 'da')} ` +
        `(${diff > 0n ? 'for meget' : 'for lidt'}: ${kr(diff < 0n ? -diff : diff, 'da')}).`,
      `${who}: the ${input.countUnit ? 'figure' : 'amount'} is ${kr(amount, 'en')}, but the exact split gives ${kr(expected, 'en')} ` +
        `(${diff > 0n ? 'too much' : 'too little'}: ${kr(diff < 0n ? -diff : diff, 'en')}).`,
    ),
    { expected: oereToPlain(expected), actual: oereToPlain(amount), related: [row.weightCell] },
  );
}

/** A split's amounts in kroner, or in the count it divides ("388 iværksættere"). */
function amountsIn(input: RecheckInput): (oere: bigint, lang: 'da' | 'en') => string {
  return (oere, lang) => formatAmount(oere, lang, input.countUnit);
}

/** A share in percent with every decimal it has (at least one), so 99,95 % never prints as 100 %. */
/**
 * A share sum as a person reads it: one or two decimals (99,9 %, 99,82 %), never the 13 a formula leaves,
 * yet as many as it takes not to show a sum that is off as 100 % (99,995 %).
 */
function pct(d: Decimal, lang: 'da' | 'en'): string {
  let digits = Math.min(Math.max(1, d.scale), 2);
  while (digits < Math.min(d.scale, 6) && compare(roundDecimal(d, digits), HUNDRED) === 0) digits++;
  return formatPercent(d, lang, digits);
}

/** The smallest range covering the cells ("C3:C31"), or null when none parse. */
function columnRange(cells: readonly string[]): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    const p = parseA1(c);
    if (!p) continue;
    top = Math.min(top, p.row);
    left = Math.min(left, p.col);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  return bottom < 0 ? null : a1Range({ top, left, bottom, right });
}
