import fc from 'fast-check';
import { selectFirst } from '../../../src/core/apportion/select';

describe('selectFirst', () => {
  it('puts the first `count` items in front and the count-th exactly at place count-1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (keys, c) => {
          const count = (c % keys.length) + 1;
          // Key descending, then position: a strict total order like the split's tie rule.
          const before = (a: number, b: number) => (keys[a] !== keys[b] ? keys[a] > keys[b] : a < b);
          const items = Uint32Array.from(keys.map((_, i) => i));
          selectFirst(items, count, before);
          const sorted = keys.map((_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1));
          expect(items[count - 1]).toBe(sorted[count - 1]);
          expect([...items.subarray(0, count)].sort((a, b) => a - b)).toEqual(
            sorted.slice(0, count).sort((a, b) => a - b),
          );
        },
      ),
    );
  });

  it('handles already ordered and reversed input of some size', () => {
    const n = 5000;
    for (const dir of [1, -1]) {
      const before = (a: number, b: number) => (dir > 0 ? a < b : a > b);
      const items = Uint32Array.from({ length: n }, (_, i) => i);
      selectFirst(items, 1234, before);
      expect(items[1233]).toBe(dir > 0 ? 1233 : n - 1234);
    }
  });
});
