import { parseUserAmount } from '../../../src/core/money/parse-user-amount';

describe('parseUserAmount', () => {
  it.each<[string, bigint | null]>([
    ['1.500.000', 150000000n],
    ['1.500.000,50', 150000050n],
    ['250.000 kr.', 25000000n],
    ['kr. 250.000,-', 25000000n],
    ['3,5 mio.', 350000000n],
    ['½ mio. kr.', 50000000n],
    ['5000', 500000n],
    ['-1.234', -123400n],
    ['0,05', 5n],
    ['12,345', null],
    ['3.5', null],
    ['12 %', null],
    ['ca. 6000', null],
    ['mindst 70', null],
    ['', null],
    ['abc', null],
  ])('%p is %p øre', (input, oere) => {
    expect(parseUserAmount(input)).toBe(oere);
  });
});
