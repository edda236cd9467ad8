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
