/**
 * What the columns of a possible split hold, read from their content: a column of shares sums to about 100
 * (or to about 1 in percent-formatted cells), an amount column is proportional to its key, a total row
 * first or last equals the sum of the others. Header words are evidence too, but not a gate.
 */
import { compare, mul, normalize, sub, sum, toNumber, type Decimal } from '../../decimal/decimal';
import { cellAt, formatAt, type SheetGrid } from '../../grid/grid';
import { isPercentFormat } from '../../numbers/excel-format';
import { isNil } from '../../numbers/nil';
import { BLANK, type SheetCells } from '../../reader/cells';
import { isTotalLabel, SUM_RELATION } from '../../reader/labels';
import { matchParty } from '../../parties/match-party';

const ONE: Decimal = { digits: 1n, scale: 0 };

/** A region's name: the sum of its municipalities when it stands among them. */
export function isRegionName(name: string): boolean {
  return matchParty(name, { fuzzy: false })?.party.kind === 'region';
}

/** Header words of a column of rates or prices: never a key or an amount to split. */
export function isRateHeader(text: string): boolean {
  return /\b(?:sats|satser|rate|rates|pris|priser|price|prices|takst|takster|timepris|enhedspris|kurs|rente|interest|tax|skat|moms|commission|provision|provisionssats|procentsats|rabat|discount|avance|margin)\b/i.test(
    text,
  );
}

/** Numbers of a column in the given rows (null for blanks and dashes), percent-formatted cells in percent. */
export function columnValues(cells: SheetCells, col: number, rows: readonly number[]): (Decimal | null)[] {
  return rows.map((r) => {
    if (cells.kind(r, col) === BLANK || isNil(cells.raw(r, col))) return null;
    return cells.number(r, col);
  });
}

/**
 * Whether every cell of the column in the rows is a figure, blank or a dash: a cell that cannot be read (a
 * formula saved without its result, an error, a word) makes their sum unknown, never a sum without it.
 */
/**
 * Every cell of the rows is blank, nil or a number read: text that only looks like a number ("kr. 60.000")
 * is no zero in a sum, so a total cannot be found by adding it.
 */
export function allReadable(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  return rows.every(
    (r) =>
      cells.kind(r, col) === BLANK ||
      (cells.isNumeric(r, col) && cells.number(r, col) !== null) ||
      isNil(cells.raw(r, col)),
  );
}

/** The sum of the figures, blanks left out. */
export function sumOf(values: readonly (Decimal | null)[]): Decimal {
  return sum(values);
}

/** Shares summing to about 100 (one-decimal shares of 29 parties may give 99,9 or 100,1). */
export function isAbout100(d: Decimal | null): boolean {
  return (
    d !== null && compare(d, { digits: 990n, scale: 1 }) >= 0 && compare(d, { digits: 1010n, scale: 1 }) <= 0
  );
}

/**
 * Shares kept as fractions of one in cells without a percent format (0,346 for 34,6 %): the parts sum to
 * about 1 and none is above 1. Read as percent, they would imply a total a hundred times too big.
 */
export function isAboutOne(values: readonly (Decimal | null)[]): boolean {
  if (values.some((v) => v !== null && (v.digits < 0n || compare(v, ONE) > 0))) return false;
  return values.filter((v) => v !== null).length >= 2 && isAbout100(times100(sumOf(values)));
}

/** A cell that shows a percent: percent-formatted, or text written with %. */
export function showsPercent(grid: SheetGrid, row: number, col: number): boolean {
  const raw = cellAt(grid, row, col);
  return isPercentFormat(formatAt(grid, row, col)) || (typeof raw === 'string' && /%|pct/.test(raw));
}

function isPercentCell(cells: SheetCells, row: number, col: number): boolean {
  return showsPercent(cells.grid, row, col);
}

/** Every filled cell percent-formatted (or written with %). */
export function isPercentColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  let seen = 0;
  for (const r of rows) {
    if (cells.kind(r, col) === BLANK) continue;
    if (!isPercentCell(cells, r, col)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * A share in percent. In a column of fractions of one, what Excel stores is the fraction whatever the cell
 * shows: 0,2 typed plainly beside 41 % and 39 % is 20 %, and so is a plain 1 in the total row under
 * percent-formatted parts. A percent-formatted cell is read in percent already; only the others count x100.
 */
export function shareNumber(cells: SheetCells, row: number, col: number, fractions: boolean): Decimal | null {
  const v = cells.number(row, col);
  return v && fractions && !isPercentCell(cells, row, col) ? mul(v, HUNDRED) : v;
}

/** The shares of a column in percent (null for blanks and dashes), as shareNumber reads them. */
export function shareValues(
  cells: SheetCells,
  col: number,
  rows: readonly number[],
  fractions: boolean,
): (Decimal | null)[] {
  return rows.map((r) =>
    cells.kind(r, col) === BLANK || isNil(cells.raw(r, col)) ? null : shareNumber(cells, r, col, fractions),
  );
}

/**
 * Shares stored as fractions of one: every cell that does not show a percent lies between 0 and 1, and read
 * as fractions the parts sum to about 100 %. A column where every cell shows a percent is read as shown.
 */
export function isFractionColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  return (
    rows.some((r) => cells.kind(r, col) !== BLANK && !isPercentCell(cells, r, col)) &&
    fractionsMake100(cells, col, rows)
  );
}

/** Read as fractions of one (percent-formatted cells as shown), the rows sum to about 100 %. */
export function fractionsMake100(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  const values = shareValues(cells, col, rows, true);
  if (values.filter((v) => v !== null).length < 2 || values.some((v) => v !== null && v.digits < 0n))
    return false;
  const plainAboveOne = (r: number) => {
    if (cells.kind(r, col) === BLANK || isPercentCell(cells, r, col)) return false;
    const v = cells.number(r, col);
    return v !== null && compare(v, ONE) > 0;
  };
  return !rows.some(plainAboveOne) && isAbout100(sumOf(values));
}

/** Mostly numbers, no negatives: something that can be a key, a share or an amount. */
export function isNumericColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  let n = 0;
  let filled = 0;
  for (const r of rows) {
    if (cells.kind(r, col) === BLANK) continue;
    filled++;
    const v = cells.number(r, col);
    if (v && v.digits >= 0n) n++;
  }
  return filled >= 2 && n * 4 >= filled * 3;
}

/** Amounts proportional to a key: each amount within 0,5 % (or 2 units) of key x (sum of amounts / sum of keys). */
export function isProportional(
  keys: readonly (Decimal | null)[],
  amounts: readonly (Decimal | null)[],
  tolerance = 0.005,
): boolean {
  let pairs = 0;
  const ks: number[] = [];
  const as: number[] = [];
  keys.forEach((k, i) => {
    const a = amounts[i];
    if (k && a) {
      ks.push(toNumber(k));
      as.push(toNumber(a));
      pairs++;
    }
  });
  if (pairs < 2) return false;
  const kSum = ks.reduce((a, b) => a + b, 0);
  const aSum = as.reduce((a, b) => a + b, 0);
  if (kSum <= 0 || aSum <= 0) return false;
  // Equal keys say nothing about proportion.
  if (ks.every((k) => k === ks[0])) return false;
  const fits = (ratio: number) =>
    ks.filter((k, i) => Math.abs(as[i] - k * ratio) <= Math.max(2, Math.abs(k * ratio) * tolerance)).length;
  if (fits(aSum / kSum) === pairs) return true;
  // A wrong amount or two must not hide a split: the ratio most rows share (the median's) fits all the others.
  const ratios = ks.map((k, i) => (k === 0 ? 0 : as[i] / k)).sort((x, y) => x - y);
  const good = fits(ratios[Math.floor(pairs / 2)]);
  const wrong = pairs >= SUM_RELATION.minPairsForTwoWrong ? SUM_RELATION.maxWrongCells : 1;
  return good >= SUM_RELATION.minAgreeingPairs && good >= pairs - wrong;
}

/**
 * Amounts that follow a key in at least two thirds of the rows (within 5 %), so that one wrong amount does not
 * hide a split. Keys that hardly differ (measurements around one value) say nothing about proportion.
 */
export function mostlyProportional(
  keys: readonly (Decimal | null)[],
  amounts: readonly (Decimal | null)[],
): boolean {
  const pairs: [number, number][] = [];
  keys.forEach((k, i) => {
    const a = amounts[i];
    if (k && a && k.digits > 0n && a.digits > 0n) pairs.push([toNumber(k), toNumber(a)]);
  });
  if (pairs.length < 3) return false;
  const ks = pairs.map(([k]) => k);
  if (Math.max(...ks) < Math.min(...ks) * 1.2) return false;
  const ratios = pairs.map(([k, a]) => a / k).sort((x, y) => x - y);
  const median = ratios[Math.floor(ratios.length / 2)];
  const close = ratios.filter((r) => Math.abs(r - median) <= median * 0.05).length;
  return close * 3 >= pairs.length * 2;
}

/**
 * A column that follows the key as a split of it: one rate (amount per unit of key) fits every line but at
 * most one (a typo), within the rounding of both figures - half a unit of the key's last decimal, and one unit
 * of the amounts' (a largest-remainder split is within one unit of its quota). Near the key on most lines is
 * not enough: last year's accounts beside this year's budget shares come within a few percent of them too.
 */
export function followsKey(keys: readonly (Decimal | null)[], amounts: readonly (Decimal | null)[]): boolean {
  const { fit, of } = linesOnOneRate(keys, amounts);
  return of >= 3 && fit >= of - 1;
}

/**
 * How many of the lines with a key and an amount one rate fits, and of how many. The key counts as rounded by
 * `keyRounding` units of its last decimal (half a unit when typed rounded; a whole one for shares evened out
 * so their column says 100; none when the key is taken as exact), the amounts by one unit of theirs.
 */
export function linesOnOneRate(
  keys: readonly (Decimal | null)[],
  amounts: readonly (Decimal | null)[],
  keyRounding = 0.5,
): { fit: number; of: number } {
  const pairs: [Decimal, Decimal][] = [];
  keys.forEach((k, i) => {
    const a = amounts[i];
    if (k && a && k.digits > 0n && a.digits > 0n) pairs.push([k, a]);
  });
  // The columns' units: the finest last decimal typed in each (168.000 among whole thousands is 1.000).
  const unitOf = (xs: readonly Decimal[]) => 10 ** -Math.max(...xs.map(lastPlace));
  const halfKey = unitOf(pairs.map(([k]) => k)) * keyRounding;
  const amountUnit = unitOf(pairs.map(([, a]) => a));
  const events: [number, number][] = [];
  for (const [k, a] of pairs) {
    const key = toNumber(k);
    const amount = toNumber(a);
    if (key <= halfKey) continue;
    events.push([(amount - amountUnit) / (key + halfKey), 1], [(amount + amountUnit) / (key - halfKey), -1]);
  }
  // The most lines one rate fits: where the most of their ranges overlap (a range opens before one closes).
  events.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of events) {
    open += step;
    most = Math.max(most, open);
  }
  return { fit: most, of: pairs.length };
}

/** The decimal place of a figure's last digit that is not zero: 2 for 0,25, 0 for 7, -3 for 168.000. */
function lastPlace(x: Decimal): number {
  const n = normalize(x);
  if (n.scale > 0) return n.scale;
  let digits = n.digits < 0n ? -n.digits : n.digits;
  let place = -n.scale;
  while (digits !== 0n && digits % 10n === 0n) {
    digits /= 10n;
    place--;
  }
  return place === 0 ? 0 : place;
}

export interface TotalRows {
  /** The row whose figures the rules check the parts against. */
  readonly totalRow: number | null;
  /** Other rows that are totals too (a region row first and "I alt" last); not parties. */
  readonly otherTotals: readonly number[];
  /** Why: 'label' (its words), 'hundred' (its share says 100), 'sum' (it is the sum of the others). */
  readonly why: 'label' | 'hundred' | 'sum' | null;
  readonly first: boolean;
}

/**
 * Total rows by their words and by arithmetic, first or last: a row labelled "I alt" anywhere, or a first
 * or last row whose share says 100 or whose figures are the sum of the other rows.
 */
export function findTotals(
  cells: SheetCells,
  rows: readonly number[],
  labelCol: number,
  shareCol: number | null,
  sumCols: readonly number[],
  /** The share column holds fractions of one (0,346): see shareNumber. */
  fractions = false,
): TotalRows {
  const shareAt = (row: number) => (shareCol === null ? null : shareNumber(cells, row, shareCol, fractions));
  const sharesOf = (rows: readonly number[]) =>
    sumOf(shareValues(cells, shareCol as number, rows, fractions));
  const labelled = rows.filter((r) => isTotalLabel(cells.text(r, labelCol)));
  const without = (...exclude: number[]) => rows.filter((r) => !exclude.includes(r));
  const byArithmetic = (row: number, others: readonly number[]): 'hundred' | 'sum' | null => {
    if (others.length < 2) return null;
    if (shareCol !== null && isAbout100(shareAt(row))) {
      if (allReadable(cells, shareCol, others) && isAbout100(sharesOf(others))) return 'hundred';
      // The region's row saying 100 is its total even when the parts are off (a party twice).
      if (isRegionName(cells.text(row, labelCol))) return 'hundred';
    }
    // Every figure the row has is the sum of the others; for a row that names no party (no name, the region,
    // "Samlet finansiering") one such column is enough, since the total's other figures may be the error.
    const name = cells.text(row, labelCol);
    const loose = name === '' || isRegionName(name) || matchParty(name, { fuzzy: false }) === null;
    // A named party whose share, with the others', makes 100 % is one of the parts: Aalborg's 50 % beside
    // 25 % and 25 % is half of the split, not the total of the other two, however its amount adds up.
    if (!loose && shareCol !== null && allReadable(cells, shareCol, rows) && isAbout100(sharesOf(rows)))
      return null;
    let matched = 0;
    for (const col of sumCols) {
      const v = cells.number(row, col);
      if (!v || v.digits === 0n || !allReadable(cells, col, others)) continue;
      if (compare(v, sumOf(columnValues(cells, col, others))) === 0) matched++;
      else if (!loose) return null;
    }
    if (matched > 0) return 'sum';
    return null;
  };
  if (rows.length < 3) {
    const chosen = labelled.at(-1) ?? null;
    return {
      totalRow: chosen,
      otherTotals: labelled.slice(0, -1),
      why: chosen === null ? null : 'label',
      first: false,
    };
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const lastLabelled = labelled.includes(last);
  // A total that sums every other row, the first (or last) included, counts that row as a party: a party
  // whose figures happen to equal the sum of the rows between (50 = 46 + 4) is no second total.
  const sumsAll = (row: number) => byArithmetic(row, without(row)) !== null;
  const firstWhy = labelled.includes(first)
    ? 'label'
    : sumsAll(last)
      ? null
      : ((lastLabelled ? byArithmetic(first, without(first, last)) : null) ??
        byArithmetic(first, without(first)));
  const firstLabelled = labelled.includes(first);
  const lastWhy = lastLabelled
    ? 'label'
    : ((firstWhy && !(firstLabelled && sumsAll(first)) ? byArithmetic(last, without(first, last)) : null) ??
      byArithmetic(last, without(last)));
  const totals = new Set<number>(labelled);
  if (firstWhy) totals.add(first);
  if (lastWhy) totals.add(last);
  const list = rows.filter((r) => totals.has(r));
  if (list.length === 0) return { totalRow: null, otherTotals: [], why: null, first: false };
  // The parts are checked against the last total; a total first is used when it is the only one.
  const chosen = lastWhy
    ? last
    : firstWhy && !labelled.some((r) => r !== first)
      ? first
      : list[list.length - 1];
  const why = chosen === last ? lastWhy : chosen === first ? firstWhy : 'label';
  return { totalRow: chosen, otherTotals: list.filter((r) => r !== chosen), why, first: chosen === first };
}

/** The difference of a total to the sum of the given rows (for the reading). */
export function gapTo(
  cells: SheetCells,
  row: number,
  col: number,
  others: readonly number[],
): Decimal | null {
  const v = cells.number(row, col);
  return v ? sub(v, sumOf(columnValues(cells, col, others))) : null;
}

export const HUNDRED: Decimal = { digits: 100n, scale: 0 };
export const times100 = (d: Decimal): Decimal => mul(d, HUNDRED);
