/**
 * The title of the next table down ("EU-kontor: finansiering af budget på 17,5 mio. kr.", after a blank line)
 * is that table's, not a note under the one above: the table above must not take its 17,5 mio. kr. as the
 * total it splits.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import type { ApportionmentLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Fælles sekretariat 2025, fordelt efter indbyggertal'],
  ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
  ['Helsingør', 63_000, 63_000],
  ['Fredensborg', 41_000, 41_000],
  ['Gribskov', 41_000, 41_000],
  [],
  ['EU-kontor: finansiering af budget på 17,5 mio. kr.'],
  ['Part', 'Andel i pct.', 'Beløb (kr.)'],
  ['Universiteter', 20, 3_500_000],
  ['Regioner', 41, 7_175_000],
  ['Kommuner', 39, 6_825_000],
  ['I alt', 100, 17_500_000],
];

describe('a title under a table', () => {
  const r = checkWorkbook(snapshot([gridFromRows('Fordeling', rows)]), PARAMS);

  it('belongs to the table it heads', () => {
    expect(r.tables).toHaveLength(2);
    const [first, second] = r.tables as ApportionmentLayout[];
    expect(first.statedTotal).toBeUndefined();
    expect(second.statedTotal?.oere).toBe(1_750_000_000n);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
