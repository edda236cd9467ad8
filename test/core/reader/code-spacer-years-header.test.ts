/**
 * A code, CVR or running-number column before the names, a blank column, then years and an "I alt" column:
 * "Nr. | Indsatsområde | (blank) | 2021 | 2022 | ... | I alt". The years in the header are headings, not
 * figures, so the header line over the figures does not make them a table of their own: the table is read
 * whole and a wrong total found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function areas(code: (i: number) => RawValue, ungeTotal: number): RawValue[][] {
  return [
    ['Årlig statslig bevilling til indsatsområder 2021-24'],
    ['Nr.', 'Indsatsområde', null, 2021, 2022, 2023, 2024, 'I alt'],
    [code(0), 'Ungeområdet', null, 300_000, 300_000, 300_000, 300_000, ungeTotal],
    [code(1), 'Musikområdet', null, 600_000, 600_000, 600_000, 600_000, 2_400_000],
    [code(2), 'Kultur og sundhedsområdet', null, 600_000, 600_000, 600_000, 600_000, 2_400_000],
    [null, 'I alt', null, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

describe('a code column, the names, a blank column and years', () => {
  const codes: [string, (i: number) => RawValue][] = [
    ['running numbers', (i) => i + 1],
    ['CVR numbers', (i) => [26_132_177, 51_804_155, 16_406_015][i]],
    ['account codes', (i) => ['6.24.66', '0.16.72', '4.58.56'][i]],
  ];
  it.each(codes)('reads the table whole beside %s and finds the wrong total', (_, code) => {
    const ok = run(areas(code, 1_200_000));
    expect(ok.tables).toHaveLength(1);
    expect(ok.tables[0].kind).toBe('cofinancing');
    expect(loud(ok)).toEqual([]);
    expect(loud(run(areas(code, 1_300_000)))).toEqual(['total-mismatch@H3']);
  });
});
