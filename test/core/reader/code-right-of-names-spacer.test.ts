/**
 * The municipality code typed right of the names, then a blank column before the figures:
 * "Kommune | Kom.nr. | (blank) | Indbyggere | Beløb". The figures still belong to the names left of the gap
 * (the code is no figure of the split), so the table is read whole, not as two ranges Fordel cannot place.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function split(koege: number): RawValue[][] {
  return [
    ['Fordeling af fælles udgifter efter indbyggertal'],
    ['Kommune', 'Kom.nr.', null, 'Indbyggere', 'Beløb (kr.)'],
    ['Faxe', 320, null, 38_143, 1_493_788],
    ['Holbæk', 316, null, 75_009, 2_937_565],
    ['Køge', 259, null, 63_962, koege],
    ['Roskilde', 265, null, 92_697, 3_630_277],
    ['Stevns', 336, null, 23_842, 933_720],
    ['Vordingborg', 390, null, 44_831, 1_755_709],
    ['Guldborgsund', 376, null, 59_119, 2_315_267],
    ['Odsherred', 306, null, 31_988, 1_252_741],
    ['I alt', null, null, 429_591, 16_824_000],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings.map((f) => [f.severity, f.rule, f.cell, f.expected, f.actual].join(' '));

describe('a code right of the names and a blank column before the figures', () => {
  it('reads one split over the whole range: nothing wrong in the correct table', () => {
    const r = run(split(2_504_933));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: 'apportionment', partyCol: 0, amountCol: 4 });
    expect(said(r).filter((x) => !x.startsWith('info'))).toEqual([]);
  });

  it('finds the amount typed wrong', () => {
    const r = run(split(2_505_933));
    expect(said(r)).toContain('warning split-mismatch E5 2504933 2505933');
  });
});
