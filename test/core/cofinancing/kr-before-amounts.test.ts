/**
 * Amounts typed with the currency first ("kr. 4.760.000") are read like "4.760.000 kr.": indented lines under
 * a source that add up to it are its breakdown, counted once, and a right table has nothing to say.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { quickNumber } from '../../../src/core/reader/cells';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const kr = (n: number) => `kr. ${n.toLocaleString('da-DK')}`;

function plan(): RawValue[][] {
  return [
    ['Projektets finansiering'],
    ['Finansieringskilde', '2024', '2025', 'I alt'],
    ['Egenfinansiering', kr(8_500_000), kr(7_400_000), kr(15_900_000)],
    ['   Løn', kr(4_760_000), kr(4_440_000), kr(9_200_000)],
    ['   Øvrig drift', kr(3_740_000), kr(2_960_000), kr(6_700_000)],
    ['Puljemidler', kr(3_600_000), kr(2_900_000), kr(6_500_000)],
    ['I alt', kr(12_100_000), kr(10_300_000), kr(22_400_000)],
  ];
}

describe('the currency before the amount', () => {
  it('reads as the same number as after it', () => {
    expect(quickNumber('kr. 4.760.000', null)).toEqual(quickNumber('4.760.000 kr.', null));
    expect(quickNumber('kr. -100.000', null)).toEqual(quickNumber('-100.000', null));
  });

  it('lets indented lines that add up to their source be its breakdown, counted once', () => {
    const r = checkWorkbook(snapshot([sheet('Ark1', plan())]), PARAMS);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
