import { decimal, parsePlainDecimal, toPlainString, type Decimal } from '../../../src/core/decimal/decimal';
import { roundDecimal } from '../../../src/core/numbers/round';
import { oereToKroner } from '../../../src/core/money/oere';
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

describe('the written forms against Intl', () => {
  const made = new Map<string, { format(v: string): string }>();
  const intl = (lang: 'da' | 'en', options: Intl.NumberFormatOptions, value: string): string => {
    const key = `${lang} ${JSON.stringify(options)}`;
    if (!made.has(key)) {
      const f = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', options);
      made.set(key, f as unknown as { format(v: string): string });
    }
    return made.get(key)!.format(value);
  };
  /** Whole numbers and decimals around every grouping step, both signs, and amounts beyond 2^53. */
  const values = (): bigint[] => {
    const out: bigint[] = [0n, 1n, 5n, 49n, 50n, 99n, 100n, 2n ** 70n, 10n ** 17n + 1n];
    for (let p = 1n; p < 10n ** 22n; p *= 10n) out.push(p - 1n, p, p + 1n, p * 7n + 3n, (p * 123457n) / 10n);
    return [...out, ...out.map((v) => -v)];
  };
  /** What formatExact gives Intl: the plain decimal, "0" for a value that rounded to zero. */
  const plain = (v: Decimal): string => (v.digits === 0n ? '0' : toPlainString(v));

  it('writes kroner as Intl does, with and without the currency', () => {
    for (const oere of values()) {
      for (const decimals of [0, 2, 'auto'] as const) {
        const digits = decimals === 'auto' ? (oere % 100n === 0n ? 0 : 2) : decimals;
        const value = plain(roundDecimal(oereToKroner(oere), digits));
        const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits };
        for (const lang of ['da', 'en'] as const) {
          const shown = lang === 'da' ? 'symbol' : 'code';
          const currency = {
            ...fraction,
            style: 'currency',
            currency: 'DKK',
            currencyDisplay: shown,
          } as const;
          expect(formatKroner(oere, lang, { decimals })).toBe(intl(lang, currency, value));
          expect(formatKroner(oere, lang, { decimals, suffix: false })).toBe(intl(lang, fraction, value));
        }
      }
    }
  });

  it('writes numbers and percentages as Intl does, trailing zeros dropped', () => {
    for (const v of values()) {
      for (const scale of [0, 1, 2, 3, 7]) {
        const value = decimal(v, scale);
        const rounded = roundDecimal(value, scale);
        const max = { maximumFractionDigits: rounded.scale };
        const percent = { style: 'percent', maximumFractionDigits: rounded.scale } as const;
        const asFraction = plain({ digits: rounded.digits, scale: rounded.scale + 2 });
        for (const lang of ['da', 'en'] as const) {
          expect(formatNumber(value, lang)).toBe(intl(lang, max, plain(rounded)));
          expect(formatPercent(value, lang, scale)).toBe(intl(lang, percent, asFraction));
        }
      }
    }
  });

  it('needs no Intl.NumberFormat for the forms Fordel prints', () => {
    const constructed = jest.spyOn(Intl, 'NumberFormat');
    try {
      // A fresh module: a formatter another test made and kept would not be made again.
      jest.isolateModules(() => {
        const fresh = jest.requireActual<typeof import('../../../src/core/money/format')>(
          '../../../src/core/money/format',
        );
        fresh.formatKroner(-123456750n, 'da');
        fresh.formatKroner(123456750n, 'en', { decimals: 0 });
        fresh.formatNumber(d('-1234.5'), 'en');
        fresh.formatPercent(d('49.5'), 'da');
      });
      expect(constructed).not.toHaveBeenCalled();
    } finally {
      constructed.mockRestore();
    }
  });
});
