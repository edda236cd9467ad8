/**
 * A group title over the years ("Budget" over 2021-2024, an "I alt" column beside them) is a header line
 * above the column names, not the header itself: the years are no budget line, and the I alt column is
 * checked as the sum of the years.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

function plan(total: string | null, youth: number): RawValue[][] {
  return [
    ['Kulturregionens egenfinansiering 2021-24'],
    [null, 'Budget', null, null, null, null],
    ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, youth],
    ['Musikområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['Kultur og sundhed', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    [total, 1_500_000, 1_500_000, 1_500_000, 1_500_000, 4_800_000 + youth],
  ];
}

describe('"Budget" as a group title over the years', () => {
  it.each([['I alt'], [null]])('gives a correct plan no finding (total labelled %p)', (label) => {
    const r = checkWorkbook(snapshot([sheet('Ark1', plan(label, 1_200_000))]), PARAMS);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.tables[0].headerRow).toBe(2);
  });

  it('names a wrong figure in the I alt column at its cell, with the sum of the years', () => {
    const r = checkWorkbook(snapshot([sheet('Ark1', plan(null, 1_300_000))]), PARAMS);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected, f.actual])).toContainEqual(['F4', '1200000', '1300000']);
    expect(r.verdicts?.map((v) => v.verdict)).toEqual(['errors']);
  });

  it('reads the same with the group title merged over the years and the I alt column', () => {
    const grid = {
      ...sheet('Ark1', plan(null, 1_300_000)),
      merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
    };
    const r = checkWorkbook(snapshot([grid]), PARAMS);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.cell, f.expected, f.actual])).toContainEqual(['F4', '1200000', '1300000']);
  });
});
