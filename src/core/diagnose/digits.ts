/**
 * How two numbers written in digits differ when one is a slip of the keyboard: two digits swapped
 * (6.852.000 for 6.825.000), one digit wrong, or one digit left out or typed twice. Compared on the
 * digit strings only, so 1.500.000 and 1.500.001 are "one digit wrong" whatever their size.
 */
export type DigitSlip = 'swap' | 'one-digit' | 'missing-digit' | 'extra-digit';

/** The slip that turns `right` into `typed`, or null when they differ otherwise (or not at all). */
export function digitSlip(typed: string, right: string): DigitSlip | null {
  if (typed === right || !/^\d+$/.test(typed) || !/^\d+$/.test(right)) return null;
  if (typed.length === right.length) {
    const at: number[] = [];
    for (let i = 0; i < typed.length; i++) if (typed[i] !== right[i]) at.push(i);
    if (at.length === 1) return 'one-digit';
    if (at.length === 2 && typed[at[0]] === right[at[1]] && typed[at[1]] === right[at[0]]) return 'swap';
    return null;
  }
  if (typed.length + 1 === right.length && dropsOne(right, typed)) return 'missing-digit';
  if (typed.length === right.length + 1 && dropsOne(typed, right)) return 'extra-digit';
  return null;
}

/** True when deleting one character of `long` gives `short`. */
function dropsOne(long: string, short: string): boolean {
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Every number a single slip could have made of `digits` (the candidates to try against a table). */
export function slipVariants(digits: string): string[] {
  const out = new Set<string>();
  const n = digits.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = [...digits];
      [a[i], a[j]] = [a[j], a[i]];
      out.add(a.join(''));
    }
  for (let i = 0; i < n; i++) {
    for (let d = 0; d <= 9; d++) out.add(digits.slice(0, i) + d + digits.slice(i + 1));
    out.add(digits.slice(0, i) + digits.slice(i + 1));
  }
  for (let i = 0; i <= n; i++) for (let d = 0; d <= 9; d++) out.add(digits.slice(0, i) + d + digits.slice(i));
  out.delete(digits);
  return [...out].filter((s) => s !== '' && (s === '0' || !s.startsWith('0')));
}

/** Danish and English words for a slip, used inside diagnosis messages. */
export const SLIP_WORDS: Record<DigitSlip, { da: string; en: string }> = {
  swap: { da: 'to cifre er byttet om', en: 'two digits are swapped' },
  'one-digit': { da: 'ét ciffer er forkert', en: 'one digit is wrong' },
  'missing-digit': { da: 'et ciffer mangler', en: 'a digit is missing' },
  'extra-digit': { da: 'et ciffer for meget', en: 'one digit too many' },
};
