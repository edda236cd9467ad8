/**
 * The grammar of numbers as Danish finance staff type or paste them: "1.500.000,50", "kr. 250.000",
 * "3,5 mio. kr.", "½ mio.", "12 pct.", "ca. 6000", "(1.234)". Danish uses '.' for thousands and
 * ',' for decimals; anything that could also be read the English way is reported as ambiguous,
 * never guessed.
 */
import { mul, neg, parsePlainDecimal, pow10, type Decimal } from '../decimal/decimal';

export type NumberUnit = 'none' | 'kr' | 'percent';

export type AmbiguityReason = 'decimal-point' | 'english-thousands' | 'english-format' | 'range';

export type TextParse =
  | { kind: 'ok'; value: Decimal; unit: NumberUnit; approx: boolean; bound?: 'min' | 'max' }
  | { kind: 'ambiguous'; reason: AmbiguityReason }
  | { kind: 'invalid' }
  | { kind: 'empty' };

type DigitsParse =
  { kind: 'ok'; value: Decimal } | { kind: 'ambiguous'; reason: AmbiguityReason } | { kind: 'invalid' };

const INVALID = { kind: 'invalid' } as const;

/** Words in front of a number that soften or bound it; each must end in '.' or a space. */
const QUALIFIER =
  /^(ca|cirka|circa|omkring|godt|knap|mindst|minimum|min|op mod|op til|højst|maksimalt|maksimum|maks|max)(?:\.\s*|\s+)/;
const QUALIFIER_EFFECT: Record<string, 'approx' | 'min' | 'max'> = {
  ca: 'approx',
  cirka: 'approx',
  circa: 'approx',
  omkring: 'approx',
  godt: 'approx',
  knap: 'approx',
  mindst: 'min',
  minimum: 'min',
  min: 'min',
  'op mod': 'max',
  'op til': 'max',
  højst: 'max',
  maksimalt: 'max',
  maksimum: 'max',
  maks: 'max',
  max: 'max',
};

const PREFIX_CURRENCY = /^(?:kr\.|kr(?=[\s\d(\-−–])|dkk(?=[\s\d(\-−–]))\s*/;
const SIGN = /^[-−–÷]\s*/;
/**
 * A minus after the figure, as SAP and KMD Opus export negatives ("20.000-"). Not after a bare year
 * ("2024-" is a period from 2024) nor after ",-" (whole kroner, see SUFFIXES).
 */
const TRAILING_MINUS = /^(?!(?:19|20)\d\d\s?[-−]$)(.*\d)\s?[-−]$/;

/** "÷20.000" (the Danish minus of typed accounts) and "20.000-" as "-20.000": one sign, in front. */
export function signInFront(text: string): string {
  const t = text.trim();
  if (t.startsWith('÷')) return `-${t.slice(1).trimStart()}`;
  const m = TRAILING_MINUS.exec(t);
  return m ? `-${m[1]}` : t;
}

interface Suffix {
  readonly re: RegExp;
  readonly unit?: NumberUnit;
  readonly power?: number;
  /** A Danish-only word ("mio.", "mia.", "t.kr."): a comma before it can only be a decimal comma. */
  readonly danish?: boolean;
}

/** Trailing words, tried longest-meaning first ("t.kr." before "kr."). Each may appear once. */
const SUFFIXES: readonly Suffix[] = [
  { re: /\s*(?:t\.\s?kr\.?|tkr\.?|tusinde? kr\.?)$/, unit: 'kr', power: 3, danish: true },
  { re: /\s*(?:kr\.?|kroner|dkk)$/, unit: 'kr' },
  // "million" alone is English too ("1,500 million"), so it does not settle the comma.
  { re: /\s*million$/, power: 6 },
  { re: /\s*(?:mio|mill|millioner)\.?$/, power: 6, danish: true },
  { re: /\s*(?:mia|mrd|milliarder|milliard)\.?$/, power: 9, danish: true },
  { re: /\s*tusinde?$/, power: 3, danish: true },
  { re: /\s*(?:%|pct\.?|procent)$/, unit: 'percent' },
  // "250.000,-" is whole kroner written the way cheques and price lists do.
  { re: /[,.]-$/, unit: 'kr' },
];

const RANGE = /^([\d.,\s½¼¾]*[\d½¼¾])\s*(?:[-−–—]|\s+til\s+)\s*([\d½¼¾][\d.,\s½¼¾]*)$/;
const FRACTION = /^(\d*)\s?([½¼¾])$/;
const FRACTION_VALUE: Record<string, string> = { '½': '5', '¼': '25', '¾': '75' };

/** Spaces of every kind (no-break, narrow no-break, thin) become one plain space; invisibles go. */
export function cleanText(raw: string): string {
  return raw
    .replace(/\u200b|\u200c|\u200d|\u2060|\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `decimalComma`: the context settles that a comma is the decimal mark ("1,250" among "0,875" and "12,5"
 * in one column), as a Danish-only word beside the number would.
 */
export function parseNumberText(raw: string, opts: { decimalComma?: boolean } = {}): TextParse {
  let s = signInFront(cleanText(raw).toLowerCase());
  if (s === '') return { kind: 'empty' };

  let approx = false;
  let bound: 'min' | 'max' | undefined;
  for (let m = QUALIFIER.exec(s); m; m = QUALIFIER.exec(s)) {
    const effect = QUALIFIER_EFFECT[m[1]];
    if (effect === 'approx') approx = true;
    else if (bound && bound !== effect) return INVALID;
    else bound = effect;
    s = s.slice(m[0].length);
  }

  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    // Accounting style: (1.234) is minus 1.234.
    negative = true;
    s = paren[1].trim();
  }

  let unit: NumberUnit = 'none';
  let power = 0;
  let danish = opts.decimalComma === true;
  let signSeen = false;
  for (let again = true; again;) {
    again = false;
    const cur = unit === 'none' ? PREFIX_CURRENCY.exec(s) : null;
    if (cur) {
      unit = 'kr';
      s = s.slice(cur[0].length);
      again = true;
    }
    const sign = signSeen ? null : SIGN.exec(s);
    if (sign) {
      if (negative) return INVALID;
      negative = signSeen = again = true;
      s = s.slice(sign[0].length);
    }
  }

  const used = new Set<Suffix>();
  for (let again = true; again;) {
    again = false;
    for (const suffix of SUFFIXES) {
      if (used.has(suffix)) continue;
      const m = suffix.re.exec(s);
      if (!m || m.index === 0) continue;
      if (suffix.unit) {
        if (unit !== 'none' && unit !== suffix.unit) return INVALID;
        unit = suffix.unit;
      }
      if (suffix.power) {
        if (power) return INVALID;
        power = suffix.power;
      }
      if (suffix.danish) danish = true;
      used.add(suffix);
      s = s.slice(0, m.index);
      again = true;
      break;
    }
  }
  // "3 mio. %" or "12 % kr." mean nothing.
  if (unit === 'percent' && power) return INVALID;

  const body = s.trim();
  if (RANGE.test(body)) return { kind: 'ambiguous', reason: 'range' };
  const parsed = parseBody(body, danish);
  if (parsed.kind !== 'ok') return parsed;

  let value = power ? mul(parsed.value, { digits: pow10(power), scale: 0 }) : parsed.value;
  if (negative) value = neg(value);
  return bound ? { kind: 'ok', value, unit, approx, bound } : { kind: 'ok', value, unit, approx };
}

function parseBody(body: string, danish: boolean): DigitsParse {
  const frac = FRACTION.exec(body);
  if (frac) {
    const value = parsePlainDecimal(`${frac[1] || '0'}.${FRACTION_VALUE[frac[2]]}`);
    return value ? { kind: 'ok', value } : INVALID;
  }
  return parseDigits(body, danish);
}

/**
 * Digits with Danish separators. `danish` says the words around the number were Danish-only
 * ("7,175 mio. kr."), which settles a comma followed by three digits as a decimal comma.
 */
export function parseDigits(body: string, danish = false): DigitsParse {
  const plain = (int: string, frac = ''): DigitsParse => {
    const value = parsePlainDecimal(frac ? `${int}.${frac}` : int);
    return value ? { kind: 'ok', value } : INVALID;
  };

  if (body.includes(' ')) {
    // "1 500 000" or "1 500 000,50": spaces only ever separate thousands.
    const m = /^([1-9]\d{0,2}(?: \d{3})+)(?:([.,])(\d+))?$/.exec(body);
    if (!m) return INVALID;
    if (m[2] === '.') return { kind: 'ambiguous', reason: 'decimal-point' };
    return plain(m[1].replace(/ /g, ''), m[3]);
  }
  if (/^\d+$/.test(body)) return plain(body);

  let m = /^(\d+),(\d+)$/.exec(body);
  if (m) {
    // "1,500" is 1,5 in Danish but 1500 in English; "12,50" or "0,125" can only be Danish.
    if (!danish && /^[1-9]\d{0,2},\d{3}$/.test(body))
      return { kind: 'ambiguous', reason: 'english-thousands' };
    return plain(m[1], m[2]);
  }

  m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  if (m) {
    if (body.startsWith('0')) {
      // "0.500" is no thousands grouping; it is an English decimal point.
      return /^0\.\d{3}$/.test(body) ? { kind: 'ambiguous', reason: 'decimal-point' } : INVALID;
    }
    return plain(m[1].replace(/\./g, ''), m[2]);
  }

  // One point not followed by a thousands group: "3.5", "3.50", "1234.567".
  if (/^\d+\.\d+$/.test(body)) return { kind: 'ambiguous', reason: 'decimal-point' };
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(body)) return { kind: 'ambiguous', reason: 'english-format' };
  return INVALID;
}
