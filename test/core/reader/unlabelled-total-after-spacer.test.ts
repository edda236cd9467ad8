/**
 * A line with no label after a blank row, under a table: when one of its figures is the sum of its column
 * above (the key, the shares) and the other is near, it is the table's total, and the other column holds the
 * typo. Read apart from the table, the typo would be split over the parties as if nothing were wrong.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (rows: RawValue[][]) => run(rows).findings.map((f) => `${f.rule} ${f.cell}`);

describe('an unlabelled total after a blank row', () => {
  it('reads the shares summing to 100 as the total line, and names the amount typed wrong', () => {
    const rows: RawValue[][] = [
      ['Kontingent 2026 fordelt på medlemsgrupper'],
      ['Universiteter', 20, 3_500_000],
      ['Regioner', 41, 7_175_000],
      ['Kommuner', 39, 6_852_000], // 6.825.000 with two digits swapped
      [],
      [null, 100, 17_500_000],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => t.range.bottom)).toEqual([5]);
    // Before: the total line was left out and Kommuner's share of 17.527.000 kr. expected (6.835.530 kr.).
    expect(said(rows)).toEqual(['split-unallocated C6', 'split-mismatch C4']);
  });

  it('reads a population that sums exactly as the total line of a split by population', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Billund', 27_200, 546_916],
      ['Esbjerg', 114_947, 2_311_262],
      ['Nyborg', 32_401, 651_493],
      ['Svendborg', 60_027, 1_209_674], // 1.206.974 with two digits swapped
      ['Varde', 49_468, 994_663],
      [],
      [null, 284_043, 5_711_308],
    ];
    expect(said(rows)).toContain('split-mismatch C5');
    expect(said(rows).filter((f) => f.startsWith('split-mismatch'))).toEqual(['split-mismatch C5']);
  });
});
