import { OfficeWorkbook } from '../../../src/adapters/office/office-workbook';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';

const N = 100_000;

/**
 * 100.000 parties and their head counts, with a total row; the 100 mio. kr. to split comes from the
 * check's parameters. Values plus number formats of this sheet come to about 4 MB, and each cell's indent
 * (asked for with the values from ExcelApi 1.9) to about 5,6 MB more: the read goes in row blocks under the
 * 5 MB Excel on the web returns in one response.
 */
function bigApportionment(): RawValue[][] {
  const rows: RawValue[][] = [
    ['Fordeling af fælles udgift efter indbyggertal', null],
    [null, null],
    ['Kommune', 'Indbyggere'],
  ];
  let people = 0;
  for (let i = 0; i < N; i++) {
    const population = 1000 + (i % 500);
    people += population;
    rows.push([`Part ${i + 1}`, population]);
  }
  rows.push(['I alt', people]);
  return rows;
}

describe('a 100.000-row apportionment table through the add-in path', () => {
  it('runs the whole check in at most ceil(bytes / 4 MB) + 6 syncs, none refused', async () => {
    const fake = new FakeExcel([{ name: 'Fordeling', rows: bigApportionment() }]);
    const port = new OfficeWorkbook(fake.run);
    const snapshot = await port.read();
    // Sheets, sizes, the sample with the merged areas, then the cells with their indents (which Excel on
    // the web returns as one object per cell, about 28 bytes) in three blocks of at most 4 MB.
    expect(fake.syncCount).toBeLessThanOrEqual(6);

    const result = checkWorkbook(snapshot, { lang: 'da', asOf: '2025-06-30', total: 10_000_000_000n });
    const table = result.tables.find((t) => t.kind === 'apportionment');
    expect(table).toBeDefined();
    expect(result.refusals).toEqual([]);
    const readRequests = fake.payloads.length;
    const report = await port.write(result.plan);
    const written = fake.payloads.slice(readRequests).reduce((a, b) => a + b, 0);

    expect(report.written).toBe(true);
    expect(port.stats.syncs).toBe(fake.syncCount);
    expect(fake.payloads.every((p) => p < 5_000_000)).toBe(true);
    // The parties are not municipalities: one finding for the column, not 100.000 rows of them.
    expect(result.findings.filter((f) => f.rule === 'unknown-party')).toHaveLength(1);
    // Two syncs carry no cells (the look before writing, adding the settings sheet); the cells, the highlights
    // and the record of what Fordel wrote (kept in the settings so that clean can prove it) go in requests of at
    // most 4 MB each.
    expect(report.syncs).toBeLessThanOrEqual(2 + Math.ceil(written / 4_000_000));
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    // Five syncs carry no cells (sheets, sizes, merged areas, the look before writing, adding the
    // settings sheet); reads and writes round up apart.
    expect(fake.syncCount).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000) + 6);
    expect(fake.payloads.every((p) => p <= 4_000_000 + 100_000)).toBe(true);

    // Fordel's output columns sit right of the table, with a header and one value per data row.
    const blocks = result.plan.blocks.filter((b) => b.sheet === 'Fordeling');
    expect(blocks.length).toBeGreaterThan(0);
    const tallest = blocks.reduce((a, b) => (b.values.length > a.values.length ? b : a));
    expect(tallest.values.length).toBeGreaterThanOrEqual(N);
    expect(tallest.left).toBeGreaterThanOrEqual(2);
    const cells = blocks.reduce((n, b) => n + b.values.reduce((m, r) => m + r.length, 0), 0);
    expect(report.cells).toBeGreaterThanOrEqual(cells);
    // Spot check: what the plan says for the last party is what Excel now holds.
    const lastRow = tallest.values.length - 1;
    const col = tallest.left;
    const expected = tallest.values[lastRow][0];
    const letter = String.fromCharCode(65 + col);
    const shown = fake.cell('Fordeling', `${letter}${tallest.top + lastRow + 1}`).value;
    expect(shown).toEqual(typeof expected === 'object' && expected !== null ? expected.text : expected);
  });
});
