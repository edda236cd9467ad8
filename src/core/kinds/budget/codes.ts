/** Account codes: read from the start of a label or from a code column, compared as digits only. */
import { ACCOUNT_CODE } from './words';

export interface CodedLabel {
  /** The code as written ("00.25.10"), or null. */
  readonly code: string | null;
  /** The code's digits ("002510"): a parent's digits are a prefix of its children's. */
  readonly digits: string | null;
}

export function codeOf(text: string): CodedLabel {
  const t = text.trim();
  const m = ACCOUNT_CODE.exec(t);
  if (!m) return { code: null, digits: null };
  const digits = m[1].replace(/\D/g, '');
  // A year on its own ("2025 Anlæg") is a heading, not an account.
  if (/^(?:19|20)\d\d$/.test(digits) && !/[.\s]/.test(m[1])) return { code: null, digits: null };
  return { code: m[1], digits };
}

/**
 * The parent of each coded line: the nearest line above whose digits are a proper prefix of its own.
 * Lines without a code have no parent from codes.
 */
export function parentsByCode(digits: readonly (string | null)[]): (number | null)[] {
  const parents: (number | null)[] = [];
  // The open chain of ancestors, nearest last: a line closes every chain link that is not its prefix.
  const chain: number[] = [];
  digits.forEach((d, i) => {
    if (d === null) {
      parents.push(null);
      return;
    }
    while (chain.length > 0) {
      const top = digits[chain[chain.length - 1]]!;
      if (d.length > top.length && d.startsWith(top)) break;
      chain.pop();
    }
    parents.push(chain.length > 0 ? chain[chain.length - 1] : null);
    chain.push(i);
  });
  return parents;
}
