/**
 * "101 København", as Statistikbanken writes a municipality, is the municipality's own code, not an account
 * code. Taken for accounts, a split of thirty such names with shares written in mixed forms was read as a
 * budget of lines with no sums, and a swapped amount judged OK with nothing checked (metamorphic
 * bilag-41-gentofte-byttet/951024/header:three-rows+numbers:pct-mixed+names:code-in-label).
 */
import { codesOf } from '../../../src/core/kinds/budget/codes';

describe('municipality codes before the names', () => {
  it('are no account codes', () => {
    const read = codesOf(['101 København', '147 Frederiksberg', '157 Gentofte', '400 Bornholm']);
    expect(read.map((c) => c.digits)).toEqual([null, null, null, null]);
  });

  it("leave account codes, and a code that is not the named municipality's own, as codes", () => {
    const read = codesOf(['5.22.01 Skoler', '00.25.10 Boliger', '147 København']);
    expect(read.map((c) => c.digits)).toEqual(['52201', '002510', '147']);
  });
});
