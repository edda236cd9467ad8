import { checkBreakdown, checkBreakdownsAddUp } from '../../../src/core/kinds/cofinancing/rules/breakdown';
import { perArea, plain, table, tabelB } from './tables';

describe('checkBreakdown', () => {
  it('finds the culture agreement breakdowns in agreement with Tabel B', () => {
    expect(checkBreakdown(tabelB(), perArea('Stat pr. område'), 'state')).toEqual([]);
    expect(checkBreakdown(tabelB(), perArea('Egen pr. område'), 'own')).toEqual([]);
  });

  it('does not blame a breakdown that agrees with the summary totals over the one cell that breaks them', () => {
    // Tabel B says 1.400.000 in 2023, but its row total and its 2023 total both still say 1.500.000, and so does
    // the breakdown: D2 is Tabel B's own error (its totals rule names it), not the breakdown's.
    expect(checkBreakdown(tabelB(1_400_000), perArea('Egen pr. område'), 'own')).toEqual([]);
  });

  it('points at the breakdown total and names the summary cell on its sheet', () => {
    // Own financing of 1.400.000 in 2023 in Tabel B, its totals updated, while the own breakdown still says
    // 1.500.000.
    const summary = tabelB(1_400_000);
    summary.rows[0].total = { value: 590_000_000n, cell: 'F2' };
    summary.totalRow!.amounts[2] = { value: 290_000_000n, cell: 'D4' };
    const findings = checkBreakdown(summary, perArea('Egen pr. område'), 'own');
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ['breakdown-mismatch', 'Egen pr. område', 'D5'],
      // and for the whole period: 6.000.000 against Tabel B's updated 5.900.000.
      ['breakdown-mismatch', 'Egen pr. område', 'F5'],
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      expected: '1400000',
      actual: '1500000',
      related: ["'Tabel B'!D2"],
    });
    expect(plain(findings[0].message.da)).toContain('1.500.000 kr. i 2023');
  });

  it('reports a breakdown whose own totals hide the difference', () => {
    // Music 2022 = 500.000, and the breakdown's total row recomputed: 1.400.000 in 2022, 5.900.000 overall.
    const b = perArea('Stat pr. område', 500_000);
    b.totalRow!.amounts[1] = { value: 140_000_000n, cell: 'C5' };
    b.totalRow!.total = { value: 590_000_000n, cell: 'F5' };
    const findings = checkBreakdown(tabelB(), b, 'state');
    expect(findings.map((f) => f.cell)).toEqual(['C5', 'F5']);
    expect(findings[1]).toMatchObject({ expected: '6000000', actual: '5900000', related: ["'Tabel B'!F3"] });
  });

  it('sums the rows when the breakdown has no total row, and pairs periods by label', () => {
    const b = table(
      'Stat',
      [
        { label: 'Unge', type: 'area', amounts: [700_000, 750_000] },
        { label: 'Musik', type: 'area', amounts: [800_000, 750_000] },
      ],
      null,
      { periods: ['2024', '2023'] },
    );
    expect(checkBreakdown(tabelB(), b, 'state')).toEqual([]);
    b.rows[0].amounts[1] = { value: 70_000_000n, cell: 'C2' };
    const [f] = checkBreakdown(tabelB(), b, 'state');
    expect(f).toMatchObject({
      cell: 'C2:C3',
      expected: '1500000',
      actual: '1450000',
      related: ["'Tabel B'!D3"],
    });
  });

  it('says nothing when the summary has no row of that source, or a part is missing', () => {
    expect(checkBreakdown(tabelB(), perArea('EU'), 'eu')).toEqual([]);
    const b = perArea('Stat pr. område');
    b.totalRow!.amounts[0] = null;
    b.rows[1].amounts[0] = null;
    expect(checkBreakdown(tabelB(), b, 'state')).toEqual([]);
  });
});

describe('checkBreakdownsAddUp', () => {
  it('finds the two breakdowns adding up to Tabel B', () => {
    expect(checkBreakdownsAddUp(tabelB(), [perArea('Stat pr. område'), perArea('Egen pr. område')])).toEqual(
      [],
    );
  });

  it('points at the summary total when the breakdowns add up to something else', () => {
    const own = perArea('Egen pr. område', 500_000);
    own.totalRow!.amounts[1] = { value: 140_000_000n, cell: 'C5' };
    own.totalRow!.total = { value: 590_000_000n, cell: 'F5' };
    const findings = checkBreakdownsAddUp(tabelB(), [perArea('Stat pr. område'), own]);
    expect(findings.map((f) => [f.sheet, f.cell])).toEqual([
      ['Tabel B', 'C4'],
      ['Tabel B', 'F4'],
    ]);
    expect(findings[0]).toMatchObject({
      rule: 'breakdown-mismatch',
      expected: '2900000',
      actual: '3000000',
      related: ["'Stat pr. område'!C5", "'Egen pr. område'!C5"],
    });
  });
});
