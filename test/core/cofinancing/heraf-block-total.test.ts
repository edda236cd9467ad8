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

function plan(ownTotal: number): RawValue[][] {
  return [
    ['Budget og finansiering'],
    [null, 2025, 2026, 'I alt'],
    ['Regionens egenfinansiering', 110_000, 530_000, ownTotal],
    ['Puljemidler', 30_000, 400_000, 430_000],
    ['Heraf:'],
    ['   drift', 15_000, 276_000, 291_000],
    ['   anlæg', 15_000, 124_000, 139_000],
    ['   Heraf i alt', 30_000, 400_000, 430_000],
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
