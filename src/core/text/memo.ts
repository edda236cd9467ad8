/**
 * Remembers a text function's answers, so a text repeated in thousands of cells (a note copied down a
 * sheet) is normalised once per check rather than once per cell and per table detector.
 *
 * Bounded, and it does not thrash: once `limit` distinct texts are held, further texts are worked out each
 * time and not kept, so the detectors' passes over a column longer than the limit still find the first
 * `limit` names (starting over instead would empty it just before each name came round again, and every
 * pass would miss). Each check starts with an empty memory (forgetTexts), so a folder of workbooks does
 * not keep the first one's texts, and the limit is one workbook's.
 *
 * `quick` answers the plain texts (ASCII, nothing to fold) as cheaply as the cache could, so they are not
 * kept: the cache holds only the texts that need work, and a sheet of 300.000 plain names neither fills it
 * nor keeps them all alive for the garbage collector to walk.
 */
const memories: Map<string, unknown>[] = [];

export function memoText(
  fn: (text: string) => string,
  limit = 250_000,
  quick?: (text: string) => string | undefined,
): (text: string) => string {
  const cache = new Map<string, string>();
  memories.push(cache);
  return (text: string): string => {
    const plain = quick?.(text);
    if (plain !== undefined) return plain;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const out = fn(text);
    if (cache.size < limit) cache.set(text, out);
    return out;
  };
}

/**
 * The same memory for a text's answer of any kind (a yes or no, a label or null): for the label tests every
 * detector asks of the same cells, each over every row it tries as a header.
 */
export function memoOfText<T>(fn: (text: string) => T, limit = 250_000): (text: string) => T {
  const cache = new Map<string, T>();
  memories.push(cache);
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const out = fn(text);
    if (cache.size < limit) cache.set(text, out);
    return out;
  };
}

/** Empties every text memory: called as a check starts, so what it holds is that workbook's texts. */
export function forgetTexts(): void {
  for (const cache of memories) cache.clear();
}
