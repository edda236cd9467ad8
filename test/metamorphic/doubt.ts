/**
 * Issue 17, "How we will know": every unsure reading names what would resolve it. An unsure finding names a
 * correction when it points at a place on the sheet (a cell, a row or a column) and says what to mark there (a
 * role) or what to do. "Ret læsningen (totalrækken, nøglen ...)" with no place names no correction: the user
 * cannot tell which row to mark. The words are the runner's own, not Fordel's.
 */

/** A place on the sheet: "B7", "B3:B9", "række 7", "rækkerne 4-6", "kolonne D", "row 7", "column D". */
const PLACE = [
  /\b\$?[A-Z]{1,3}\$?\d{1,7}\b/,
  /\brække(?:n|rne)?\s+\d+/i,
  /\b[Kk]olonne(?:n|rne)?\s+[A-Z]{1,3}\b/,
  /\brows?\s+\d+/i,
  /\b[Cc]olumns?\s+[A-Z]{1,3}\b/,
];

/** A role to mark or a correction to make, in Danish or English. */
const CORRECTION = [
  /\b(?:total|i alt|sum|subtotal|delsum|heraf|nøgle|andel|beløb|periode|kilde|part|overskrift|enhed|mål|målværdi|resultat|frist|basis)/i,
  /\b(?:key|share|amount|period|source|party|header|unit|target|actual|deadline|baseline|breakdown)/i,
  /\b(?:markér|marker|angiv|vælg|ret|sæt|mark|set|choose|correct)\b/i,
];

/** Whether the text of an unsure finding names a correction (a place and what to do or mark there). */
export function namesCorrection(message: string): boolean {
  return PLACE.some((p) => p.test(message)) && CORRECTION.some((c) => c.test(message));
}
