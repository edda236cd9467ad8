import fc from 'fast-check';
import { readNumber } from '../../../src/core/numbers/read-number';
import { readDate } from '../../../src/core/numbers/read-date';

const FORMATS = fc.constantFrom(null, 'General', '0.0%', '#,##0 "kr."', 'dd-mm-yyyy', '0"%"');

/** Strings built from the pieces the grammar cares about, so the odd corners are reached often. */
const numberish = fc
  .array(
    fc.constantFrom(
      ...'0123456789.,- ()%½'.split(''),
      '\u00a0',
      '\u2212',
      'kr.',
      'mio.',
      'pct.',
      'ca. ',
      'mindst ',
      ',-',
      'til',
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('readNumber and readDate never throw', () => {
  it('on arbitrary strings (UTF-16 units and full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), numberish),
        FORMATS,
        (s, format) => {
          const n = readNumber(s, { format });
          const d = readDate(s, { format });
          expect(typeof n.ok).toBe('boolean');
          expect(typeof d.ok).toBe('boolean');
          if (!n.ok) expect(n.message.da.length * n.message.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary JS numbers, reading every finite one', () => {
    fc.assert(
      fc.property(fc.double(), FORMATS, (n, format) => {
        const r = readNumber(n, { format });
        readDate(n, { format });
        expect(r.ok).toBe(Number.isFinite(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('a successful text read is never a silent 0 for text without a zero digit', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        const r = readNumber(s);
        // A dash alone is the accountants' nil, and says so; any other zero was written as one.
        if (r.ok && r.value.digits === 0n && !r.nil) expect(s).toMatch(/0/);
      }),
      { numRuns: 2000 },
    );
  });
});
