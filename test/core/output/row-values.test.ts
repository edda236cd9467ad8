/** The values of Fordel's columns by row read exactly as the Map they replace. */
import { RowValues } from '../../../src/core/output/row-values';

describe('RowValues', () => {
  it('answers get, has and size as a Map of the same rows does', () => {
    const values = new RowValues<number | null>(10);
    const map = new Map<number, number | null>();
    for (const [row, v] of [
      [12, 0.25],
      [10, null],
      [15, 3],
      [12, 0.5],
    ] as const) {
      values.set(row, v);
      map.set(row, v);
    }
    for (let row = 0; row < 20; row++) {
      expect(values.get(row)).toBe(map.get(row));
      expect(values.has(row)).toBe(map.has(row));
    }
    expect(values.size).toBe(map.size);
    expect([...values]).toEqual([...map]);
    expect([...values.keys()]).toEqual([...map.keys()]);
    expect([...values.values()]).toEqual([...map.values()]);
  });

  it('keeps a row above its first row and lists rows in the order they were set', () => {
    const values = new RowValues<string>(5);
    values.set(9, 'total').set(3, 'above').set(6, 'part');
    expect(values.get(3)).toBe('above');
    expect([...values.entries()]).toEqual([
      [9, 'total'],
      [3, 'above'],
      [6, 'part'],
    ]);
    const seen: number[] = [];
    values.forEach((_, row) => seen.push(row));
    expect(seen).toEqual([9, 3, 6]);
  });
});
