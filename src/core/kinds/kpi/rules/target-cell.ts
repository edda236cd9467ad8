/**
 * A target or result cell as finance staff write it: a number, maybe in a percent-formatted cell, with the
 * words around it that say how to read it - "mindst 70", "højst 6", "I alt 50", "min. 50 %",
 * "maks. 300.000 t", "ca. 6000", "10 procentpoint", "12 pp", "+1.500", "fordobles". The words give the
 * operator and the kind of target; the number is read by the ordinary Danish number reader.
 */
import { decimal, neg, type Decimal } from '../../../decimal/decimal';
import { isCellError, type RawValue } from '../../../grid/grid';
import { cleanText } from '../../../numbers/parse-number-text';
import { readNumber, type NumberFail, type NumberRead } from '../../../numbers/read-number';
import { readRange, type NumberRange } from '../../../numbers/read-range';
import { formatDecimals, shownDecimals } from '../../../numbers/shown-decimals';
import { dueYearOf } from '../series';
import type { Comparator } from './target';

export interface TargetCell {
  readonly value: Decimal;
  /** Shown as percent (a percent format, or "%", "pct." written). */
  readonly percent: boolean;
  /** Percentage points ("10 procentpoint", "12 pp"). */
  readonly points: boolean;
  /** The operator written in the cell, with the words it came from. */
  readonly comparator?: Comparator;
  readonly operatorWords?: string;
  readonly approx: boolean;
  /** "+1.500": an increase on the baseline; "fordobles"/"halveres": a change in percent. */
  readonly relative?: 'plus' | 'change';
  /** "fordobles", "halveres": a multiple of the baseline, the same whether the baseline is a share or not. */
  readonly multiple?: boolean;
  /** Decimals the cell shows. */
  readonly decimals: number;
  /** A unit word after the number ("t", "virksomheder"), as written. */
  readonly unitWord?: string;
  /** The words that made it a change ("reduktion", "stigning på"), as written. */
  readonly changeWords?: string;
  /**
   * A range target ("4,0-4,5", "90-95 %", "5-10.000"): `value` is its lower end. Only a level is read as a
   * range; a range of changes or points stays a number to be written as one.
   */
  readonly range?: { readonly low: Decimal; readonly high: Decimal; readonly elided: boolean };
}

/**
 * Words where a number should be: "Løbende fremdrift", "afventer Erhvervsstyrelsen", "nærmer sig 20". Not an
 * unreadable number (that is "1.5OO" or "xx") but a statement Fordel cannot judge as a figure.
 */
export interface TargetCellWords {
  readonly ok: false;
  readonly code: 'words';
  /** The words around or instead of the number, lower case. */
  readonly words: string;
  /** True when a number stands among the words ("nærmer sig 20"). */
  readonly hasNumber: boolean;
}

export type TargetCellRead = ({ ok: true } & TargetCell) | NumberFail | TargetCellWords;

const AT_LEAST =
  /^(?:mindst|min\.?|minimum|over|mere end|ikke under|op på|at least|min|≥|>=|>)(?=[\s\d.])\s*/;
const AT_MOST =
  /^(?:højst|maks\.?|max\.?|maksimalt|maksimum|under|mindre end|ikke over|op til|højest|at most|≤|<=|<)(?=[\s\d.])\s*/;
/** "op mod 500" is nearly 500, a level to come close to (domain.md section 4), not a ceiling like "op til". */
const APPROX = /^(?:ca\.?|cirka|circa|omkring|godt|knap|op mod|anslået|approx\.?)(?=[\s\d.])\s*/;
const NEUTRAL = /^(?:i alt|ialt|samlet|total|til|på|alle|=)(?=[\s\d.])\s*/;
/** "stigning på 15 %", "reduceres med 20 %": a change, up or down, before the number. */
const CHANGE_BEFORE =
  /^(?:(?:stigning|vækst|forøgelse|øgning|reduktion|nedgang|fald)\s+(?:på|af)|(?:øges|forøges|stiger|hæves|reduceres|nedbringes|falder|sænkes|mindskes)\s+med)(?=[\s\d.+])\s*/;
/** "10 % stigning", "20 % reduktion", "1.500 flere abonnenter": a change after the number. */
const CHANGE_AFTER =
  /\s+((?:stigning|vækst|forøgelse|øgning|reduktion|nedgang|fald)|(?:flere|færre)(?:\s+[a-zæøå][a-zæøå0-9.\-/ ]{0,30})?)$/;
/**
 * Words after the number that change what it means - a change, a comparison, a rate per year, a figure that
 * is only expected - so the number alone is not the level: "10 pct. højere end kontrolgruppen", "-2 % om året",
 * "52 (foreløbigt)".
 */
const CHANGES_MEANING =
  /(?<!\p{L})(?:stigning|vækst|forøgelse|reduktion|nedgang|fald|flere|færre|mere|mindre|højere|lavere|procentpoint|pp|end|sammenlignet|forhold|ift|om året|pr\.? år|årlig\p{L}*|om måneden|pr\.? måned|månedlig\p{L}*|til|fra|forventet|foreløbig\p{L}*|skøn\p{L}*|estimat\p{L}*|prognose)(?!\p{L})/iu;
const DOWN_CHANGE = /^(?:reduktion|nedgang|fald|reduceres|nedbringes|falder|sænkes|mindskes|færre)/;
const POINTS =
  /\s*(?:procent-?point(?:s|er)?|pct\.?-?point(?:s|er)?|%-?point(?:s|er)?|pp\.?|percentage points?)$/;
const WORDS: Record<string, number> = {
  fordobles: 100,
  fordoble: 100,
  fordobling: 100,
  fordoblet: 100,
  halveres: -50,
  halvere: -50,
  halvering: -50,
  halveret: -50,
  tredobles: 200,
  tredoble: 200,
};

export function readTargetCell(raw: RawValue, format: string | null): TargetCellRead {
  if (typeof raw === 'number' || raw === null || typeof raw === 'boolean' || isCellError(raw)) {
    const read = readNumber(raw, { format });
    if (!read.ok) return read;
    return {
      ok: true,
      value: read.value,
      percent: read.unit === 'percent',
      points: false,
      approx: false,
      decimals: shownDecimals(read.value, format),
    };
  }
  let s = cleanText(String(raw)).toLowerCase();
  const word = WORDS[s.replace(/[.!]$/, '')];
  if (word !== undefined) {
    return {
      ok: true,
      value: decimal(word),
      percent: true,
      points: false,
      approx: false,
      relative: 'change',
      multiple: true,
      decimals: 0,
    };
  }
  const written = s;
  let comparator: Comparator | undefined;
  let operatorWords: string | undefined;
  let changeWords: string | undefined;
  let approx = false;
  for (let again = true; again;) {
    again = false;
    for (const [re, effect] of [
      [AT_LEAST, 'atLeast'],
      [AT_MOST, 'atMost'],
      [APPROX, 'approx'],
      [NEUTRAL, 'none'],
      [CHANGE_BEFORE, 'change'],
    ] as const) {
      const m = re.exec(s);
      if (!m) continue;
      if (effect === 'approx') approx = true;
      else if (effect === 'change') changeWords = m[0].trim();
      else if (effect !== 'none') {
        comparator = effect;
        operatorWords = m[0].trim();
      }
      s = s.slice(m[0].length);
      again = true;
    }
  }
  let relative: TargetCell['relative'];
  if (s.startsWith('+')) {
    relative = 'plus';
    s = s.slice(1).trim();
  }
  const cm = changeWords ? null : CHANGE_AFTER.exec(s);
  if (cm) {
    changeWords = cm[1].trim();
    s = s.slice(0, cm.index);
  }
  let points = false;
  const pm = POINTS.exec(s);
  if (pm && pm.index > 0) {
    points = true;
    s = s.slice(0, pm.index);
  }
  let read = readNumber(s, { format });
  let unitWord: string | undefined;
  const level = !changeWords && !relative && !points;
  let range: NumberRange | null = null;
  if (!read.ok && read.code === 'ambiguous-number' && level) range = readRange(s);
  if (!read.ok && !range) {
    const split = numberThenWords(s, format);
    if (split) {
      // "5-10.000 ufaglærte": a range with the words saying what is counted; any other ambiguous number is
      // the problem, and its finding says so.
      range = split.read.ok || !level ? null : readRange(split.head);
      if (range) unitWord = split.rest;
      else if (!split.read.ok) return failWithRaw(split.read, raw);
      else {
        read = split.read;
        unitWord = split.rest;
      }
    }
  }
  if (range) return rangeCell(range, { comparator, operatorWords, approx, unitWord, format });
  if (!read.ok) {
    // The words left once the operator, approximation and change words are taken off, else all of them.
    const words = wordsOf(s) ?? wordsOf(written);
    if (words) return words;
    // Report the cell as the user wrote it.
    return failWithRaw(read, raw);
  }
  const percent = read.unit === 'percent';
  let value = read.value;
  if (changeWords) {
    relative = percent ? 'change' : 'plus';
    if (DOWN_CHANGE.test(changeWords)) value = neg(value);
  }
  if (relative === 'plus' && percent) relative = 'change';
  const fromFormat = formatDecimals(format);
  return {
    ok: true,
    value,
    percent,
    points,
    approx: approx || read.approx === true,
    decimals: fromFormat ?? Math.min(read.value.scale, 4),
    ...((comparator ?? boundOf(read.bound)) ? { comparator: comparator ?? boundOf(read.bound) } : {}),
    ...(operatorWords ? { operatorWords } : {}),
    ...(relative ? { relative } : {}),
    ...(unitWord ? { unitWord } : {}),
    ...(changeWords ? { changeWords } : {}),
  };
}

/**
 * "300.000 t", "50 mio. kr. i 2025", "385 virksomheder under 3 år", "1.500 1-1 vejledninger": the longest
 * start that reads as a number, and the words after it that say what is counted. Words that change what the
 * number means (CHANGES_MEANING), a second percent, or a bare number after a space ("1 500") give no split.
 * A start that is an ambiguous number ("5-10.000") is returned as its failure.
 */
function numberThenWords(
  s: string,
  format: string | null,
): { read: NumberRead; head: string; rest: string } | null {
  const tokens = s.split(' ');
  for (let k = tokens.length - 1; k >= 1; k--) {
    const rest = tokens.slice(k).join(' ');
    // "42 % (2024)": the year the figure is of (or due), said after it, is words about the figure too.
    const year = dueYearOf(rest) !== null;
    if (/^[+-]?[\d.,]+%?$/.test(tokens[k]) || (!/\p{L}/u.test(rest) && !year)) continue;
    if (CHANGES_MEANING.test(rest) || /%|(?<!\p{L})(?:pct|procent)(?!\p{L})/u.test(rest)) continue;
    const written = tokens.slice(0, k).join(' ');
    const head = readNumber(written, { format });
    const ambiguous = !head.ok && head.code === 'ambiguous-number';
    if (head.ok || (ambiguous && (k === 1 || readRange(written)))) return { read: head, head: written, rest };
  }
  return null;
}

const NUMBER_IN_TEXT = /[+-]?\d[\d.,]*(?:\s*(?:%|pct\.?|procent))?/gu;
/** A word: letters (with . - / ’ inside) and at least three of them; "xx" or "1.5OO" is no word. */
const WORD = /^\p{L}[\p{L}.'’\-/]*$/u;

/** The words of a cell that holds words rather than a mistyped number; null when it holds none. */
function wordsOf(text: string): TargetCellWords | null {
  const hasNumber = /\d/.test(text);
  const words = text.replace(NUMBER_IN_TEXT, ' ').replace(/\s+/g, ' ').trim();
  const isWord = (token: string) => {
    const t = token.replace(/^[("'»«“]+|[)"'»«”,;:!?]+$/gu, '');
    return WORD.test(t) && (t.match(/\p{L}/gu) ?? []).length >= 3;
  };
  if (!words.split(' ').some(isWord)) return null;
  // A digit glued to letters ("1.5OO", "12abc") is a typo in a number, not words about one.
  if (text.split(' ').some((t) => /^[+-]?\d[\d.,]*\p{L}/u.test(t))) return null;
  return { ok: false, code: 'words', words, hasNumber };
}

/** A range read as a level target: its lower end as the value, the range beside it. */
function rangeCell(
  range: NumberRange,
  said: {
    comparator?: Comparator;
    operatorWords?: string;
    approx: boolean;
    unitWord?: string;
    format: string | null;
  },
): { ok: true } & TargetCell {
  const fromFormat = formatDecimals(said.format);
  return {
    ok: true,
    value: range.low,
    percent: range.unit === 'percent',
    points: false,
    approx: said.approx,
    decimals: fromFormat ?? Math.min(Math.max(range.low.scale, range.high.scale), 4),
    range: { low: range.low, high: range.high, elided: range.elided },
    ...(said.comparator ? { comparator: said.comparator } : {}),
    ...(said.operatorWords ? { operatorWords: said.operatorWords } : {}),
    ...(said.unitWord ? { unitWord: said.unitWord } : {}),
  };
}

function boundOf(bound: 'min' | 'max' | undefined): Comparator | undefined {
  return bound === 'min' ? 'atLeast' : bound === 'max' ? 'atMost' : undefined;
}

function failWithRaw(read: NumberFail, raw: string): NumberFail {
  const again = readNumber(raw);
  return again.ok || read.code !== 'missing-value' ? read : again;
}
