/**
 * Reads a target as written in a contract or strategy into type, value and direction:
 *   "Kendskabsgraden øges til 50 %"                      -> level 50, up
 *   "NPS på mindst 70"                                   -> level 70, up, atLeast
 *   "1.500 1-1 vejledninger"                             -> level 1500, up
 *   "10 % stigning sammenlignet med 2025"                -> change 10, baselineYear 2025
 *   "fra 1,7 % til 2,5 % om året i 2020"                 -> level 2.5 with baseline 1.7
 *   "mindst 10 procentpoint højere ... end kontrolgruppen" -> pp 10, up, atLeast
 *   "CO2-udledningen reduceres med 20 %"                 -> change -20, down
 * Rules, in order: percentage points make a pp target; "fra X til Y" a level Y with baseline X; a
 * percent together with a word of change ("stigning", "øges med", "reduceres med") a change target,
 * negative for words of reduction; anything else with a number a level. Years after words like
 * "i", "sammenlignet med" or "siden" are years, not values. Null when no value can be found.
 */
import { compare, neg, parsePlainDecimal, type Decimal } from '../../../decimal/decimal';
import type { Comparator, Direction, TargetType } from './target';

export interface InterpretedTarget {
  type: TargetType;
  value: Decimal;
  direction: Direction;
  baselineYear?: number;
  comparator?: Comparator;
  /** For "fra X til Y": the X. */
  baseline?: Decimal;
}

const NUMBER = String.raw`(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])`;
const YEAR_BEFORE = String.raw`(?:sammenlignet med|i forhold til|ift\.?|siden|inden|senest|udgangen af|primo|ultimo|medio|år|end i|i)`;
const YEAR = new RegExp(String.raw`(\b${YEAR_BEFORE}\s+)((?:19|20)\d{2})(?![\d.,])`, 'giu');
const BASELINE_YEAR =
  /(?:sammenlignet med|i forhold til|ift\.?|siden|end i|baseline(?:år)?)\s+(?:(?:året|år)\s+)?((?:19|20)\d{2})/iu;
const PERCENT_AFTER = /^\s*(?:%|pct\b|pct\.|procent\b)/iu;
const PP = /procent-?point|pct\.?-?point|%-point|\bpp\b/iu;
const FROM_TO = new RegExp(String.raw`\bfra\s+${NUMBER}\s*(?:%|pct\.?|procent)?\s+til\s+${NUMBER}`, 'iu');
const CHANGE_WORD =
  /stigning|stige|\bvækst|(?<!\p{L})(?:for)?øge[st]?\s+med|\bhæve[st]?\s+med|reduce|reduktion|\bfald|nedbring|nedsæt|\bsænke|\bmindske|halver/iu;
const DOWN_WORD =
  /reduce|reduktion|\bfald|nedbring|nedsæt|\bsænke|\bmindske|halver|\blavere\b|\bfærre\b|\bmindre\b/iu;
const AT_MOST = /\bhøjst\b|\bmaksimalt\b|\bmaks\b\.?|\bikke over\b|\bunder\b|\bop til\b/iu;
const AT_LEAST = /\bmindst\b|\bminimum\b|\bikke under\b|\bover\b|\bmere end\b/iu;

/** Danish number text: "1.500" = 1500, "2,5" = 2.5; "3.5" (one or two digits after a point) = 3.5. */
function danishNumber(s: string): Decimal | null {
  const plain = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)
    ? s.replace(/\./g, '').replace(',', '.')
    : s.replace(',', '.');
  return parsePlainDecimal(plain);
}

export function interpretTarget(text: string): InterpretedTarget | null {
  const baselineYear = Number(BASELINE_YEAR.exec(text)?.[1]) || undefined;
  // Blank out years (keeping positions) so they are never taken as the value.
  const t = text.replace(YEAR, (_m, before: string, year: string) => before + ' '.repeat(year.length));

  const fromTo = FROM_TO.exec(t);
  if (fromTo) {
    const from = danishNumber(fromTo[1]);
    const to = danishNumber(fromTo[2]);
    if (from && to) {
      const up = compare(to, from) >= 0;
      return withYear(
        {
          type: 'level',
          value: to,
          baseline: from,
          direction: up ? 'up' : 'down',
          comparator: up ? 'atLeast' : 'atMost',
        },
        baselineYear,
      );
    }
  }

  const m = new RegExp(NUMBER, 'u').exec(t);
  const value = m ? danishNumber(m[1]) : null;
  if (!m || !value) return null;
  const down = DOWN_WORD.test(t);
  const explicit: Comparator | undefined = AT_MOST.test(t)
    ? 'atMost'
    : AT_LEAST.test(t)
      ? 'atLeast'
      : undefined;

  if (PP.test(t)) {
    const direction: Direction = down ? 'down' : 'up';
    return withYear(
      { type: 'pp', value, direction, comparator: explicit ?? (direction === 'up' ? 'atLeast' : 'atMost') },
      baselineYear,
    );
  }

  const percent = PERCENT_AFTER.test(t.slice(m.index + m[0].length));
  const levelTo = /\btil\s*$/iu.test(t.slice(0, m.index));
  if (percent && CHANGE_WORD.test(t) && !levelTo) {
    return withYear(
      {
        type: 'change',
        value: down ? neg(value) : value,
        direction: down ? 'down' : 'up',
        comparator: explicit,
      },
      baselineYear,
    );
  }

  const direction: Direction = explicit === 'atMost' || (down && explicit !== 'atLeast') ? 'down' : 'up';
  return withYear({ type: 'level', value, direction, comparator: explicit }, baselineYear);
}

function withYear(t: InterpretedTarget, baselineYear: number | undefined): InterpretedTarget {
  const out: InterpretedTarget = { ...t };
  if (out.comparator === undefined) delete out.comparator;
  if (baselineYear !== undefined) out.baselineYear = baselineYear;
  return out;
}
