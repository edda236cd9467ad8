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

/**
 * Schemes whose minimum own share is known, so a sheet that names one is held to it without stating the
 * number. Only the culture pool is certain: "Puljen til kultur i hele landet" funds the culture agreements
 * (kulturaftaler) with culture regions and asks for at least 50 % own financing. Other pools set their own
 * minimums or none, so naming just "puljen" decides nothing. Matched on the raw text, case-folded.
 */
export const OWN_SHARE_SCHEMES: readonly {
  readonly name: string;
  /** The words that name it, the most telling first: the reading quotes the first found. */
  readonly patterns: readonly RegExp[];
  readonly minOwnShare: number;
}[] = [
  {
    name: 'Puljen til kultur i hele landet',
    patterns: [/puljen til kultur i hele landet/iu, /kulturaftale/iu, /kulturregion/iu],
    minOwnShare: 50,
  },
];

/**
 * With no minimum stated, set or implied by a named scheme, an own share under this is said once as an
 * info (the share, and that no rule was applied), never as an error: most pools ask for at least half.
 */
export const UNSTATED_OWN_SHARE_NOTE_BELOW = 50;
