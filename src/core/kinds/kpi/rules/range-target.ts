/**
 * A target written as a range ("4,0-4,5", "90-95 %", "5-10.000") read the way its direction allows:
 * - a word that says which way is better ("mindst", "øges", a direction column): the near end is the target,
 *   at least the lower end when higher is better, at most the upper end when lower is better;
 * - no such word: the range is a band, met when the result lies within it. A result short of the band is
 *   judged against the end it has not reached. A result beyond the end where only a direction could say
 *   whether that is good (over the band of a level to reach, under the band of an indicator where lower is
 *   often better) is not judged: the two readings differ, and the row gets an info that asks for the word.
 */
import { compare, type Decimal } from '../../../decimal/decimal';
import { text, type Text } from '../../../findings/finding';
import type { DirectionReading } from './direction';
import type { Comparator, Direction } from './target';

export interface RangeTarget {
  readonly low: Decimal;
  readonly high: Decimal;
  readonly elided: boolean;
}

export type RangeReading =
  | {
      readonly ok: true;
      readonly target: Decimal;
      readonly direction: Direction;
      readonly comparator: Comparator;
      /** How the range was read, for the reading. */
      readonly because: Text;
    }
  | { readonly ok: false; readonly because: Text };

/**
 * `show` formats a figure of the row as its cells show it ("90 %", "4,5"); with `bare` without its unit, for
 * the lower end of a range ("90-95 %").
 */
export function readRangeTarget(
  range: RangeTarget,
  written: string,
  dir: DirectionReading,
  actual: { readonly value: Decimal; readonly cell: string } | null,
  show: (d: Decimal, lang: 'da' | 'en', bare?: boolean) => string,
): RangeReading {
  const q = { da: `»${written}«`, en: `"${written}"` };
  const both = (lang: 'da' | 'en') => `${show(range.low, lang, true)}-${show(range.high, lang)}`;
  const elided = (lang: 'da' | 'en') =>
    range.elided
      ? lang === 'da'
        ? ` (tusinderne gælder begge ender: ${both('da')})`
        : ` (the thousands hold for both ends: ${both('en')})`
      : '';
  if (dir.direction !== null && !dir.byDefault) {
    const up = dir.direction === 'up';
    const end = up ? range.low : range.high;
    return {
      ok: true,
      target: end,
      direction: dir.direction,
      comparator: up ? 'atLeast' : 'atMost',
      because: text(
        `${q.da} læst som ${up ? 'mindst' : 'højst'} ${show(end, 'da')}${elided('da')}, fordi ${dir.because.da}`,
        `${q.en} read as ${up ? 'at least' : 'at most'} ${show(end, 'en')}${elided('en')}, because ${dir.because.en}`,
      ),
    };
  }
  const band = text(
    `${q.da} læst som et interval: målet er nået, når resultatet ligger fra ${show(range.low, 'da')} til ${show(range.high, 'da')}${elided('da')}; intet ord siger, at mere eller mindre er bedre`,
    `${q.en} read as a range: the target is met when the actual lies from ${show(range.low, 'en')} to ${show(range.high, 'en')}${elided('en')}; no word says that more or less is better`,
  );
  const over = actual !== null && compare(actual.value, range.high) > 0;
  const under = actual !== null && compare(actual.value, range.low) < 0;
  // Beyond the end a direction would call good: the band and the direction's reading disagree.
  if ((over && dir.direction === 'up') || (under && dir.direction === null)) {
    const a = (lang: 'da' | 'en') => show(actual!.value, lang);
    const side = over ? { da: 'over', en: 'above' } : { da: 'under', en: 'below' };
    const word = over
      ? { da: `mindst ${show(range.low, 'da')}`, en: `mindst ${show(range.low, 'en')}` }
      : { da: `højst ${show(range.high, 'da')}`, en: `højst ${show(range.high, 'en')}` };
    return {
      ok: false,
      because: text(
        `resultatet ${a('da')} i ${actual!.cell} ligger ${side.da} intervallet ${both('da')}, og intet ord siger, om det er godt eller et mål, der er skudt over. Skriv »${word.da}« i målet, hvis ${over ? 'mere' : 'mindre'} er bedre, eller tilføj en kolonne »Retning«`,
        `the actual ${a('en')} in ${actual!.cell} is ${side.en} the range ${both('en')}, and no word says whether that is good or overshoots the target. Write "${word.en}" in the target if ${over ? 'more' : 'less'} is better, or add a "Retning" column`,
      ),
    };
  }
  // Short of the band or within it: judged against the end on the result's side.
  return over
    ? { ok: true, target: range.high, direction: 'down', comparator: 'atMost', because: band }
    : { ok: true, target: range.low, direction: 'up', comparator: 'atLeast', because: band };
}
