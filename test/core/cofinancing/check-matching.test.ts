import { checkMatching } from '../../../src/core/kinds/cofinancing/rules/matching';
import { decimal } from '../../../src/core/decimal/decimal';
import { perArea, plain, table, tabelB } from './tables';

const ONE = decimal(1);

describe('checkMatching', () => {
  it('is off unless a ratio is given', () => {
    expect(checkMatching(tabelB(1_400_000))).toEqual([]);
    expect(checkMatching(tabelB(1_400_000), { matchingRatio: null })).toEqual([]);
  });

  it('accepts krone-til-krone in the culture agreement', () => {
    expect(checkMatching(tabelB(), { matchingRatio: ONE })).toEqual([]);
  });

  it('says how many kroner of own financing are missing, per year and overall', () => {
    const findings = checkMatching(tabelB(1_400_000), { matchingRatio: ONE });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['matching-shortfall', 'D2'],
      ['matching-shortfall', 'F2'],
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      expected: '1500000',
      actual: '1400000',
      related: ['D3'],
    });
    expect(plain(findings[0].message.da)).toContain('så der mangler 100.000 kr.');
    expect(plain(findings[0].message.en)).toContain('DKK 100,000 is missing');
    // Overall 5.900.000 own against 6.000.000 from the state.
    expect(findings[1]).toMatchObject({ expected: '6000000', actual: '5900000', related: ['F3'] });
  });

  it('matches own financing against all other sources together', () => {
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [1000] },
        { label: 'Stat', type: 'state', amounts: [600] },
        { label: 'Kommuner', type: 'municipal', amounts: [500] },
      ],
      null,
      { periods: ['2025'] },
    );
    // 1.000 against 1.100 fails 1:1; a ratio of 0,5 asks only 550.
    expect(checkMatching(input, { matchingRatio: ONE }).map((f) => f.cell)).toEqual(['B2', 'A2']);
    expect(checkMatching(input, { matchingRatio: decimal(5, 1) })).toEqual([]);
  });

  it('rounds the required amount up to whole øre', () => {
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [333] },
        { label: 'Stat', type: 'state', amounts: [1000] },
      ],
      null,
      { periods: ['2025'] },
    );
    // 1/3 of 1.000 kr. is 333,333... kr.: 333,34 kr. is required, 0,34 kr. missing.
    const [f] = checkMatching(input, { matchingRatio: { digits: 3333333n, scale: 7 } });
    expect(f).toMatchObject({ expected: '333.34', actual: '333' });
    expect(plain(f.message.da)).toContain('0,34 kr.');
  });

  it('skips periods with a missing cell and leaves area breakdowns alone', () => {
    const input = tabelB(1_400_000);
    input.rows[1].amounts[2] = null;
    // 2023 is skipped; overall uses the state row total 6.000.000 against own 5.900.000.
    expect(checkMatching(input, { matchingRatio: ONE }).map((f) => f.cell)).toEqual(['F2']);
    expect(checkMatching(perArea('Stat pr. område'), { matchingRatio: ONE })).toEqual([]);
  });
});
