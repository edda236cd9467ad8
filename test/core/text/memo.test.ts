import { memoText } from '../../../src/core/text/memo';

describe('memoText', () => {
  it('answers a repeated text from memory, with the same result', () => {
    let calls = 0;
    const upper = memoText((s) => {
      calls++;
      return s.toUpperCase();
    });
    expect(upper('Aarhus')).toBe('AARHUS');
    expect(upper('Aarhus')).toBe('AARHUS');
    expect(calls).toBe(1);
  });

  // The table detectors, the check and the diagnoses each read the party column: on a 100.000-row
  // split every name comes back several times, and a cache smaller than the column misses every time.
  it('keeps every name of a 100.000-row column between passes', () => {
    let calls = 0;
    const norm = memoText((s) => {
      calls++;
      return s.trim();
    });
    const names = Array.from({ length: 100_000 }, (_, i) => `Forening ${i + 1}`);
    for (let pass = 0; pass < 3; pass++) for (const n of names) norm(n);
    expect(calls).toBe(names.length);
  });

  it('starts over past its limit instead of growing without end', () => {
    let calls = 0;
    const norm = memoText((s) => {
      calls++;
      return s;
    }, 2);
    for (const s of ['a', 'b', 'c', 'a']) norm(s);
    expect(calls).toBe(4);
  });
});
