/**
 * The header vocabulary Fordel understands, in Danish and English, and the thresholds the reader weighs its
 * evidence with: one place for both. Everything is compared after normalizeLabel(), so case, extra spaces, a
 * trailing ":" and ASCII spellings (ae/oe/aa) do not matter.
 */

import { memoOfText, memoText } from '../text/memo';
import { nfc } from '../text/nfc';
import { isFootnoteLine, withoutFootnoteMark } from '../text/footnote';

/** Lower case, æ/ø/å as ae/oe/aa, no-break spaces as spaces, collapsed, without a trailing ":". */
const FOLD: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

export const normalizeLabel = memoText(normalizeLabelOnce, undefined, plainLabel);

/**
 * The answer for a label in printable ASCII without a colon, double or outer spaces: its lower case, as
 * normalizeLabelOnce gives it (ASCII is its own NFC form). Undefined for every other label.
 */
function plainLabel(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const lower = text.toLowerCase();
  return /[^ -9;-~]| {2}|^ | $/.test(lower) ? undefined : lower;
}

function normalizeLabelOnce(text: string): string {
  const lower = text.toLowerCase();
  // Most labels need nothing more; this check keeps 100.000-row tables fast.
  if (!/[æøå\u00a0\u202f\t\r\n:]|\s\s|^\s|\s$/.test(lower) && nfc(lower) === lower) return lower;
  let out = nfc(lower)
    .replace(/[æøå]/g, (ch) => FOLD[ch])
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (out.endsWith(':')) out = out.replace(/\s*:$/, '');
  return out;
}

/** Drops a footnote mark and a trailing unit in brackets or after a comma: "I alt (kr.)", "Total, kr.", "I alt 1)". */
function withoutUnit(label: string): string {
  return (
    withoutFootnoteMark(label)
      .replace(/\s*\((?:kr\.?|dkk|mio\.? kr\.?|t\.? ?kr\.?|1\.?000 kr\.?|kroner|%)\)$/, '')
      // "mio. kr." or "t.kr." after the period, from a unit line under the heading ("BO 2023" over "mio. kr.").
      .replace(/,?\s*(?:(?:mio\.?|t\.?|1\.?000)\s*)?(?:kr\.?|dkk)$/, '')
      .trim()
  );
}

const TOTAL_WORDS = new Set([
  'i alt',
  'alt i alt',
  'ialt',
  'total',
  'totalt',
  'total i alt',
  'i alt total',
  'grand total',
  'sum',
  'sum i alt',
  'samlet',
  'samlet i alt',
  'samlet sum',
  'hovedtotal',
  'totals',
]);

/** I alt, Alt i alt, Total, Sum, Samlet, "I alt (kr.)", "I alt 2021-2024", Grand total ... */
export function isTotalLabel(text: string): boolean {
  if (typeof text !== 'string') return false;
  // Every total word starts with one of these letters: a cheap way out for ordinary labels.
  const first = text.trimStart().charAt(0).toLowerCase();
  if (first !== 'i' && first !== 'a' && first !== 't' && first !== 's' && first !== 'g' && first !== 'h') {
    return false;
  }
  return totalWords(text);
}

/**
 * Distinct texts whose label tests are remembered per workbook: the labels of small tables, asked of again by
 * every detector on every row it tries as a header. A long column of names is tested as it comes, unkept.
 */
const LABELS_REMEMBERED = 10_000;

/** Asked of the same labels by every detector, on every row tried as a header: worked out once per text. */
const totalWords = memoOfText((text: string): boolean => {
  const label = withoutUnit(normalizeLabel(text));
  if (TOTAL_WORDS.has(label)) return true;
  // "I alt 2021-2024", "Total (2021-24)": a total word followed only by a period, or by the whole period
  // ("I alt for perioden", "Samlet for hele projektet").
  const m = /^(i alt|alt i alt|total|samlet|sum)[\s,]+(.*)$/.exec(label);
  return (
    m !== null &&
    (/^\(?(?:(?:19|20|21)\d\d)(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?\)?$/.test(m[2]) ||
      /^for (?:hele )?(?:perioden|aftaleperioden|projektperioden|projektet)$/.test(m[2]))
  );
}, LABELS_REMEMBERED);

/**
 * A group's total among the lines: "Nordsjælland i alt", "Subtotal", "Delsum Nord", "I alt gruppe A",
 * "Total region Syd" - a total word with the group's name before or after it. The sums still decide: words
 * only say which line to try as the total of the lines above (or below) it.
 */
export function isGroupTotalLabel(text: string): boolean {
  if (isTotalLabel(text)) return true;
  const label = withoutFootnoteMark(normalizeLabel(text));
  return (
    /\S\s+(?:i alt|ialt|total)$/.test(label) ||
    /^(?:subtotal|delsum|deltotal)\b/.test(label) ||
    /^(?:i alt|ialt|total)\s+(?:for\s+)?\p{L}/u.test(label)
  );
}

/**
 * Budget and accounts years as municipal budgets write them: B2025 (budget), R2024 (regnskab), VB/OB/KB
 * (vedtaget, oprindeligt, korrigeret budget), BO (budgetoverslagsår), forslag, overslag, prognose.
 */
const BUDGET_YEARS = 'b|r|vb|ob|kb|bo|bf|forslag|overslag|overslagsaar|prognose|forventet|estimat';

const YEAR = '(?:20\\d\\d|2100)';
/** Built once: periodLabel runs on every cell of a label column, in every detector. */
const PERIOD_PATTERNS = [
  new RegExp(
    `^(?:(?:budget|regnskab|aar|year|fy|finansaar|${BUDGET_YEARS})\\s*)?${YEAR}(?:\\s*[-–/]\\s*(?:\\d{2}|${YEAR}))?$`,
  ),
  /^(?:aar|year)\s*\d{1,2}$/,
  // The budget's overslagsår counted from the budget year ("BO1" to "BO3" beside "B2026").
  /^(?:bo|overslagsaar|budgetoverslagsaar)\s*[1-4]$/,
  new RegExp(`^[12]\\.?\\s*halvaar(?:\\s+${YEAR})?$`),
  new RegExp(`^(?:h[12]|q[1-4]|[1-4]\\.?\\s*(?:kvartal|kvt\\.?))(?:\\s+${YEAR})?$`),
];

/**
 * A period column header: a year 2000-2100 as number or text, "2021-22", "2021/2022", "År 1",
 * "Year 2", "1. halvår 2021", "Q3 2024", "1. kvt. 2026", "Budget 2025", "B2025", "R2024", "BO1". Returns the label
 * as shown, or null.
 */
export function periodLabel(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? String(value) : null;
  }
  return typeof value === 'string' ? periodOfText(value) : null;
}

/** Each detector asks it of every label cell, for every row it tries as a header: worked out once per text. */
const periodOfText = memoOfText((value: string): string | null => {
  const label = withoutUnit(normalizeLabel(value));
  if (label === '') return null;
  // A note after the period ("2021 (2020-tal)", "2023 (løbende priser)") does not make it something else.
  const bare = label.replace(/\s*\([^()]*\)$/, '');
  const isPeriod = PERIOD_PATTERNS.some((p) => p.test(label) || (bare !== label && p.test(bare)));
  return isPeriod ? value.trim().replace(/\s+/g, ' ') : null;
}, LABELS_REMEMBERED);

/**
 * What kind of year a period is, written beside its year in a line or column of its own ("Budget" and
 * "Overslag" under 2026 and 2027; "R" beside 2024): a qualifier of the period, no data of its own.
 */
export function isPeriodQualifier(value: unknown): boolean {
  return typeof value === 'string' && PERIOD_QUALIFIER.test(withoutUnit(normalizeLabel(value)));
}

const PERIOD_QUALIFIER = new RegExp(
  `^(?:budget|regnskab|budgetoverslag|budgetoverslagsaar|vedtaget budget|korrigeret budget|oprindeligt budget|forventet regnskab|${BUDGET_YEARS})(?:\\s*[1-4])?$`,
);

/** Header of the label column of a breakdown by focus area (indsatsområde, aktivitet, projekt ...). */
export function isAreaHeader(text: string): boolean {
  const label = normalizeLabel(text);
  return /^(?:indsats ?omraade|indsatser|omraade|fokusomraade|temaer?|aktivitet(?:er)?|delprojekt(?:er)?|projekt(?:er)?|initiativ(?:er)?|spor|focus areas?|areas?|activit(?:y|ies)|projects?|work ?packages?|arbejdspakker?)\b/.test(
    label,
  );
}

/** Header of the column that names the parties of a split. */
export function isPartyHeader(text: string): boolean {
  const label = normalizeLabel(text);
  return /^(?:kommuner?|kommunenavn|kommunens navn|region(?:er)?|regionsnavn|part(?:er)?|parterne|deltagere?|deltagende kommuner|municipalit(?:y|ies)|part(?:y|ies)|navn|name|partnere?|erhvervshuse?|modtagere?|bidragydere?|institution(?:er)?|organisation(?:er)?)\b/.test(
    label,
  );
}

export type KeyHeader = 'percent' | 'population';

/** A key column: shares in percent ("Andel indbyggere i pct.") or head counts ("Indbyggere"). */
export function keyHeaderKind(text: string): KeyHeader | null {
  const label = normalizeLabel(text);
  if (/\bandel\b|\bandele\b|\bpct\b|%|\bprocent|\bpercent|\bshare\b|\bshares\b|noegle|nogle\b/.test(label)) {
    return 'percent';
  }
  if (/indbygger|befolkning|folketal|\bpopulation|\bborgere|\binhabitants|\bresidents/.test(label)) {
    return 'population';
  }
  return null;
}

/** Header words that call a column a share or a key, not only "%" or "pct." ("Andel", "Fordelingsnøgle"). */
export function namesShare(text: string): boolean {
  return /andel|share|fordeling|n(?:ø|oe)gle|\bkey\b/i.test(text);
}

/** An amount column of a split: kroner, or a count when targets are split ("Antal", "Mål"). */
export function isAmountHeader(text: string): boolean {
  const label = normalizeLabel(text);
  return /bel(?:oe|o)b|\bkr\b|\bkroner|\bdkk\b|finansiering|\bbidrag|\bamount|udgift|betaling|\btilskud|\bantal\b|\bmaal\b|\bmaaltal|\btarget|\bbudget|omkostning|\bcosts?\b|\bcontribution/.test(
    label,
  );
}

/**
 * What a split's amount column counts when it is no money: "Måltal (antal iværksættere)" gives
 * "iværksættere", "Antal pladser" gives "pladser", a bare "Antal" or "Måltal" an empty word. Null for kroner
 * (any money word) and for headers that name no count.
 */
export function countUnitOf(header: string): string | null {
  const label = normalizeLabel(header);
  if (
    /bel(?:oe|o)b|\bkr\b|\bkroner|\bdkk\b|finansiering|\bbidrag|\bamount|udgift|betaling|\btilskud|\bbudget|omkostning|\bcosts?\b|\bcontribution|\bmio\b|\bmia\b|\bt\.?kr/.test(
      label,
    )
  )
    return null;
  if (!/\bantal\b|\bmaal\b|\bmaaltal\b|\btarget\b|\bcount\b/.test(label)) return null;
  const inParens = /\(([^)]*)\)/.exec(header)?.[1] ?? header;
  const word = inParens
    .replace(/\b(?:antal|måltal|maaltal|mål|maal|target|count|of|i alt)\b/giu, ' ')
    .replace(/[():]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return word.length <= 30 ? word : '';
}

export type KpiRole =
  | 'target'
  | 'unit'
  | 'baseline'
  | 'baselineYear'
  | 'targetValue'
  | 'actual'
  | 'deadline'
  | 'method'
  | 'direction'
  | 'type'
  | 'control';

/** 'weak-target' is a bare "Mål"/"Target": the name or the value, decided by its neighbours. */
export type KpiHeaderRole = KpiRole | 'weak-target';

/** Order matters: "Resultatmål" is a name before "resultat" is an actual; "Basisår" before "basis". */
const KPI_PATTERNS: readonly [KpiHeaderRole, RegExp][] = [
  [
    'target',
    /resultatmaal|indikator|\bkpi|maalsaetning|effektmaal|delmaal|succeskriteri|maalbeskrivelse|performance indicator|\bindicator|\bmetric|\bobjective|\bgoal|^beskrivelse/,
  ],
  ['baselineYear', /basisaar|baseline ?aar|baseline year|aar for baseline|udgangsaar|basisaaret/],
  ['baseline', /baseline|udgangspunkt|udgangsniveau|nulpunkt|basisvaerdi|^basis\b|startvaerdi|udgangsvaerdi/],
  [
    'targetValue',
    /maaltal|maalvaerdi|target value|target level|^maal\s*\(?(?:20\d\d)|^target\s*\(?(?:20\d\d)|^maal i \d{4}/,
  ],
  ['control', /kontrolgruppe|\bcontrol|sammenligningsgruppe|comparison group/],
  ['unit', /^(?:enhed|enheder|unit|units|maaleenhed|unit of measure)\b/],
  [
    'deadline',
    /frist|deadline|\bsenest|\bdue\b|slutdato|\bnaaes\b|\bby when|\bdue date|^maal ?aar\b|^target year/,
  ],
  ['method', /metode|\bkilde|\bmethod|\bsource|datakilde|opgoerelse|\bmaales\b|measured/],
  ['direction', /retning|direction|hoejere|lavere/],
  ['type', /^(?:type|maaltype|target type|kind)\b/],
  [
    'actual',
    /resultat|faktisk|\bstatus\b|\bactual|realiseret|opnaaet|\baktuel|opgjort|\bresult|achieved|\bnaaet\b/,
  ],
  ['weak-target', /^(?:maal|mal|target|targets|maalet)\b/],
];

/** Every role the header's words suggest, strongest first: the cells decide among them (kinds/kpi/detect.ts). */
export function kpiHeaderRoles(text: string): KpiHeaderRole[] {
  const label = normalizeLabel(text);
  if (label === '') return [];
  return KPI_PATTERNS.filter(([, pattern]) => pattern.test(label)).map(([role]) => role);
}

export function kpiHeaderRole(text: string): KpiHeaderRole | null {
  const label = normalizeLabel(text);
  if (label === '') return null;
  for (const [role, pattern] of KPI_PATTERNS) if (pattern.test(label)) return role;
  return null;
}

/** Lines under a table that are notes, not data: "Note:", "Kilde:", "*", or a stated price level. */
export function isNoteText(text: string): boolean {
  return isNoteLine(text) || normalizeLabel(text).length >= 60;
}

/** A line a note word or a footnote mark opens ("Kilde: ...", "Note: ...", "1) ..."): it says something of the table above it. */
export function isNoteLine(text: string): boolean {
  const label = normalizeLabel(text);
  return (
    /^(?:note|noter|anm|anmaerkning|bemaerk|bemaerkning|kilde|source|obs|fodnote|nb|\*|†)\b/.test(label) ||
    label.startsWith('*') ||
    isFootnoteLine(label)
  );
}

/**
 * A line of words among a table's lines that heads or remarks on the lines under it rather than being one:
 * "Nye deltagere fra 2026:", "* Foreløbige tal", "Se note 1 nedenfor".
 */
export function isHeadingOrNoteLine(text: string): boolean {
  const label = normalizeLabel(text);
  return isNoteLine(text) || /:$/.test(text.trim()) || /^se (?:note|bilag|nedenfor|ovenfor)\b/.test(label);
}

/** Words that open a breakdown line: "heraf kontant", "deraf løn", "herunder", "heraf bl.a. ...". */
export const BREAKDOWN_WORDS: readonly string[] = [
  'heraf',
  'deraf',
  'herunder',
  'heriblandt',
  'hvoraf',
  'of which',
];

const BREAKDOWN = new RegExp(`^(?:${BREAKDOWN_WORDS.join('|')})(?![a-z])`);

/** A label that says its line is part of the line above ("heraf kontant", "- deraf løn"). */
export function isBreakdownLabel(text: string): boolean {
  if (typeof text !== 'string') return false;
  // Every breakdown word starts with h, d or o: a label whose first letter is another ASCII character is
  // none, told without tidying it (a long table asks for every line).
  const first = text.charCodeAt(text.search(/[^-–•·*\s]/)) | 0x20;
  if (first < 0x80 && first !== 0x68 && first !== 0x64 && first !== 0x6f) return false;
  return BREAKDOWN.test(normalizeLabel(text).replace(/^[-–•·*\s]+/, ''));
}

/** Leading spaces of a label as typed ("  heraf kontant"): an indent a reader sees as "part of the line above". */
export function indentOf(raw: unknown): number {
  if (typeof raw !== 'string') return 0;
  const first = raw.charCodeAt(0);
  if (first !== 0x20 && first !== 0xa0 && first !== 0x09) return 0;
  const m = /^[ \u00a0\t]*/.exec(raw);
  return m ? m[0].replace(/\t/g, '    ').length : 0;
}

/** How the sum relations of a block are weighed (reader/sum-relations.ts). */
export const SUM_RELATION = {
  /** A subtotal found by its figures alone sums at least this many lines ... */
  minGroup: 2,
  /** ... and a line sums at most this many lines below it (keeps long blocks fast). */
  maxGroup: 60,
  /** Blocks longer than this are read by their words and grand total only (no search for groups). */
  maxLines: 20_000,
  /** A relation still holds with this many wrong cells ... */
  maxWrongCells: 2,
  /** ... when at least this many columns agree (and more agree than differ). */
  minMatchedWithError: 2,
  /** Amounts follow a key despite a wrong cell when at least this many rows share one ratio ... */
  minAgreeingPairs: 3,
  /** ... and despite two wrong cells only when at least this many rows are compared. */
  minPairsForTwoWrong: 6,
} as const;

/** Words around an amount stated near a table (reader/stated-totals.ts). */
export const STATED_TOTAL = {
  /** An amount after these is no exact total: "ca. 1,5 mio. kr.", "op til 500.000 kr.". */
  hedges: ['ca.', 'cirka', 'op til', 'op mod', 'mindst', 'højst', 'maks', 'max', 'omkring', 'knap', 'godt'],
  /** "2,35 kr. pr. indbygger": a rate per unit of a head-count key. */
  perUnit: ['indbygger', 'borger', 'person', 'elev', 'ansat', 'medlem'],
} as const;

/** How a split laid out across (parties as columns) is looked for (kinds/split/detect-across.ts). */
export const SPLIT_ACROSS = {
  /** A block with more lines of content than this is a list down the rows, never a split across. */
  maxLines: 12,
  /** The parties, a total column and the column of line names: at least this many columns. */
  minColumns: 3,
} as const;

/**
 * When a reading is too contradicted to judge: errors or warnings on at least this many rows, and on at
 * least this share of the table's rows (check/implausible.ts). One or two real errors are always judged.
 */
export const READING_DOUBT = {
  minRows: 3,
  shareOfRows: 0.5,
} as const;

/**
 * Weighing a block's readings against each other (reader/candidates): how far below the top a rival's header
 * may sit, the longest block weighed (longer ones keep the first reading: rivals would cost a detection each,
 * and a table that long is rarely two things at once), and the margin a reading needs over its rival.
 */
export const CANDIDATES = {
  headerSearch: 8,
  maxRows: 2_000,
  /** Lines tried as the start of a second stacked table, at most. */
  maxCuts: 6,
  /** A reading beats another by at least this many sums kept (a broken sum counts two against) ... */
  minMargin: 3,
  /** ... and by at least this share of the better score: two readings closer than that are unsure. */
  shareOfScore: 0.2,
  /** Readings stacked inside a block are weighed this many levels deep (three stacked tables). */
  maxDepth: 3,
} as const;

/**
 * A table typed double-spaced (a blank line after every line, or a blank column after every column) is one
 * table when at least `minRuns` runs stand one blank line apart, every one after the first a single line.
 */
export const SPACED_TABLE = {
  minRuns: 3,
} as const;
