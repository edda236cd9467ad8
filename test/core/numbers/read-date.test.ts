import type { RawValue } from '../../../src/core/grid/grid';
import { readDate } from '../../../src/core/numbers/read-date';
import { serialToIso } from '../../../src/core/numbers/excel-serial';

describe('readDate: Excel serial numbers (1900 date system)', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    // Serial 60 is the 29-02-1900 that Excel invents; from 61 on the count is one day ahead.
    [61, '1900-03-01'],
    [45658, '2025-01-01'],
    [46022, '2025-12-31'],
    [46387, '2026-12-31'],
    [46387.75, '2026-12-31'],
    [2958465, '9999-12-31'],
  ])('%p is %s', (serial, iso) => {
    expect(readDate(serial, { format: 'dd-mm-yyyy' })).toEqual({ ok: true, iso });
  });

  it('refuses the fake 29-02-1900 rather than invent a date', () => {
    const r = readDate(60, { format: 'dd-mm-yyyy' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.da).toContain('29-02-1900');
    expect(serialToIso(60)).toBeNull();
  });

  it.each([0, -1, 2958466, NaN, Infinity])('%p is no date', (serial) => {
    const r = readDate(serial);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('not-a-number');
  });

  it('a whole number 1900-2200 without a date format is a year: its last day', () => {
    expect(readDate(2026)).toEqual({ ok: true, iso: '2026-12-31' });
    expect(readDate(2026, { format: 'General' })).toEqual({ ok: true, iso: '2026-12-31' });
    expect(readDate(2026, { format: '0' })).toEqual({ ok: true, iso: '2026-12-31' });
  });

  it('the same number in a date format is a serial', () => {
    expect(readDate(2026, { format: 'dd-mm-yyyy' })).toEqual({ ok: true, iso: '1905-07-18' });
    expect(readDate(2026, { format: 'd. mmmm yyyy' })).toEqual({ ok: true, iso: '1905-07-18' });
  });
});

describe('readDate: text', () => {
  it.each<[string, string]>([
    ['31-12-2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['31/12/2026', '2026-12-31'],
    ['1-2-2027', '2027-02-01'],
    ['2026-12-31', '2026-12-31'],
    ['2026-12-31T00:00:00.000Z', '2026-12-31'],
    ['31. december 2026', '2026-12-31'],
    ['31 december 2026', '2026-12-31'],
    ['15. September 2027', '2027-09-15'],
    ['15. sep. 2027', '2027-09-15'],
    ['1. januar 2026', '2026-01-01'],
    ['december 2026', '2026-12-31'],
    ['februar 2028', '2028-02-29'],
    ['februar 2027', '2027-02-28'],
    ['juni 2026', '2026-06-30'],
    ['2026', '2026-12-31'],
    ['udgangen af 2026', '2026-12-31'],
    ['Udgangen af 2026', '2026-12-31'],
    ['ultimo 2026', '2026-12-31'],
    ['primo 2026', '2026-01-31'],
    ['medio 2026', '2026-06-30'],
    ['udgangen af juni 2026', '2026-06-30'],
    ['senest 31-12-2026', '2026-12-31'],
    ['pr. 1. januar 2026', '2026-01-01'],
    ['4. kvartal 2026', '2026-12-31'],
    ['Q1 2026', '2026-03-31'],
    ['1. halvår 2026', '2026-06-30'],
    ['\u00a031-12-2026\u00a0', '2026-12-31'],
  ])('%p is %s', (text, iso) => {
    expect(readDate(text)).toEqual({ ok: true, iso });
  });

  it.each<[RawValue, string]>([
    [null, 'missing-value'],
    ['', 'missing-value'],
    ['  ', 'missing-value'],
    [{ error: '#N/A' }, 'formula-error'],
    [true, 'not-a-number'],
    ['snart', 'not-a-number'],
    ['31-02-2026', 'not-a-number'],
    ['29-02-2027', 'not-a-number'],
    ['32-01-2026', 'not-a-number'],
    ['31-12-26', 'not-a-number'],
    ['31-12/2026', 'not-a-number'],
    ['smarts 2026', 'not-a-number'],
    ['13. blah 2026', 'not-a-number'],
    ['1850', 'not-a-number'],
    ['2026-13-01', 'not-a-number'],
  ])('%p fails with %s', (raw, code) => {
    const r = readDate(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
  });

  it('quotes the text in both languages', () => {
    const r = readDate('snart');
    expect(!r.ok && r.message).toEqual({
      da: '»snart« kan ikke læses som en dato. Skriv fx 31-12-2026.',
      en: '"snart" cannot be read as a date. Write e.g. 31-12-2026.',
    });
  });

  it('says when the date does not exist', () => {
    const r = readDate('31-02-2026');
    expect(!r.ok && r.message.en).toBe('"31-02-2026" is not a valid date.');
  });
});
