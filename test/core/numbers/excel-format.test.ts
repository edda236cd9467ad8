import { isCurrencyFormat, isDateFormat, isPercentFormat } from '../../../src/core/numbers/excel-format';

describe('Excel number formats', () => {
  it.each<[string | null, boolean]>([
    ['0%', true],
    ['0.0%', true],
    ['#,##0.0 %', true],
    ['0"%"', false],
    ['0\\%', false],
    ['General', false],
    [null, false],
  ])('percent: %p -> %p', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  it.each<[string | null, boolean]>([
    ['#,##0 "kr."', true],
    ['[$kr.-406] #,##0', true],
    ['#,##0.00 kr.', true],
    ['_-* #,##0.00 "kr"_-', true],
    ['"DKK" #,##0', true],
    ['#,##0', false],
    ['General', false],
    [null, false],
  ])('currency: %p -> %p', (format, expected) => {
    expect(isCurrencyFormat(format)).toBe(expected);
  });

  it.each<[string | null, boolean]>([
    ['dd-mm-yyyy', true],
    ['d. mmmm yyyy', true],
    ['yyyy-mm-dd', true],
    ['m/d/yy', true],
    ['[$-406]d. mmmm åååå', true],
    ['General', false],
    ['Standard', false],
    ['#,##0', false],
    ['0"dage"', false],
    ['#,##0 "kr."', false],
    [null, false],
  ])('date: %p -> %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
