/**
 * A column's values by sheet row, for the columns Fordel writes beside a table. It reads like a Map, but
 * keeps the values in an array from the table's first row: a Map of every row of a 1.000.000-row split,
 * three columns over, costs more time and memory than the rest of the column's work.
 */
export class RowValues<V> implements ReadonlyMap<number, V> {
  /** Values at row - first; undefined where the row has none. */
  private readonly byRow: (V | undefined)[] = [];
  /** Rows in the order they were set, as a Map would list them. */
  private readonly order: number[] = [];
  /** Rows above the first (none in practice), so no row is ever lost. */
  private readonly above = new Map<number, V>();

  constructor(private readonly first: number) {}

  set(row: number, value: V): this {
    if (!Number.isInteger(row) || row < this.first) {
      if (!this.above.has(row)) this.order.push(row);
      this.above.set(row, value);
      return this;
    }
    const at = row - this.first;
    // Rows come in order: past the end is new, and is not read (a read past an array's end is slow).
    if (at >= this.byRow.length || this.byRow[at] === undefined) this.order.push(row);
    this.byRow[at] = value;
    return this;
  }

  get(row: number): V | undefined {
    if (!Number.isInteger(row) || row < this.first) return this.above.get(row);
    const at = row - this.first;
    return at < this.byRow.length ? this.byRow[at] : undefined;
  }

  has(row: number): boolean {
    return this.get(row) !== undefined;
  }

  get size(): number {
    return this.order.length;
  }

  forEach(fn: (value: V, row: number, map: ReadonlyMap<number, V>) => void, thisArg?: unknown): void {
    for (const row of this.order) fn.call(thisArg, this.get(row) as V, row, this);
  }

  *entries(): MapIterator<[number, V]> {
    for (const row of this.order) yield [row, this.get(row) as V];
  }

  *keys(): MapIterator<number> {
    yield* this.order;
  }

  *values(): MapIterator<V> {
    for (const row of this.order) yield this.get(row) as V;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}
