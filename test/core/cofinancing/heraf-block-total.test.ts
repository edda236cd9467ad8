/**
 * A "Heraf:" block under a source closed by its own "Heraf i alt" line: that line sums the block's lines, a part
 * of the source again, not a subtotal of the sources above it nor a source of its own.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

function plan(ownTotal: number, closing = '   Heraf i alt'): RawValue[][] {
  return [
    ['Budget og finansiering'],
    [null, 2025, 2026, 'I alt'],
    ['Regionens egenfinansiering', 110_000, 530_000, ownTotal],
    ['Puljemidler', 30_000, 400_000, 430_000],
    ['Heraf:'],
    ['   drift', 15_000, 276_000, 291_000],
    ['   anlæg', 15_000, 124_000, 139_000],
    [closing, 30_000, 400_000, 430_000],
    ['I alt', 140_000, 930_000, 1_070_000],
  ];
}

describe('a Heraf block closed by its own i alt line', () => {
  it('gives nothing on the correct table', () => {
    const r = run(plan(640_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(loud(r)).toEqual([]);
  });

  it('names only the total typed wrong', () => {
    expect(loud(run(plan(700_000)))).toEqual(['total-mismatch@D3']);
  });
});

// Closed by a plain "i alt" (or "I alt heraf"): only the arithmetic says it closes the block. It sums the lines
// above it and repeats the source above "Heraf:"; the real I alt sums the sources.
describe.each(['   i alt', '   I alt heraf', 'I alt'])('a Heraf block closed by "%s"', (closing) => {
  it('gives nothing on the correct table', () => {
    const r = run(plan(640_000, closing));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(loud(r)).toEqual([]);
  });

  it('names only the total typed wrong', () => {
    expect(loud(run(plan(700_000, closing)))).toEqual(['total-mismatch@D3']);
  });
});
