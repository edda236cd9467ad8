/** Account codes: read from the start of a label or from a code column, compared as digits only. */
import { matchParty } from '../../parties/match-party';
import { ACCOUNT_CODE } from './words';

export interface CodedLabel {
  /** The code as written ("00.25.10"), or null. */
  readonly code: string | null;
  /** The code's digits ("002510"): a parent's digits are a prefix of its children's. */
  readonly digits: string | null;
}

const YEAR_LIKE = /^(?:19|20)\d\d$/;

function readCode(text: string): (CodedLabel & { yearLike: boolean }) | null {
  const m = ACCOUNT_CODE.exec(text.trim());
  if (!m) return null;
  const digits = m[1].replace(/\D/g, '');
  return { code: m[1], digits, yearLike: YEAR_LIKE.test(digits) && !/[.\s]/.test(m[1]) };
}

export function codeOf(text: string): CodedLabel {
  const c = readCode(text);
  // A year on its own ("2025 Anlæg") is a heading, not an account.
  if (!c || c.yearLike) return { code: null, digits: null };
  return { code: c.code, digits: c.digits };
}

/**
 * The codes of a column of labels, in order. A four-digit code that looks like a year is an account all
 * the same where the chart around it says so: a coded line above is its prefix and the next coded line
 * extends it (the finance bill's aktivitetsområde 1911 between 191 and 191101). A year heading is not.
 */
export function codesOf(texts: readonly string[]): CodedLabel[] {
  // "101 København", as Statistikbanken writes a municipality, is its own code, not an account.
  const read = texts.map((t) => {
    const c = readCode(t);
    return c && matchParty(t, { fuzzy: false })?.party.code === c.digits ? null : c;
  });
  const plain = read.map((c) => (c && !c.yearLike ? c.digits : null));
  return read.map((c, i) => {
    if (!c) return { code: null, digits: null };
    if (!c.yearLike) return { code: c.code, digits: c.digits };
    const d = c.digits!;
    const above = plain.slice(0, i).some((p) => p !== null && p.length < d.length && d.startsWith(p));
    const next = plain.slice(i + 1).find((p) => p !== null);
    const below = next !== undefined && next !== null && next.length > d.length && next.startsWith(d);
    return above && below ? { code: c.code, digits: d } : { code: null, digits: null };
  });
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
