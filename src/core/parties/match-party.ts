/**
 * Recognises Danish municipalities and regions however a sheet spells them: "Københavns Kommune",
 * "Kbh.", "Høje Tåstrup", "Hoeje-Taastrup", "Region H", "Capital Region of Denmark", small typos.
 */
import { PARTIES, type Party } from './register';
import { memoText } from '../text/memo';
import { nfc } from '../text/nfc';
import { withoutFootnoteMark } from '../text/footnote';

const FOLD: Readonly<Record<string, string>> = {
  æ: 'ae',
  ä: 'ae',
  ø: 'oe',
  ö: 'oe',
  å: 'aa',
  é: 'e',
  è: 'e',
  ü: 'ue',
};

/** Words that say what kind of body it is, not which one. */
const DROPPED_WORDS = new Set(['kommune', 'kommunes', 'regionskommune', 'region', 'regions', 'municipality']);

/**
 * Lower case, æ/ø/å as ae/oe/aa, punctuation and hyphens as spaces, spaces collapsed, a footnote mark and
 * the words "kommune", "region", "municipality" (and their forms) dropped.
 */
export const normalizePartyName = memoText(normalizePartyNameOnce, undefined, plainPartyName);

/**
 * Plain names need no work, and are not worth remembering: lower case letters, digits and single spaces
 * (ASCII, so already NFC), no word to drop. Undefined for every other name. This keeps long lists fast.
 */
function plainPartyName(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  const lower = name.toLowerCase();
  return /[^a-z0-9 ]|\s\s|^\s|\s$|kommune|region|municipality|^(?:of|the) /.test(lower) ? undefined : lower;
}

function normalizePartyNameOnce(name: string): string {
  const plain = plainPartyName(name);
  if (plain !== undefined) return plain;
  const lower = name.toLowerCase();
  // "København 1)", "Frederikshavn*": the mark points to a note under the table, the name is before it.
  const folded = nfc(withoutFootnoteMark(lower))
    .replace(/[æäøöåéèü]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[-‐‑–—_.,;:()'"/\\]/g, ' ');
  const words = folded.split(/\s+/).filter((w) => w !== '' && !DROPPED_WORDS.has(w));
  // "Region of Southern Denmark" -> "southern denmark"; "The Capital Region" -> "capital".
  while (words.length > 1 && (words[0] === 'of' || words[0] === 'the')) words.shift();
  return words.join(' ');
}

/** Plain-ASCII spellings seen in sheets typed without Danish letters: Hjorring, Koge, Tarnby. */
function asciiVariants(official: string): string[] {
  const base = official.toLowerCase();
  const a = base.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  const b = base.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a');
  return [normalizePartyName(a), normalizePartyName(b)];
}

/** Other names in use, by code (already in normalized form or normalized below). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  '101': ['Kbh', 'Kbhvn', 'Copenhagen', 'Kobenhavn', 'City of Copenhagen'],
  '169': ['Høje Tåstrup', 'Taastrup', 'Tåstrup', 'Hoje Taastrup', 'Hoje Tastrup'],
  '173': ['Lyngby', 'Kongens Lyngby', 'Lyngby Tårbæk'],
  '217': ['Elsinore'],
  '430': ['Fåborg', 'Faaborg Midtfyn', 'Midtfyn'],
  '751': ['Århus', 'Arhus'],
  '756': ['Ikast'],
  '760': ['Ringkøbing'],
  '773': ['Mors'],
  '1081': ['Nordjylland', 'Nord', 'North Denmark', 'North Denmark Region', 'North Jutland'],
  '1082': ['Midtjylland', 'Midt', 'Central Denmark', 'Central Denmark Region', 'Central Jutland'],
  '1083': ['Syddanmark', 'Syd', 'Southern Denmark', 'South Denmark', 'Region of Southern Denmark'],
  '1084': ['H', 'Hovedstaden', 'Capital', 'Capital Region of Denmark', 'Copenhagen Capital Region'],
  '1085': ['Sjælland', 'Zealand', 'Region Zealand', 'Sjaelland'],
};

interface Index {
  readonly byKey: Map<string, Party>;
  /** Keys of 5+ characters grouped by length, for the one-typo fallback. */
  readonly byLength: Map<number, { key: string; party: Party }[]>;
  /** Every character used in some key: a name with two characters outside it is no one-typo match. */
  readonly alphabet: ReadonlySet<number>;
}

function buildIndex(): Index {
  const byKey = new Map<string, Party>();
  const add = (key: string, party: Party): void => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, party);
  };
  // Official names first so that no variant can shadow another party's real name.
  for (const p of PARTIES) add(normalizePartyName(p.name), p);
  for (const p of PARTIES) {
    const n = normalizePartyName(p.name);
    for (const alias of ALIASES[p.code] ?? []) add(normalizePartyName(alias), p);
    for (const v of asciiVariants(p.name)) add(v, p);
    // Genitive forms: "Nordfyns"/"Nordfyn", "Bornholms Regionskommune"/"Bornholm".
    add(n.endsWith('s') ? n.slice(0, -1) : `${n}s`, p);
  }
  const byLength = new Map<number, { key: string; party: Party }[]>();
  for (const [key, party] of byKey) {
    if (key.length < 5) continue;
    const list = byLength.get(key.length) ?? [];
    list.push({ key, party });
    byLength.set(key.length, list);
  }
  const alphabet = new Set<number>();
  for (const key of byKey.keys()) for (let i = 0; i < key.length; i++) alphabet.add(key.charCodeAt(i));
  return { byKey, byLength, alphabet };
}

let index: Index | null = null;
function getIndex(): Index {
  return (index ??= buildIndex());
}

/**
 * True when a and b differ by exactly one insertion, deletion or substitution. Compares in place,
 * without slicing: it runs against every register key of similar length for each unknown name.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Skip the one differing character in the longer string (both when the lengths are equal).
  let ia = a.length >= b.length ? i + 1 : i;
  let ib = b.length >= a.length ? i + 1 : i;
  for (; ia < a.length; ia++, ib++) if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
  return true;
}

function fuzzyLookup(key: string): Party | null {
  if (key.length < 5) return null;
  const { byLength, alphabet } = getIndex();
  // "forening 123" has three characters no party name has; one edit cannot fix that (long lists fast).
  let foreign = 0;
  for (let i = 0; i < key.length; i++) if (!alphabet.has(key.charCodeAt(i)) && ++foreign > 1) return null;
  let found: Party | null = null;
  for (let len = key.length - 1; len <= key.length + 1; len++) {
    for (const entry of byLength.get(len) ?? []) {
      if (!withinOneEdit(key, entry.key)) continue;
      if (found && found.code !== entry.party.code) return null; // two candidates: do not guess
      found = entry.party;
    }
  }
  return found;
}

function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The municipality or region a name refers to. exact is true only when the name is the official
 * name as written (case aside); alternative spellings and one-letter typos match with exact false.
 * Pass { fuzzy: false } to refuse typo matches (used when any word could be a label).
 */
export function matchParty(
  name: string,
  opts: { fuzzy?: boolean } = {},
): { party: Party; exact: boolean } | null {
  if (typeof name !== 'string') return null;
  return matchKey(name, normalizePartyName(name), opts.fuzzy !== false);
}

/** The party a name normalized to `key` refers to. */
function matchKey(name: string, key: string, fuzzy: boolean): { party: Party; exact: boolean } | null {
  if (key === '') return null;
  const party = getIndex().byKey.get(key) ?? (fuzzy ? fuzzyLookup(key) : null) ?? codedParty(key, fuzzy);
  if (!party) return null;
  return { party, exact: collapse(name) === party.name.toLowerCase() };
}

/**
 * "101 københavn", as Statistikbanken writes a municipality: the code before the name. The party only when
 * the code is the named party's own; a code that points elsewhere leaves the name unknown, not guessed.
 */
function codedParty(key: string, fuzzy: boolean): Party | null {
  const m = /^(\d{3,4}) (\D.*)$/.exec(key);
  if (!m) return null;
  const party = getIndex().byKey.get(m[2]) ?? (fuzzy ? fuzzyLookup(m[2]) : null);
  return party && party.code === m[1] ? party : null;
}

/**
 * matchParty and partyKey of one name at once, normalizing it once. For party-lookup.ts, which keeps each
 * name's answer for the whole check itself: the shared memory of names would only hold a second copy.
 */
export function lookupParty(name: string): { match: ReturnType<typeof matchParty>; key: string } {
  const normalized = normalizePartyNameOnce(name);
  const match = matchKey(name, normalized, true);
  return { match, key: match ? match.party.code : normalized };
}

/** Key for finding duplicates: the matched party's code, else the normalized name. */
export function partyKey(name: string): string {
  const m = matchParty(name);
  return m ? m.party.code : normalizePartyName(name);
}
