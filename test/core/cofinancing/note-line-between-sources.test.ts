/**
 * A line of words between a co-financing table's lines ("Ændret efter budgetforliget") is a remark, not an
 * area with nothing in it: the cell that breaks both its row and its column is still named (found by the
 * metamorphic generator's note lines, bilag-4-musik-2023). A funding source on a line of its own stays a source.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows = (note: RawValue[]): RawValue[][] => [
  ['Årlig statslig bevilling til indsatsområder 2021-24'],
  ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
  ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
  note,
  ['Musikområdet', 600_000, 600_000, 650_000, 600_000, 2_400_000],
  ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
  ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
];
const run = (note: RawValue[]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows(note))]), PARAMS);

describe('a remark between the lines of a co-financing table', () => {
  it('leaves the cell that breaks both sums named at its cell', () => {
    const r = run(['Ændret efter budgetforliget', null, null, null, null, null]);
    expect((r.items ?? []).filter((i) => i.severity === 'error').map((i) => i.cell)).toEqual(['D5']);
    expect(r.readings?.[0]?.decisions.find((d) => d.role === 'note-rows')?.cells).toBe('A4');
  });

  it('keeps a funding source named on a line of its own as a source', () => {
    const r = run(['EU-midler', null, null, null, null, null]);
    expect(r.readings?.[0]?.decisions.some((d) => d.role === 'note-rows')).toBe(false);
  });
});
