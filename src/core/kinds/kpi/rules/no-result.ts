/**
 * Words that say a figure is not there yet: "Ikke opgjort", "afventer", "n/a", "-", "ikke tilgængelig". Where a
 * result, a baseline or a control group's value belongs, they mean "no figure": the target is judged as one
 * without it (no data, or a deadline passed without a result), never as a number that cannot be read.
 */

/** The status words, folded (lower case, no dots, single spaces). One list, used wherever a figure is read. */
export const NO_RESULT_WORDS: readonly string[] = [
  'ikke opgjort',
  'endnu ikke opgjort',
  'ej opgjort',
  'opgøres senere',
  'afventer',
  'afventer data',
  'afventer opgørelse',
  'afventer måling',
  'afventer tal',
  'ikke opgjort endnu',
  'ikke målt endnu',
  'endnu ikke målt',
  'ikke tilgængelig',
  'ikke tilgængeligt',
  'ikke tilgængelige',
  'foreligger ikke',
  'foreligger ikke endnu',
  'endnu ikke',
  'ikke målt',
  'ikke oplyst',
  'ikke relevant',
  'ukendt',
  'mangler',
  'kommer',
  'na',
  'n/a',
  'ia',
  'tbd',
  'tba',
  'not available',
  'pending',
  'not measured',
  'unknown',
];

const FOLDED = new Set(NO_RESULT_WORDS.map(fold));

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.()]/g, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** A cell holding only a status word or a dash, with no figure. */
export function isNoResult(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const s = fold(raw);
  return s === '' ? false : /^[-–—‒−?]+$/.test(s) || FOLDED.has(s);
}
