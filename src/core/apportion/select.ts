/**
 * Partial ordering for the largest-remainder hand-out: only the first `count` parties in the order
 * matter, so a quickselect (average linear time) replaces a full sort of a million rows.
 */

/**
 * Rearranges `items` so that places 0..count-1 hold the `count` first items by `before` and place
 * count-1 holds exactly the count-th first. `before` must be a strict total order (no two items
 * equal), which the split's tie rule (remainder, weight, position) guarantees.
 */
export function selectFirst(
  items: Uint32Array,
  count: number,
  before: (a: number, b: number) => boolean,
): void {
  const target = count - 1;
  if (target < 0 || target >= items.length) return;
  let lo = 0;
  let hi = items.length - 1;
  // Median-of-three keeps sorted and reverse-sorted input linear; past this budget the rest is sorted.
  let budget = 2 * Math.ceil(Math.log2(items.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0) {
      sortRange(items, lo, hi, before);
      return;
    }
    const p = partition(items, lo, hi, medianOfThree(items, lo, hi, before), before);
    if (p === target) return;
    if (p < target) lo = p + 1;
    else hi = p - 1;
  }
}

function medianOfThree(
  items: Uint32Array,
  lo: number,
  hi: number,
  before: (a: number, b: number) => boolean,
): number {
  const mid = lo + ((hi - lo) >> 1);
  const a = items[lo];
  const b = items[mid];
  const c = items[hi];
  if (before(a, b)) {
    if (before(b, c)) return mid;
    return before(a, c) ? hi : lo;
  }
  if (before(a, c)) return lo;
  return before(b, c) ? hi : mid;
}

/** Lomuto partition: returns the pivot's final place; items before it come first by `before`. */
function partition(
  items: Uint32Array,
  lo: number,
  hi: number,
  pivotAt: number,
  before: (a: number, b: number) => boolean,
): number {
  const pivot = items[pivotAt];
  items[pivotAt] = items[hi];
  items[hi] = pivot;
  let store = lo;
  for (let i = lo; i < hi; i++) {
    const v = items[i];
    if (before(v, pivot)) {
      items[i] = items[store];
      items[store] = v;
      store++;
    }
  }
  items[hi] = items[store];
  items[store] = pivot;
  return store;
}

function sortRange(
  items: Uint32Array,
  lo: number,
  hi: number,
  before: (a: number, b: number) => boolean,
): void {
  const part = Array.from(items.subarray(lo, hi + 1)).sort((a, b) => (before(a, b) ? -1 : 1));
  items.set(part, lo);
}
