/**
 * Remembers a text function's answers, so a text repeated in thousands of cells (a note copied down a
 * sheet) is normalised once per check rather than once per cell and per table detector. Bounded: the
 * cache starts over past `limit` distinct texts, so memory stays bounded on huge sheets. The limit is above
 * the distinct names of a 100.000-row column, which several passes read in turn: a smaller cache would be
 * emptied before a name came round again and miss every time.
 *
 * `quick` answers the plain texts (ASCII, nothing to fold) as cheaply as the cache could, so they are not
 * kept: the cache holds only the texts that need work, and a sheet of 300.000 plain names neither fills it
 * nor keeps them all alive for the garbage collector to walk.
 */
export function memoText(
  fn: (text: string) => string,
  limit = 250_000,
  quick?: (text: string) => string | undefined,
): (text: string) => string {
  let cache = new Map<string, string>();
  return (text: string): string => {
    const plain = quick?.(text);
    if (plain !== undefined) return plain;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const out = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, out);
    return out;
  };
}
