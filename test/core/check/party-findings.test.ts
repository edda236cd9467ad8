import { partyFindings, UNKNOWN_PARTY_LIMIT } from '../../../src/core/kinds/split/party-findings';
import type { RecheckRow } from '../../../src/core/apportion/recheck';
import { createPartyLookup } from '../../../src/core/parties/party-lookup';

const row = (party: string, i: number): RecheckRow => ({
  party,
  partyCell: `A${i + 2}`,
  weight: null,
  weightCell: `B${i + 2}`,
  amount: null,
  amountCell: `C${i + 2}`,
});

describe('parties that are not municipalities or regions', () => {
  it('are named one by one in a small table, and known names pass', () => {
    const findings = partyFindings(
      'Ark1',
      ['København', 'Aarhus Universitet', 'Høje Tåstrup'].map(row),
      createPartyLookup(),
    );
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['unknown-party', 'A3']]);
  });

  it('are reported once for the column in a large table', () => {
    const rows = Array.from({ length: UNKNOWN_PARTY_LIMIT + 5 }, (_, i) => row(`Virksomhed ${i}`, i));
    const findings = partyFindings('Ark1', rows, createPartyLookup());
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe(`A2:A${UNKNOWN_PARTY_LIMIT + 6}`);
    expect(findings[0].message.da).toContain('15 parter');
  });
});
