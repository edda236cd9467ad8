/**
 * A municipality's name with one slip of the keyboard that Fordel's register promises to tolerate (one letter
 * left out or typed twice, or a key beside the right one struck, in a name of six letters or more; one edit in
 * all), and only where the slip leaves the name
 * at least two edits from every other municipality's and region's name, with or without a genitive "s", so
 * that a finance colleague, too, could only mean the one municipality. The distance is the test's own.
 */
import { MUNICIPALITIES, REGIONS } from './municipalities';
import type { Rng } from './rng';

/** Levenshtein distance, case aside. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length];
}

/** Whether two names are at most one edit apart (case aside), in one pass: the slip filter's hot path. */
function withinOneEdit(a: string, b: string): boolean {
  let s = a.toLowerCase();
  let t = b.toLowerCase();
  if (s.length > t.length) [s, t] = [t, s];
  if (t.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  // Past the first difference the rest must match after one substitution (same length) or one insertion.
  return s.length === t.length ? s.slice(i + 1) === t.slice(i + 1) : s.slice(i) === t.slice(i + 1);
}

/** Every other name and the short forms a colleague writes: each part of a double name, å as aa and back. */
const FORMS: readonly { readonly of: string; readonly form: string }[] = [
  ...MUNICIPALITIES.map((m) => m.name),
  ...REGIONS,
].flatMap((of) =>
  [of, ...of.replace(/^Region /, '').split(/[- ]/)]
    .flatMap((n) => [n, n.replace(/aa/gi, 'å'), n.replace(/å/g, 'aa').replace(/Å/g, 'Aa')])
    .flatMap((n) => [n, `${n}s`])
    .map((form) => ({ of, form })),
);
const OTHER_NAMES = (name: string): string[] => FORMS.filter((f) => f.of !== name).map((f) => f.form);

/** The two kinds of slip: a letter left out or typed twice, or the key beside it struck instead. */
export type SlipKind = 'slip' | 'key';

/** Neighbouring letters on a Danish keyboard, row by row. */
const KEY_ROWS = ['qwertyuiopå', 'asdfghjklæø', 'zxcvbnm'];

const SLIPS = new Map<string, string[]>();

/** The name with one slip of a kind, each slip that keeps it clearly that one name. */
export function slipsOf(name: string, kind: SlipKind = 'slip'): string[] {
  let slips = SLIPS.get(`${kind}:${name}`);
  if (!slips) SLIPS.set(`${kind}:${name}`, (slips = findSlips(name, kind)));
  return slips;
}

function findSlips(name: string, kind: SlipKind): string[] {
  if (name.length < 6 || /[^A-Za-zÆØÅæøå]/.test(name)) return [];
  const others = OTHER_NAMES(name);
  const slips: string[] = [];
  // Never the first two letters, nor the last: a colleague reads a name by its start and its length.
  for (let i = 2; i < name.length - 1; i++) {
    if (kind === 'slip') {
      slips.push(name.slice(0, i) + name.slice(i + 1));
      slips.push(name.slice(0, i) + name[i] + name.slice(i));
    } else {
      for (const row of KEY_ROWS) {
        const k = row.indexOf(name[i]);
        if (k < 0) continue;
        for (const near of [row[k - 1], row[k + 1]])
          if (near) slips.push(name.slice(0, i) + near + name.slice(i + 1));
      }
    }
  }
  return [...new Set(slips)].filter(
    (s) => s.toLowerCase() !== name.toLowerCase() && others.every((o) => !withinOneEdit(s, o)),
  );
}

/** One slip of the name, or null when none keeps it clearly that one name. */
export function misspell(name: string, rng: Rng, kind: SlipKind = 'slip'): string | null {
  const slips = slipsOf(name, kind);
  return slips.length ? rng.pick(slips) : null;
}
