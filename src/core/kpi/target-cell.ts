/**
 * A target or result cell as finance staff write it: a number, maybe in a percent-formatted cell, with the
 * words around it that say how to read it - "mindst 70", "højst 6", "I alt 50", "min. 50 %",
 * "maks. 300.000 t", "ca. 6000", "10 procentpoint", "12 pp", "+1.500", "fordobles". The words give the
 * operator and the kind of target; the number is read by the ordinary Danish number reader.
 */
import { decimal, type Decimal } from '../decimal/decimal';
import { isCellError, type RawValue } from '../grid/grid';
import { cleanText } from '../numbers/parse-number-text';
import { readNumber, type NumberFail } from '../numbers/read-number';
import { formatDecimals, shownDecimals } from '../numbers/shown-decimals';
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
  /** Decimals the cell shows. */
  readonly decimals: number;
  /** A unit word after the number ("t", "virksomheder"), as written. */
  readonly unitWord?: string;
}

export type TargetCellRead = ({ ok: true } & TargetCell) | NumberFail;

const AT_LEAST = /^(?:mindst|min\.?|minimum|over|mere end|ikke under|op på|at least|min)(?=[\s\d.])\s*/;
const AT_MOST =
  /^(?:højst|maks\.?|max\.?|maksimalt|maksimum|under|mindre end|ikke over|op til|op mod|højest|at most)(?=[\s\d.])\s*/;
const APPROX = /^(?:ca\.?|cirka|circa|omkring|godt|knap|approx\.?)(?=[\s\d.])\s*/;
const NEUTRAL = /^(?:i alt|ialt|samlet|total|til|på|=)(?=[\s\d.])\s*/;
const POINTS =
  /\s*(?:procent-?point(?:s|er)?|pct\.?-?point(?:s|er)?|%-?point(?:s|er)?|pp\.?|percentage points?)$/;
const WORDS: Record<string, number> = {
  fordobles: 100,
  fordobling: 100,
  fordoblet: 100,
  halveres: -50,
  halvering: -50,
  halveret: -50,
  tredobles: 200,
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
      decimals: 0,
    };
  }
  let comparator: Comparator | undefined;
  let operatorWords: string | undefined;
  let approx = false;
  for (let again = true; again;) {
    again = false;
    for (const [re, effect] of [
      [AT_LEAST, 'atLeast'],
      [AT_MOST, 'atMost'],
      [APPROX, 'approx'],
      [NEUTRAL, 'none'],
    ] as const) {
      const m = re.exec(s);
      if (!m) continue;
      if (effect === 'approx') approx = true;
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
  let points = false;
  const pm = POINTS.exec(s);
  if (pm && pm.index > 0) {
    points = true;
    s = s.slice(0, pm.index);
  }
  let read = readNumber(s, { format });
  let unitWord: string | undefined;
  if (!read.ok) {
    // "300.000 t", "1.500 vejledninger": a unit word after the number.
    const m = /^(.*\d[%.]?)\s+([a-zæøå][a-zæøå.\-/ ]{0,30})$/.exec(s);
    if (m) {
      const again = readNumber(m[1], { format });
      if (again.ok) {
        read = again;
        unitWord = m[2].trim();
      }
    }
  }
  if (!read.ok) {
    // Report the cell as the user wrote it.
    return failWithRaw(read, raw);
  }
  const percent = read.unit === 'percent';
  if (relative === 'plus' && percent) relative = 'change';
  const fromFormat = formatDecimals(format);
  return {
    ok: true,
    value: read.value,
    percent,
    points,
    approx: approx || read.approx === true,
    decimals: fromFormat ?? Math.min(read.value.scale, 4),
    ...((comparator ?? boundOf(read.bound)) ? { comparator: comparator ?? boundOf(read.bound) } : {}),
    ...(operatorWords ? { operatorWords } : {}),
    ...(relative ? { relative } : {}),
    ...(unitWord ? { unitWord } : {}),
  };
}

function boundOf(bound: 'min' | 'max' | undefined): Comparator | undefined {
  return bound === 'min' ? 'atLeast' : bound === 'max' ? 'atMost' : undefined;
}

function failWithRaw(read: NumberFail, raw: string): NumberFail {
  const again = readNumber(raw);
  return again.ok || read.code !== 'missing-value' ? read : again;
}
