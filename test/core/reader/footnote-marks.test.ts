/**
 * Tables pasted from a PDF keep their footnote marks: "I alt*", "I alt 1)", "København 1)", and the notes they
 * point to under the table ("1) Inkl. Christiansø", "¹ De ni kommuner"). The mark is no part of the label, and
 * a line it opens is a note, not a row of the table.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { a1Range } from '../../../src/core/grid/a1';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const said = (rows: RawValue[][]) => check(rows).findings.map((f) => `${f.rule} ${f.cell}`);

describe('footnote marks', () => {
  it('reads "I alt*" as the total of a co-financing table, with the notes under it as notes', () => {
    const rows = (own2023: number): RawValue[][] => [
      ['Tabel B: Samlet finansiering (kr.)'],
      [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
      ['Kulturregionens egenfinansiering¹', 1_500_000, 1_500_000, own2023, 1_500_000, 6_000_000],
      ['Statens medfinansiering²', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
      ['I alt*', 3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
      ['* Alle beløb i 2020-tal'],
      ['¹ De ni kommuner'],
    ];
    // Before, "I alt*" was a third source: the own share lacked 3.000.000 kr. every year.
    expect(said(rows(1_500_000))).toEqual([]);
    const wrong = said(rows(1_400_000));
    expect(wrong).toContain('total-mismatch D5');
    expect(wrong.some((f) => f.startsWith('own-share'))).toBe(false);
  });

  it('reads "I alt 1)" as a split\'s total and the footnote lines under it as notes', () => {
    const rows: RawValue[][] = [
      ['Fordeling af 300.000 kr. efter indbyggertal'],
      ['Kommune', 'Andel (%)', 'Beløb (kr.)'],
      ['Aalborg', 50, 150_000],
      ['Hjørring', 30, 90_000],
      ['Frederikshavn*', 20, 60_000],
      ['I alt 1)', 100, 300_000],
      ['* Inkl. Læsø-færgen'],
      ['1) Afrundet'],
    ];
    // Before, the two notes were parties with no share and no amount.
    expect(said(rows)).toEqual([]);
    expect(check(rows).tables.map((t) => a1Range(t.range))).toEqual(['A2:C6']);
  });

  it('knows a municipality with a footnote mark after its name', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Andel indbyggere i pct.', 'Beløb (kr.)'],
      ['København 1)', 50, 50_000],
      ['Frederiksberg', 30, 30_000],
      ['Dragør', 20, 20_000],
      ['I alt', 100, 100_000],
      ['1) Inkl. Christiansø'],
    ];
    expect(said(rows)).toEqual([]);
  });
});
