import { decimal, parsePlainDecimal } from '../../../src/core/decimal/decimal';
import { formatKroner, formatNumber, formatPercent } from '../../../src/core/money/format';

/** Intl's da-DK output puts a no-break space (U+00A0) before "kr." and "%"; Fordel keeps it. */
const NBSP = '\u00a0';
const d = (s: string) => parsePlainDecimal(s)!;

describe('formatKroner', () => {
  it.each<[bigint, Parameters<typeof formatKroner>[2], string, string]>([
    [123456750n, {}, `1.234.567,50${NBSP}kr.`, `DKK${NBSP}1,234,567.50`],
    [150000000n, {}, `1.500.000${NBSP}kr.`, `DKK${NBSP}1,500,000`],
    [150000000n, { decimals: 2 }, `1.500.000,00${NBSP}kr.`, `DKK${NBSP}1,500,000.00`],
    [150000000n, { decimals: 'auto' }, `1.500.000${NBSP}kr.`, `DKK${NBSP}1,500,000`],
    [123450n, { decimals: 0 }, `1.235${NBSP}kr.`, `DKK${NBSP}1,235`],
    [123449n, { decimals: 0 }, `1.234${NBSP}kr.`, `DKK${NBSP}1,234`],
    [-123450n, { decimals: 0 }, `-1.235${NBSP}kr.`, `-DKK${NBSP}1,235`],
    [-49n, { decimals: 0 }, `0${NBSP}kr.`, `DKK${NBSP}0`],
    [5n, {}, `0,05${NBSP}kr.`, `DKK${NBSP}0.05`],
    [-5n, {}, `-0,05${NBSP}kr.`, `-DKK${NBSP}0.05`],
    [0n, {}, `0${NBSP}kr.`, `DKK${NBSP}0`],
    [123456750n, { suffix: false }, '1.234.567,50', '1,234,567.50'],
    [75000000n, { suffix: false, decimals: 0 }, '750.000', '750,000'],
  ])('%p øre %p', (oere, opts, da, en) => {
    expect(formatKroner(oere, 'da', opts)).toBe(da);
    expect(formatKroner(oere, 'en', opts)).toBe(en);
  });

  it('formats amounts beyond 2^53 øre digit for digit', () => {
    expect(formatKroner(2n ** 70n, 'da')).toBe(`11.805.916.207.174.113.034,24${NBSP}kr.`);
    expect(formatKroner(10n ** 17n + 1n, 'en', { suffix: false })).toBe('1,000,000,000,000,000.01');
  });
});

describe('formatNumber', () => {
  it.each<[string, number | undefined, string, string]>([
    ['1500000', undefined, '1.500.000', '1,500,000'],
    ['34.6', undefined, '34,6', '34.6'],
    ['1234.5678', undefined, '1.234,5678', '1,234.5678'],
    ['1234.5678', 2, '1.234,57', '1,234.57'],
    ['2.5', 0, '3', '3'],
    ['-2.5', 0, '-3', '-3'],
    ['-0.04', 1, '0', '0'],
    ['385', 1, '385', '385'],
    [
      '123456789012345678901.25',
      undefined,
      '123.456.789.012.345.678.901,25',
      '123,456,789,012,345,678,901.25',
    ],
  ])('%s (max %p decimals)', (value, max, da, en) => {
    expect(formatNumber(d(value), 'da', max)).toBe(da);
    expect(formatNumber(d(value), 'en', max)).toBe(en);
  });

  it('caps at the 20 decimals Intl can show', () => {
    expect(formatNumber(decimal(1n, 30), 'en')).toBe('0');
    expect(formatNumber(decimal(1n, 20), 'en')).toBe('0.00000000000000000001');
  });
});

describe('formatPercent', () => {
  it.each<[string, number | undefined, string, string]>([
    ['49.5', undefined, `49,5${NBSP}%`, '49.5%'],
    ['34.6', 1, `34,6${NBSP}%`, '34.6%'],
    ['50', undefined, `50${NBSP}%`, '50%'],
    ['12.345', 2, `12,35${NBSP}%`, '12.35%'],
    ['12.345', 0, `12${NBSP}%`, '12%'],
    ['33.333333', undefined, `33,3${NBSP}%`, '33.3%'],
    ['-0.04', undefined, `0${NBSP}%`, '0%'],
    ['-12.25', 1, `-12,3${NBSP}%`, '-12.3%'],
    ['1250', undefined, `1.250${NBSP}%`, '1,250%'],
  ])('%s %% (%p decimals)', (value, digits, da, en) => {
    expect(formatPercent(d(value), 'da', digits)).toBe(da);
    expect(formatPercent(d(value), 'en', digits)).toBe(en);
  });
});
