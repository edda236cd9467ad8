/** "1.000 kr." beside a title names the unit of the figures; only an amount the words give is a stated total. */
import { findStatedTotal } from '../../../src/core/reader/stated-totals';

describe('a stated total or the unit', () => {
  it.each([
    'Budget 2026 (1.000 kr.)',
    'Fordeling 2026, beløb i 1.000 kr.',
    'Finansiering (mio. kr.)',
    'Udgifter 2026: 1.000 kr.',
  ])('»%s« states no total', (title) => {
    expect(findStatedTotal([title])).toBeNull();
  });

  it.each([
    ['Fordeling af 750.000 kr. efter indbyggertal', 75_000_000n],
    ['Tilskud på 1.000 kr. pr. deltager fordelt på 4 kommuner', null],
    ['Samlet tilskud 1.000 kr. fordelt på kommunerne', 100_000n],
    ['Fordeling af 1.000 kr. (1.000 kr.)', 100_000n],
  ])('»%s« states %s øre', (title, oere) => {
    const found = findStatedTotal([title]);
    if (oere === null) expect(found?.kind).not.toBe('total');
    else expect(found).toMatchObject({ kind: 'total', oere });
  });
});
