/**
 * Remembers a text function's answers, so a text repeated in thousands of cells (a note copied down a
 * sheet) is normalised once per check rather than once per cell and per table detector. Bounded: the
 * cache starts over past `limit` distinct texts, so memory stays small on huge sheets.
 */
export function memoText(fn: (text: string) => string, limit = 20_000): (text: string) => string {
  let cache = new Map<string, string>();
  return (text: string): string => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const out = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, out);
    return out;
  };
}
