/**
 * Periods down the rows, and a hidden helper line under the sources' names (a column of ticks, "tjekket",
 * turned on its side). What the user cannot see names no source: the refund line keeps its own name, so its
 * minus is read as money coming back, not as a contribution below zero.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Budget og finansiering'],
  [null, 'Egne midler', 'Puljemidler', 'Tilbagebetaling af ubrugt tilskud', 'I alt'],
  [null, 'tjekket', 'tjekket', 'tjekket', null],
  [2026, 3_500_000, 1_600_000, 0, 5_100_000],
  [2027, 2_800_000, 2_400_000, 0, 5_200_000],
  [2028, 900_000, 200_000, -100_000, 1_000_000],
  ['I alt', 7_200_000, 4_200_000, -100_000, 11_300_000],
];

describe('a hidden line in the header of a table with the periods down the rows', () => {
  const r = checkWorkbook(snapshot([{ ...gridFromRows('Ark1', rows), hiddenRows: [2] }]), PARAMS);

  it('gives a correct table with a refund no warning', () => {
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('names each source by what the user sees', () => {
    const reading = r.readings!.find((x) => x.tableId.startsWith('Ark1'))!;
    const said = JSON.stringify(reading.decisions);
    expect(said).toContain('Egne midler');
    expect(said).not.toContain('tjekket');
  });

  it('still warns about own financing below zero', () => {
    const own = rows.map((row, i) => (i === 5 ? [2028, -100_000, 1_100_000, 0, 1_000_000] : row));
    own[6] = ['I alt', 6_200_000, 5_100_000, 0, 11_300_000];
    const o = checkWorkbook(snapshot([{ ...gridFromRows('Ark1', own), hiddenRows: [2] }]), PARAMS);
    expect(o.findings.filter((f) => f.rule === 'negative-amount').map((f) => f.cell)).toEqual(['B6']);
  });
});
