/** Thresholds of the population register and its checks, named in one place. */

/** Denmark's municipalities since 2007. */
export const MUNICIPALITY_COUNT = 98;

/**
 * FOLK1A counts Christiansø (about 90 people) in the country and in Region Hovedstaden but in no
 * municipality. A national or regional figure may exceed the sum of its municipalities by at most this.
 */
export const OUTSIDE_MUNICIPALITIES_MAX = 1_000;

/**
 * A new quarter whose municipality differs from the latest stored figure by more than this fraction
 * (10 %) is another table, a subset or a typo, not a quarter's change; `population add` refuses it.
 */
export const QUARTER_CHANGE_MAX = { numerator: 1n, denominator: 10n };
