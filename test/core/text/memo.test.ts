import { forgetTexts, memoText } from '../../../src/core/text/memo';

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

  // A column longer than the limit, read by several passes in turn: starting over when full would empty the
  // memory just before each name came round again, and every pass would miss.
  it('keeps what it holds past its limit and works out only the other texts again', () => {
    let calls = 0;
    const norm = memoText((s) => {
      calls++;
      return s;
    }, 2);
    for (const s of ['a', 'b', 'c', 'a', 'b', 'c']) expect(norm(s)).toBe(s);
    expect(calls).toBe(4);
  });

  it('forgets every text when a check starts, so one workbook does not fill it for the next', () => {
    let calls = 0;
    const norm = memoText((s) => {
      calls++;
      return s;
    });
    norm('Aarhus');
    forgetTexts();
    norm('Aarhus');
    expect(calls).toBe(2);
  });

  it('keeps no plain text its quick answer covers', () => {
    let calls = 0;
    const norm = memoText(
      (s) => {
        calls++;
        return s.toLowerCase();
      },
      1,
      (s) => (/^[a-z]+$/.test(s) ? s : undefined),
    );
    // The plain texts never take the one place, so the text that needs work stays remembered.
    for (const s of ['aarhus', 'odense', 'Århus', 'vejle', 'Århus']) norm(s);
    expect(calls).toBe(1);
  });
});
