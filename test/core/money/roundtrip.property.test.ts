import fc from 'fast-check';
import { formatKroner, formatNumber } from '../../../src/core/money/format';
import { kronerToOere, oereToKroner } from '../../../src/core/money/oere';
import { readNumber } from '../../../src/core/numbers/read-number';

/** Up to 10^15 kroner either way, in øre. */
const OERE = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });

describe('Danish formatting reads back as the same amount', () => {
  it.each(['auto', 2] as const)('formatKroner(da, decimals %p) then readNumber', (decimals) => {
    fc.assert(
      fc.property(OERE, fc.boolean(), (oere, suffix) => {
        const shown = formatKroner(oere, 'da', { decimals, suffix });
        const r = readNumber(shown);
        if (!r.ok) throw new Error(`${shown}: ${r.message.en}`);
        expect(kronerToOere(r.value)).toBe(oere);
        expect(r.unit).toBe(suffix ? 'kr' : 'none');
      }),
      { numRuns: 1000 },
    );
  });

  it('formatNumber(da) then readNumber', () => {
    fc.assert(
      fc.property(OERE, (oere) => {
        const r = readNumber(formatNumber(oereToKroner(oere), 'da'));
        expect(r.ok && kronerToOere(r.value)).toBe(oere);
      }),
      { numRuns: 1000 },
    );
  });

  it('English formatting is never silently taken for Danish', () => {
    // "DKK 1,234.50" must come back ambiguous or as the same amount, never as another number.
    fc.assert(
      fc.property(OERE, (oere) => {
        const r = readNumber(formatKroner(oere, 'en', { decimals: 2 }));
        if (r.ok) expect(kronerToOere(r.value)).toBe(oere);
        else expect(r.code).toBe('ambiguous-number');
      }),
      { numRuns: 1000 },
    );
  });
});
