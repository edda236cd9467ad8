import { plainKroner } from '../../src/taskpane/amount-input';

describe('an amount typed in the pane', () => {
  it.each([
    ['6.000.000', 'da', '6000000'],
    ['6 000 000,50 kr.', 'da', '6000000.5'],
    ['6000000', 'da', '6000000'],
    ['1,5', 'da', '1.5'],
    ['1.500', 'da', '1500'],
    ['DKK 6,000,000.50', 'en', '6000000.5'],
    ['6,000,000', 'en', '6000000'],
    ['1.5', 'en', '1.5'],
    ['1.234,56', 'en', '1234.56'],
  ] as const)('%s (%s) is %s kroner', (typed, lang, plain) => {
    expect(plainKroner(typed, lang)).toBe(plain);
  });

  it.each(['', 'ni', '1,2,3,4', '12.34.5', '0', '1,234', '-5', '1,005'])(
    '%s is not an amount (da)',
    (typed) => {
      expect(plainKroner(typed, 'da')).toBeNull();
    },
  );
});
