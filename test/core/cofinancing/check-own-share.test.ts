import { checkOwnShare, ownShares } from '../../../src/core/kinds/cofinancing/rules/own-share';
import { decimal } from '../../../src/core/decimal/decimal';
import { perArea, table, tabelB, plain } from './tables';

const two = (own: (number | null)[], state: (number | null)[], ownTotal?: number, stateTotal?: number) =>
  table(
    'S',
    [
      { label: 'Egenfinansiering', type: 'own', amounts: own, total: ownTotal },
      { label: 'Statstilskud', type: 'state', amounts: state, total: stateTotal },
    ],
    null,
    { periods: ['2021', '2022'] },
  );

/** The culture pool's minimum, as a sheet that states it or names the pool gives it. */
const POOL = { minOwnShare: decimal(50) };

describe('checkOwnShare', () => {
  it('accepts the culture agreement: exactly 50 % every year and overall', () => {
    expect(checkOwnShare(tabelB(), POOL)).toEqual([]);
    expect(ownShares(tabelB())).toEqual({
      perPeriod: [decimal(50), decimal(50), decimal(50), decimal(50)],
      overall: decimal(50),
    });
  });

  it('flags 2023 and the whole period when own financing drops to 1.400.000', () => {
    const findings = checkOwnShare(tabelB(1_400_000), POOL);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['cofinancing-below-minimum', 'D2'],
      ['cofinancing-below-minimum', 'F2'],
    ]);
    // 1.400.000 / 2.900.000 = 48,27... %
    expect(findings[0]).toMatchObject({
      severity: 'error',
      expected: '50',
      actual: '48.2',
      related: ['D2:D3'],
    });
    expect(plain(findings[0].message.da)).toContain('48,2 %');
    expect(plain(findings[0].message.da)).toContain('2023');
    expect(plain(findings[0].message.en)).toContain('the minimum is 50%');
    // Overall from the year cells (5.900.000 / 11.900.000), not from the stale row total.
    expect(findings[1]).toMatchObject({ actual: '49.5', related: ['F2:F3'] });
  });

  it('compares exactly: a share a hair under the minimum fails and never shows as 50,0 %', () => {
    const findings = checkOwnShare(two([999_999, 100], [1_000_000, 100]), POOL);
    // 2021 is 49,99... %; overall 1.000.099 / 2.000.199 is also a hair under. No total cells: the label.
    expect(findings.map((f) => f.cell)).toEqual(['B2', 'A2']);
    expect(findings[0].actual).toBe('49.9');
    expect(plain(findings[0].message.da)).not.toContain('50,0');
  });

  it('uses the minimum it is given', () => {
    const input = two([300, 200], [700, 800]); // 30 % and 20 %, 25 % overall
    expect(checkOwnShare(input, { minOwnShare: decimal(25) }).map((f) => f.cell)).toEqual(['C2']);
    expect(checkOwnShare(input, { minOwnShare: decimal(20) })).toEqual([]);
    expect(checkOwnShare(input, { minOwnShare: decimal(255, 1) }).map((f) => f.cell)).toEqual(['C2', 'A2']);
    expect(checkOwnShare(input, POOL).length).toBe(3);
  });

  it('adds all sources other than own financing to the co-financing', () => {
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [500], total: 500 },
        { label: 'Stat', type: 'state', amounts: [300], total: 300 },
        { label: 'EU', type: 'eu', amounts: [100], total: 100 },
        { label: 'Fond', type: 'private', amounts: [101], total: 101 },
      ],
      null,
      { periods: ['2025'] },
    );
    expect(checkOwnShare(input, POOL).map((f) => f.cell)).toEqual(['B2', 'C2']);
    expect(ownShares(input).perPeriod).toEqual([decimal(4995, 2)]);
  });

  it('skips a period with a missing cell, but still judges the rest', () => {
    const input = two([400, null], [600, 100], 400, 700);
    const findings = checkOwnShare(input, POOL);
    // 2021 fails from its cells; overall falls back to the row totals: 400 / 1.100.
    expect(findings.map((f) => f.cell)).toEqual(['B2', 'D2']);
    expect(ownShares(input).perPeriod).toEqual([decimal(40), null]);
  });

  it('leaves breakdowns by area and one-sided tables alone', () => {
    expect(checkOwnShare(perArea('Stat pr. område'), POOL)).toEqual([]);
    const onlyOwn = table('S', [{ label: 'Egen', type: 'own', amounts: [1] }], null, { periods: ['2021'] });
    expect(checkOwnShare(onlyOwn, POOL)).toEqual([]);
    expect(ownShares(onlyOwn)).toEqual({ perPeriod: [null], overall: null });
  });

  it('handles negative amounts without dividing by zero', () => {
    // Own -100 against 300: a negative share, below any minimum.
    const negative = two([-100, 100], [300, -100]);
    const findings = checkOwnShare(negative, POOL);
    // 2022 sums to zero: no share at all. Overall 0 / 200 = 0 %, shown at the label (no total cell).
    expect(findings.map((f) => f.cell)).toEqual(['B2', 'A2']);
    expect(findings[0].actual).toBe('-50');
    expect(ownShares(negative).perPeriod).toEqual([decimal(-50), null]);
  });

  it('holds a table with no minimum to none: 40 % own financing is an info that states the share', () => {
    const input = two([400, 400], [600, 600]);
    const findings = checkOwnShare(input, {});
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['own-share-no-minimum', 'info']]);
    const da = plain(findings[0].message.da);
    expect(da).toContain('40 % i 2021');
    expect(da).toContain('40 % i hele perioden');
    expect(da).toContain('intet minimum');
    expect(plain(findings[0].message.en)).toContain('states no minimum');
  });

  it('says nothing without a minimum when own financing is half or more', () => {
    expect(checkOwnShare(two([500, 600], [500, 400]), {})).toEqual([]);
  });
});
