import { toPlainString } from '../../../src/core/decimal/decimal';
import type { RawValue } from '../../../src/core/grid/grid';
import { readNumber, type NumberRead } from '../../../src/core/numbers/read-number';

/** "1234.5 kr" style summary, so each case reads as one line. */
function summary(r: NumberRead): string {
  if (!r.ok) return r.code;
  const extra = [r.approx ? 'approx' : '', r.bound ?? ''].filter(Boolean);
  return [toPlainString(r.value), r.unit, ...extra].join(' ');
}

describe('readNumber: numbers Excel hands over', () => {
  it.each<[number, string | null, string]>([
    [1500000, null, '1500000 none'],
    [1500000, 'General', '1500000 none'],
    [-1234.5, '#,##0.00', '-1234.5 none'],
    [0.125, '0.0%', '12.5 percent'],
    [0.125, '0%', '12.5 percent'],
    [0.346, '0.0 %', '34.6 percent'],
    [1500, '#,##0 "kr."', '1500 kr'],
    [1500, '[$kr.-406] #,##0', '1500 kr'],
    [1500, '#,##0.00 kr.', '1500 kr'],
    [1500, '"DKK" #,##0', '1500 kr'],
    // A quoted or escaped % is decoration; Excel does not multiply by 100 for it.
    [12, '0"%"', '12 none'],
    [12, '0\\%', '12 none'],
  ])('%p with format %p reads as %s', (value, format, expected) => {
    expect(summary(readNumber(value, { format }))).toBe(expected);
  });

  it('takes the 15 significant digits Excel keeps, not the binary residue', () => {
    const r = readNumber(0.1);
    expect(r.ok && r.value).toEqual({ digits: 1n, scale: 1 });
    const sum = readNumber(0.1 + 0.2);
    expect(sum.ok && toPlainString(sum.value)).toBe('0.3');
    const share = readNumber(34.6 / 100, { format: '0.0%' });
    expect(share.ok && toPlainString(share.value)).toBe('34.6');
    const quota = readNumber(500_000 / 29);
    expect(quota.ok && toPlainString(quota.value)).toBe('17241.3793103448');
  });

  it('percent format multiplies exactly', () => {
    const r = readNumber(0.0015, { format: '0.00%' });
    expect(r.ok && r.value).toEqual({ digits: 15n, scale: 2 });
  });

  it.each([NaN, Infinity, -Infinity])('%p is not a number', (n) => {
    expect(readNumber(n).ok).toBe(false);
    expect(summary(readNumber(n))).toBe('not-a-number');
  });
});

describe('readNumber: Danish text', () => {
  it.each<[string, string]>([
    ['1.500.000', '1500000 none'],
    ['1.500.000,50', '1500000.5 none'],
    ['34,6', '34.6 none'],
    ['0,125', '0.125 none'],
    ['0,500', '0.5 none'],
    ['1234,500', '1234.5 none'],
    ['-1.234', '-1234 none'],
    ['\u22121.234', '-1234 none'],
    ['\u20131.234', '-1234 none'],
    ['(1.234)', '-1234 none'],
    ['(1.234 kr.)', '-1234 kr'],
    ['kr. 250.000', '250000 kr'],
    ['kr 250.000', '250000 kr'],
    ['Kr. 250.000', '250000 kr'],
    ['250.000 kr.', '250000 kr'],
    ['250.000 kr', '250000 kr'],
    ['250.000 kroner', '250000 kr'],
    ['250.000,-', '250000 kr'],
    ['kr. 250.000,-', '250000 kr'],
    ['DKK 250.000', '250000 kr'],
    ['250.000 DKK', '250000 kr'],
    ['-kr. 5', '-5 kr'],
    ['kr. -5', '-5 kr'],
    ['3,5 mio.', '3500000 none'],
    ['3,5 mio', '3500000 none'],
    ['3,5 mio. kr.', '3500000 kr'],
    ['3,5 millioner', '3500000 none'],
    ['1 million', '1000000 none'],
    ['17,5 mio. kr.', '17500000 kr'],
    // Straight from a published split: "mio." is Danish, so the comma is a decimal comma.
    ['7,175 mio. kr.', '7175000 kr'],
    ['6,825 mio.', '6825000 none'],
    ['1,250 mia. kr.', '1250000000 kr'],
    ['1,2 mia. kr.', '1200000000 kr'],
    ['1.500 t.kr.', '1500000 kr'],
    ['1.500 tkr.', '1500000 kr'],
    ['½ mio.', '500000 none'],
    ['1½ mio. kr.', '1500000 kr'],
    ['¼', '0.25 none'],
    ['12 %', '12 percent'],
    ['12%', '12 percent'],
    ['12,5 %', '12.5 percent'],
    ['12 pct.', '12 percent'],
    ['12 pct', '12 percent'],
    ['12 procent', '12 percent'],
    ['5000', '5000 none'],
    ['1 500 000', '1500000 none'],
    ['1\u00a0500\u00a0000', '1500000 none'],
    ['1\u202f500\u202f000', '1500000 none'],
    ['1\u2009500,25', '1500.25 none'],
    ['  42  ', '42 none'],
    ['\u00a042\u00a0', '42 none'],
    ['\u200b1.500', '1500 none'],
    ['1.500', '1500 none'],
    ['0', '0 none'],
    ['ca. 6000', '6000 none approx'],
    ['ca 6000', '6000 none approx'],
    ['cirka 6.000', '6000 none approx'],
    ['godt 3 mio. kr.', '3000000 kr approx'],
    ['knap 40 %', '40 percent approx'],
    ['mindst 70', '70 none min'],
    ['min. 50 %', '50 percent min'],
    ['op mod 50', '50 none max'],
    ['højst 12,5 %', '12.5 percent max'],
    ['maks. 1.000', '1000 none max'],
    ['mindst ca. 70', '70 none approx min'],
  ])('%p reads as %s', (text, expected) => {
    expect(summary(readNumber(text))).toBe(expected);
  });

  it('reads the amount exactly beyond float precision', () => {
    const r = readNumber('123.456.789.012.345.678,91 kr.');
    expect(r.ok && toPlainString(r.value)).toBe('123456789012345678.91');
  });
});

describe('readNumber: ambiguous text is never guessed', () => {
  it.each<[string, string]>([
    ['3.5', 'punktum'],
    ['3.50', 'punktum'],
    ['3.5 mio.', 'punktum'],
    ['3.5 millioner', 'punktum'],
    ['1234.567', 'punktum'],
    ['0.500', 'punktum'],
    ['1 500.50', 'punktum'],
    ['3-5 mio.', 'interval'],
    ['5-10.000', 'interval'],
    ['5.000-10.000 kr.', 'interval'],
    ['3 \u2013 5', 'interval'],
    ['3 til 5 mio.', 'interval'],
    ['1,500', 'tusindtalsskille (engelsk)'],
    ['12,500 kr.', 'tusindtalsskille (engelsk)'],
    ['1,500 million', 'tusindtalsskille (engelsk)'],
    ['1,500.50', 'engelsk talformat'],
    ['1,500,000', 'engelsk talformat'],
  ])('%p is ambiguous (%s)', (textFound, why) => {
    const r = readNumber(textFound);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('ambiguous-number');
    expect(r.message.da).toContain(`»${textFound}«`);
    expect(r.message.en).toContain(`"${textFound}"`);
    expect(r.message.da).toContain(why);
  });
});

describe('readNumber: failures', () => {
  it.each<[RawValue, string]>([
    [null, 'missing-value'],
    ['', 'missing-value'],
    ['   ', 'missing-value'],
    ['\u00a0\u202f', 'missing-value'],
    [{ error: '#REF!' }, 'formula-error'],
    [{ error: '#DIV/0!' }, 'formula-error'],
    [true, 'not-a-number'],
    [false, 'not-a-number'],
    ['abc', 'not-a-number'],
    ['n/a', 'not-a-number'],
    ['12 kr 50', 'not-a-number'],
    ['kr.', 'not-a-number'],
    ['%', 'not-a-number'],
    ['mio.', 'not-a-number'],
    ['ca.', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1.50.000', 'not-a-number'],
    ['12 % kr.', 'not-a-number'],
    ['3 mio. %', 'not-a-number'],
    ['-(5)', 'not-a-number'],
    ['€ 100', 'not-a-number'],
    ['mindst op mod 5', 'not-a-number'],
    ['1e6', 'not-a-number'],
  ])('%p fails with %s', (raw, code) => {
    const r = readNumber(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it.each(['-', '\u2212', '–', '—', ' - '])('%p alone is nil, as accountants write nothing', (raw) => {
    const r = readNumber(raw);
    expect(r).toMatchObject({ ok: true, nil: true });
    if (r.ok) expect(r.value.digits).toBe(0n);
  });

  it('quotes the text found in both languages', () => {
    const r = readNumber('12 kr 50');
    expect(r).toEqual({
      ok: false,
      code: 'not-a-number',
      message: {
        da: '»12 kr 50« kan ikke læses som et tal.',
        en: '"12 kr 50" cannot be read as a number.',
      },
    });
  });

  it('names the formula error', () => {
    const r = readNumber({ error: '#REF!' });
    expect(!r.ok && r.message).toEqual({
      da: 'Cellen viser formelfejlen #REF!.',
      en: 'The cell shows the formula error #REF!.',
    });
  });

  it('shortens a very long text in the message', () => {
    const r = readNumber('x'.repeat(500));
    expect(!r.ok && [...r.message.da].length).toBeLessThan(120);
    expect(!r.ok && r.message.da).toContain('…');
  });
});
