/**
 * A correction of a split laid out across (parties as columns): the rows of the key, the shares and the
 * amounts and the "I alt" column, by number or by the row's name; the check then reads the table with them.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { emptySettings } from '../../../src/core/output/plan';
import { layoutToOverride } from '../../../src/core/reader/overrides';
import type { ApportionmentLayout, LayoutOverride } from '../../../src/core/tables/layout';

const params = { lang: 'da' as const, asOf: '2026-06-30', unit: 100n, total: null, minOwnShare: decimal(50) };

function check(rows: RawValue[][], override?: LayoutOverride) {
  const settings = { ...emptySettings(), overrides: override ? [override] : [] };
  return checkWorkbook({ sheets: [gridFromRows('Ark1', rows)], sheetNames: ['Ark1'], settings }, params);
}

const errors = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);

/** Two population rows; the amounts follow the second, and the reader takes the first for the key. */
const twoKeys: RawValue[][] = [
  ['Kommune', 'Albertslund', 'Ballerup', 'Brøndby', 'I alt'],
  ['Indbyggere 2020', 27000, 50000, 43000, 120000],
  ['Indbyggere 2026', 28000, 52000, 40000, 120000],
  ['Beløb (kr.)', 350000, 650000, 500000, 1500000],
];

describe('correcting a split laid out across', () => {
  it('is offered to the editor as rows and an "I alt" column, and reads back as the same table', () => {
    const r = check(twoKeys);
    const read = r.tables[0] as ApportionmentLayout;
    expect(read).toMatchObject({ orientation: 'across', keyCol: 1, amountCol: 3, totalRow: 4 });
    const o = layoutToOverride(read);
    expect(o).toEqual({
      sheet: 'Ark1',
      range: 'A1:E4',
      kind: 'apportionment',
      orientation: 'across',
      columns: { party: '1', key: '2', amount: '4', names: 'A' },
      headerRow: 0,
      totalRow: 4,
    });
    const again = check(twoKeys, o);
    expect(again.tables[0]).toMatchObject({
      source: 'override',
      orientation: 'across',
      partyCol: 0,
      keyCol: 1,
      amountCol: 3,
      dataRows: [1, 2, 3],
      totalRow: 4,
    });
    expect(errors(again)).toEqual(errors(r));
  });

  it('takes the key row the user names, by its name or its number, and the verdict follows', () => {
    const before = check(twoKeys);
    expect(errors(before)).toEqual(['split-mismatch B4', 'split-mismatch C4', 'split-mismatch D4']);
    const o = layoutToOverride(before.tables[0]);
    for (const key of ['Indbyggere 2026', '3']) {
      const after = check(twoKeys, { ...o, columns: { ...o.columns, key } });
      expect(after.tables[0]).toMatchObject({ source: 'override', orientation: 'across', keyCol: 2 });
      expect(errors(after)).toEqual([]);
    }
  });

  it('marks a column as a subtotal of the parties left of it, and says no total column when told', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Albertslund', 'Ballerup', 'Vest', 'Brøndby', 'I alt'],
      ['Indbyggere', 28000, 52000, 80000, 40000, 120000],
      ['Beløb (kr.)', 350000, 650000, 1000000, 500000, 1500000],
    ];
    const o = layoutToOverride(check(rows).tables[0]);
    const marked = check(rows, { ...o, subtotalRows: [3] }).tables[0] as ApportionmentLayout;
    expect(marked.subtotalRows).toEqual([{ row: 3, parts: [1, 2] }]);
    expect(marked.dataRows).toEqual([1, 2, 4]);
    const none = check(rows, { ...o, subtotalRows: [], totalRow: null }).tables[0] as ApportionmentLayout;
    expect(none).toMatchObject({ totalRow: null, dataRows: [1, 2, 3, 4, 5] });
  });

  it('keeps a split with no column naming its lines without one: its first column stays a party', () => {
    const rows: RawValue[][] = [
      ['Kommunernes bidrag til sekretariatet 2026'],
      ['Viborg', 'Skive', 'Odense', 'Nyborg', 'I alt'],
      [42_117, 29_003, 18_880, 10_000, 100_000],
      [421_170, 290_300, 188_800, 100_000, 1_000_000],
    ];
    const r = check(rows);
    const o = layoutToOverride(r.tables[0]);
    expect(o).toMatchObject({
      orientation: 'across',
      columns: { party: '2', key: '3', amount: '4', names: '-' },
    });
    const again = check(rows, o);
    expect(again.tables[0]).toMatchObject({
      source: 'override',
      orientation: 'across',
      dataRows: [0, 1, 2, 3],
      totalRow: 4,
      range: { top: 1, left: 0, bottom: 3, right: 4 },
    });
    expect(errors(again)).toEqual(errors(r));
    expect(errors(r)).toEqual(['split-unallocated E4', 'split-mismatch B4']);
  });

  it('names the range and the row when a correction names a row that is not there', () => {
    const o = layoutToOverride(check(twoKeys).tables[0]);
    const r = check(twoKeys, { ...o, columns: { ...o.columns, key: 'Folketal' } });
    const f = r.findings.find((x) => x.rule === 'table-not-understood');
    expect(f).toMatchObject({ cell: 'A1:E4' });
    expect(f?.message.da).toMatch(/key: Folketal/);
    // The reader's own reading of the range stays, rather than nothing.
    expect(r.tables[0]).toMatchObject({ source: 'detected', orientation: 'across' });
  });
});
