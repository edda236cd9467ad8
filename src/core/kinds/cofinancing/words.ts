/**
 * The words and thresholds of the co-financing kind, in one place. Labels are folded with the reader's normalizeLabel
 * first: lower case, æ/ø/å as ae/oe/aa.
 */

/**
 * A line that returns money or brings it in: a negative amount there is what the line means, not a sign
 * error ("Tilbagebetaling af ubrugt tilskud", "Tilbageført til puljen", "Refusion", "Indtægter").
 */
export const RETURN_LINE =
  /tilbage ?(?:betal|foer|overfoer)|\bretur|\brefusion|\brefund|\brepa(?:y|id)|\bmindreforbrug|\bindtaegt|\bsalg|\bincome\b|\brevenue|\bunspent|\bubrugt/;

/**
 * A line that totals a group of sources, beside the words every total has: "Delsum", "Subtotal A",
 * "I alt gruppe B", "Mellemsum". Only a hint: the grand total still has to confirm the group.
 */
export const SUBTOTAL_LINE = /^(?:delsum|del-?total|subtotal|sub-total|mellemsum|i alt \S)/;

/** What makes a table a financing table, where own-share and matching rules mean something. */
export const FINANCING_TABLE = {
  /**
   * A financing table names a few sources of money; hundreds of lines with "Egenkapital" among them are a
   * budget or a chart of accounts, and a 50 % own-share rule over them would be noise.
   */
  maxSources: 25,
} as const;
