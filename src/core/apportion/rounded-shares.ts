/**
 * Shares printed rounded ("16,2 %" with one decimal) are often a display of the real key (the population on
 * another sheet), not the key itself. A colleague reads them so when the amounts add up to the total exactly
 * and every amount lies within what its printed share can mean: the share give or take half its last shown
 * decimal, of the total. Comparing such amounts with the rounded share times the total would call every line
 * wrong, and a share sum of 100,1 % a typo, on a split that is right.
 *
 * Shares in whole percent (20/41/39, 65/35) are an agreed key, not a display: there every amount must be its
 * share of the total, and a line off by less than half a percent is still wrong.
 */
import { compare, decimal, normalize, rescale, sum, sub, type Decimal } from '../decimal/decimal';
import { roundDecimal } from '../numbers/round';

export interface ShareLine {
  /** Share in percent as printed (16,2 = 16,2 %). */
  readonly share: Decimal | null;
  /** Øre. */
  readonly amount: bigint | null;
}

const HUNDRED = decimal(100);

/** The decimals the shares are printed with (their longest). */
function shownDecimals(shares: readonly Decimal[]): number {
  return shares.reduce((m, s) => Math.max(m, normalize(s).scale), 0);
}

/** Whether every amount is within its printed share's rounding of the total, give or take one rounding unit. */
function withinShares(lines: readonly ShareLine[], total: bigint, unit: bigint, places: number): boolean {
  const ten = 10n ** BigInt(places);
  return lines.every(({ share, amount }) => {
    const s = normalize(share!);
    const digits = s.digits * 10n ** BigInt(places - s.scale);
    // |amount/total·100 − digits/10^places| ≤ ½·10^-places + unit/total·100, multiplied out to stay exact.
    const off = 2n * ten * 100n * amount! - 2n * digits * total;
    const slack = total + 2n * ten * 100n * unit;
    return (off < 0n ? -off : off) <= slack;
  });
}

/**
 * True when the printed shares are a rounded display of a key the amounts follow exactly: the amounts sum to
 * the total, each lies within its share's rounding, no one total makes them the printed shares' amounts, and
 * whole-percent shares are not an agreed key.
 */
export function sharesAreRounded(lines: readonly ShareLine[], total: bigint, unit: bigint): boolean {
  if (lines.length < 2 || total <= 0n) return false;
  if (lines.some((l) => l.share === null || l.amount === null)) return false;
  if (lines.reduce((s, l) => s + l.amount!, 0n) !== total) return false;
  const shares = lines.map((l) => l.share!);
  const places = shownDecimals(shares);
  // Whole percents are an agreed key (20/41/39) unless no line at all is its share of the total: then they
  // were worked out from the amounts ("Andel af budget" beside a budget), which a few lines cannot show.
  if (
    places === 0 &&
    (lines.length < WORKED_OUT_SHARES.minLines || lines.some((l) => exactShare(l, total, unit)))
  )
    return false;
  // Amounts that are the printed share of one total, on most lines, were computed from the rounded shares:
  // those are the key used, and a line off it or a gap they leave is the split's (Bilag 4.1's 749.250 kr. of
  // 750.000 kr., or one amount with two digits swapped among amounts that are all share x 750.000 kr.).
  if (sharedByMost(lines, unit, places)) return false;
  return withinShares(lines, total, unit, places);
}

/** Lines needed before whole-percent shares that no line matches are taken as worked out from the amounts. */
const WORKED_OUT_SHARES = { minLines: 4 } as const;

/** A line whose amount is its share of the total, to within one rounding unit. */
function exactShare({ share, amount }: ShareLine, total: bigint, unit: bigint): boolean {
  const s = normalize(share!);
  const off = amount! * 100n * 10n ** BigInt(s.scale) - s.digits * total;
  return (off < 0n ? -off : off) <= unit * 100n * 10n ** BigInt(s.scale);
}

/**
 * Whether at least half the lines (and three) agree on one total T with amount = share x T to within one
 * rounding unit: each line allows T in an interval, and the most intervals that overlap is counted.
 */
function sharedByMost(lines: readonly ShareLine[], unit: bigint, places: number): boolean {
  const events: [bigint, number][] = [];
  for (const { share, amount } of lines) {
    const s = normalize(share!);
    const digits = s.digits * 10n ** BigInt(places - s.scale);
    if (digits <= 0n) continue;
    const scale = 100n * 10n ** BigInt(places);
    // T in øre: (amount ± unit) · 100 · 10^places / digits, widened by one øre for the division.
    events.push(
      [((amount! - unit) * scale) / digits - 1n, 1],
      [((amount! + unit) * scale) / digits + 1n, -1],
    );
  }
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[1] - a[1]));
  let open = 0;
  let most = 0;
  for (const [, step] of events) most = Math.max(most, (open += step));
  return most >= 3 && 2 * most >= lines.length;
}

/** Whether the shares' sum is off 100 by no more than their rounding can make it (100,1 % of six shares). */
export function offByRounding(shares: readonly Decimal[]): boolean {
  const places = shownDecimals(shares);
  const off = sub(sum(shares), HUNDRED);
  const slack = { digits: 5n * BigInt(shares.length), scale: places + 1 };
  const abs = off.digits < 0n ? { ...off, digits: -off.digits } : off;
  return compare(abs, slack) <= 0;
}

/** Decimals a share computed by a formula (=B3/$B$14, fifteen digits) is taken to before it is compared. */
const FORMULA_SHARE_PLACES = 6;

/**
 * Whether the printed shares are the key's shares rounded to the decimals they show, of some whole: 16,2 %
 * beside a population that gives 16,24 % is a display of the key, and so are shares of the region's whole
 * population beside a list that names a party twice; 50 % beside one that gives 65,2 % is another key.
 * Exact in integers: one factor c with |share - c x weight| <= half a unit of the last shown decimal on every
 * line, i.e. the intervals (2S - 1) / w .. (2S + 1) / w of all lines overlap.
 */
export function sharesShowKey(shares: readonly Decimal[], weights: readonly Decimal[]): boolean {
  if (shares.length !== weights.length || !weights.length) return false;
  const shown = shares.map((x) => normalize(roundDecimal(x, FORMULA_SHARE_PLACES)));
  const places = shownDecimals(shown);
  const scale = weights.reduce((m, w) => Math.max(m, normalize(w).scale), 0);
  const ws = weights.map((w) => rescale(normalize(w), scale).digits);
  if (ws.some((w) => w <= 0n)) return false;
  // Lowest upper and highest lower bound of c, as fractions num / w.
  let low = { num: -1n, den: 1n };
  let high = { num: 2n * rescale(shown[0], places).digits + 1n, den: ws[0] };
  for (let i = 0; i < shown.length; i++) {
    const twice = 2n * rescale(shown[i], places).digits;
    if ((twice - 1n) * low.den > low.num * ws[i]) low = { num: twice - 1n, den: ws[i] };
    if ((twice + 1n) * high.den < high.num * ws[i]) high = { num: twice + 1n, den: ws[i] };
  }
  return low.num * high.den <= high.num * low.den;
}
