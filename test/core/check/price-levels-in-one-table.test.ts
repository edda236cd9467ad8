/** Periods at different price levels in one table are added up as if they were the same money. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { periodLabel } from '../../../src/core/reader/labels';
import { PARAMS, snapshot } from './fixtures';

const table = (y2023: string, y2024: string): RawValue[][] => [
  [null, '2021 (2020-tal)', '2022 (2020-tal)', y2023, y2024, 'I alt'],
  ['Egenfinansiering', 1_500_000, 1_500_000, 1_620_000, 1_660_000, 6_280_000],
  ['Statens medfinansiering', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ['I alt', 3_000_000, 3_000_000, 3_120_000, 3_160_000, 12_280_000],
];
const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('price levels stated in the period headers', () => {
  it('reads a year with a note after it as a period', () => {
    expect(periodLabel('2021 (2020-tal)')).toBe('2021 (2020-tal)');
    expect(periodLabel('2023 (løbende priser)')).toBe('2023 (løbende priser)');
    expect(periodLabel('Projekt (2020-tal)')).toBeNull();
  });

  it('warns once when the periods mix 2020-tal and løbende priser', () => {
    const mixed = run(table('2023 (løbende priser)', '2024 (løbende priser)'));
    const found = mixed.findings.filter((f) => f.rule === 'price-level-mixed');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: '2020-tal', actual: 'løbende priser' });
  });

  it('says nothing when every period is at the same level', () => {
    const same = run(table('2023 (2020-tal)', '2024 (2020-tal)'));
    expect(same.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
