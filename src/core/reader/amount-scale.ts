/**
 * The unit a table's amounts are in, when the sheet says so: "t.kr.", "1.000 kr.", "tusind kroner" (1.000),
 * "mio. kr." (1.000.000), "mia. kr." or plainly "kr." (1). The check turns every amount into kroner with it
 * (check/read-cells.ts), so messages, `--json` and Fordel's columns speak of kroner whatever the sheet shows.
 *
 * A unit word states the unit only where it stands alone: "(t.kr.)", "Beløb i 1.000 kr.", "mio. kr." in a
 * cell of its own. After a number it is an amount ("budget på 17,5 mio. kr.", "500 t.kr."), and "kr."
 * before a number is one too ("kr. 250.000"): neither says what the table's figures are in.
 */

/** Kroner per unit, by the words that name it; the longer words are tried first. */
const UNIT_WORDS: readonly { readonly re: RegExp; readonly scale: number }[] = [
  { re: /\bmia\.?\s?kr\b\.?|\bmilliard(?:er)?\s?kr(?:oner|\.)?/giu, scale: 1_000_000_000 },
  {
    re: /\bmio\.?\s?kr\b\.?|\bmill?\.\s?kr\b\.?|\bmillion(?:er)?\s?kr(?:oner|\.)?|\bmDKK\b|\bDKK\s?(?:m|mio\.?)(?![\p{L}])|\bmio\.?\s?DKK\b/giu,
    scale: 1_000_000,
  },
  {
    re: /\bt\.?\s?kr\b\.?|\btkr\b\.?|\bTDKK\b|(?<![\d.,])1\.000\s?kr\b\.?|(?<![\d.,])1\.000\s?DKK\b|\btusind(?:e)?\s?kr(?:oner|\.)?|\bDKK\s?['’]?000\b|\bkr\.?\s?\(1\.000\)/giu,
    scale: 1_000,
  },
  { re: /\bkr\b\.?|\bkroner\b|\bDKK\b/giu, scale: 1 },
];

/** A number right before a unit word makes it an amount: "17,5 mio. kr.", "500 t.kr.", "½ mio. kr.". */
const NUMBER_BEFORE = /[\d½¼¾](?:\s*[-–]\s*\d+)?\s*$/u;
/** A number right after "kr." or "DKK" makes it a prefixed amount: "kr. 250.000", "DKK 1,500". */
const NUMBER_AFTER = /^\s*[-−]?\d/u;
/** "afrundet til hele t.kr.": amounts in kroner, rounded; not the unit they are written in. */
const ROUNDED_TO = /\b(?:hele|nærmeste|nearest)\s*$/iu;
/** "1.000 kr." is a unit only after "i", "(", a comma or alone; "tilskud på 1.000 kr." is an amount. */
const UNIT_THOUSAND_LEAD = /(?:^|[(,;:/]|\bi|\bin)\s*$/iu;

/**
 * The scale one piece of text states, or undefined. The first statement in the text wins, and a scale
 * outweighs a plain "kr." as it does across texts (findAmountScale): "Kr. (mio. kr.)" is in millions.
 */
export function statedScale(text: string): number | undefined {
  const taken: [number, number][] = [];
  let best: { at: number; scale: number } | undefined;
  const before = (at: number, scale: number) =>
    !best || (scale !== 1 && best.scale === 1) || (at < best.at && (scale !== 1) === (best.scale !== 1));
  for (const { re, scale } of UNIT_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // A shorter word inside a longer one already tried ("kr" in "t.kr.") is not a statement of its own.
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      if (!isStatement(text, start, end, m[0])) continue;
      if (before(start, scale)) best = { at: start, scale };
    }
  }
  return best?.scale;
}

/** "(1.000 kr.)", "Beløb i 1.000 kr.": the words at `start` name the unit t.kr., not an amount of 1.000 kr. */
export function namesThousandUnit(text: string, start: number): boolean {
  return (
    /^1\.000\s?(?:kr\b|kroner|dkk\b)/iu.test(text.slice(start)) &&
    UNIT_THOUSAND_LEAD.test(text.slice(0, start))
  );
}

function isStatement(text: string, start: number, end: number, word: string): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/^1\.000/.test(word)) return UNIT_THOUSAND_LEAD.test(before);
  if (NUMBER_BEFORE.test(before) || ROUNDED_TO.test(before)) return false;
  if (/^(?:kr|dkk)/i.test(word) && NUMBER_AFTER.test(after)) return false;
  return true;
}

/**
 * The unit the texts state, nearest first (a column's own header before the table's header, its title and its
 * notes). "t.kr." or "mio. kr." anywhere outweighs a plain "kr.": that names the currency and is often left
 * from the template ("Beløb (kr.)" under a title in t.kr.), while a scale is written on purpose. Undefined
 * when none says: the amounts are then taken as kroner, as they always were.
 */
export function findAmountScale(texts: readonly string[]): number | undefined {
  let plain: number | undefined;
  for (const t of texts) {
    const scale = statedScale(t);
    if (scale !== undefined && scale !== 1) return scale;
    plain ??= scale;
  }
  return plain;
}
