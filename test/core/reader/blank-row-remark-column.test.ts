/**
 * A blank row inside a table with a remarks column at the right: the line above the blank row has a remark
 * ("Jf. aftalen"), the line under it none. The remark says nothing of the table's shape, so the line under
 * the blank row is still one of the table's lines. Left out, a split of 51/49 with its total first had one
 * party, and the expected amount was the whole total.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function split(kommuner: number): RawValue[][] {
  return [
    ['Kommunernes bidrag til det fælles sekretariat 2026'],
    ['Part', 'Andel (%)', 'Beløb (kr.)', 'Note'],
    ['I alt', 100, 8_100_000, null],
    ['Kommuner', 51, kommuner, 'Jf. aftalen'],
    [],
    ['Erhvervsorganisationer', 49, 3_969_000, null],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.cell, f.expected, f.actual].join(' '));

describe('a remark on the line before a blank row', () => {
  it('keeps the line after the blank row in the table', () => {
    const r = run(split(4_131_000));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: 'apportionment', dataRows: [3, 5], totalRow: 2 });
    expect(said(r)).toEqual([]);
  });

  it('gives the amount typed wrong its share of the total, not the whole total', () => {
    expect(said(run(split(4_311_000)))).toContain('split-mismatch C4 4131000 4311000');
  });

  it('still ends the table at a blank row before words where the figures were', () => {
    const rows = split(4_131_000);
    rows[5] = ['Erhvervsorganisationer', 'se bilag', null, null];
    expect(run(rows).tables[0].range).toMatchObject({ top: 1, bottom: 3 });
  });
});

describe('the first party cut from the others by a blank row, in a split with no header', () => {
  const rows = (laesoe: number): RawValue[][] => [
    ['Fordeling af fælles udgifter efter indbyggertal'],
    ['810 Brønderslev', 36_529, 1_202_822],
    [],
    ['860 Hjørring', 62_979, 2_073_765],
    ['787 Thisted', 42_572, 1_401_806],
    ['846 Mariagerfjord', 41_541, 1_367_857],
    ['849 Jammerbugt', 37_998, 1_251_193],
    ['851 Aalborg', 226_033, 7_442_786],
    ['820 Vesthimmerlands', 35_632, 1_173_286],
    ['813 Frederikshavn', 57_523, 1_894_110],
    ['773 Morsø', 19_344, 636_957],
    ['825 Læsø', 1_683, laesoe],
    ['I alt', 561_834, 18_500_000],
  ];

  it('keeps the first party in the table: the correct split has nothing wrong', () => {
    const r = run(rows(55_418));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].range).toMatchObject({ top: 0, bottom: 12 });
    expect(said(r)).toEqual([]);
  });

  it('names the amount typed wrong with its own share of the total', () => {
    expect(said(run(rows(54_518)))).toContain('split-mismatch C12 55418 54518');
  });
});
