/**
 * A note under one table ("Kilde: ...", "Note: ...") stays with it: the next table's title starts below the
 * blank row, so the note's words (and any amount in them) say nothing of the table under it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Tabel B: Samlet finansiering (2020-tal)'],
  [null, 2021, 2022, 'I alt'],
  ['Kulturregionens egenfinansiering', 600_000, 600_000, 1_200_000],
  ['Statens medfinansiering', 600_000, 600_000, 1_200_000],
  ['I alt', 1_200_000, 1_200_000, 2_400_000],
  ['Note: Den samlede ramme er 2.400.000 kr.'],
  [],
  ['Kontingent til sekretariatet fordelt efter andel'],
  ['Kommune', 'Andel (pct.)', 'Beløb (kr.)'],
  ['Aalborg', 60, 60_000],
  ['Hjørring', 30, 30_000],
  ['Frederikshavn', 10, 10_000],
];

describe('a note above the next table', () => {
  const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

  it("is not the next table's title", () => {
    expect(result.readings!.map((r) => r.title)).toEqual([
      'Tabel B: Samlet finansiering (2020-tal)',
      'Kontingent til sekretariatet fordelt efter andel',
    ]);
  });

  it('states no total for the next table', () => {
    // Before: the split below had to add up to 2.400.000 kr.
    expect(result.findings).toEqual([]);
  });
});
