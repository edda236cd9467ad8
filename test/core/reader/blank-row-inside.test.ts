/** A blank row between two groups of parties does not end a table; a new header or a total does. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import type { ApportionmentLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';
import { TELEHJERTE } from './seed-layouts';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const parties = (from: number, to: number): RawValue[][] =>
  TELEHJERTE.slice(from, to).map(([n, s, a]): RawValue[] => [n, s, a]);
const HEADER = ['Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'];

describe('a blank row inside a split', () => {
  it('reads Bilag 4.1 with a blank row between the two groups as one table of 29', () => {
    const r = run([HEADER, ...parties(0, 17), [], ...parties(17, 29), ['I alt', 100, 750_000]]);
    const splits = r.tables.filter((t) => t.kind === 'apportionment') as ApportionmentLayout[];
    expect(splits).toHaveLength(1);
    expect(splits[0].dataRows).toHaveLength(29);
    expect(r.findings.some((f) => /73,1/.test(f.message.da))).toBe(false);
  });

  it('keeps two tables apart when the second has its own header', () => {
    const r = run([HEADER, ...parties(0, 3), [], HEADER, ...parties(3, 6)]);
    expect(r.tables.filter((t) => t.kind === 'apportionment')).toHaveLength(2);
  });

  it('keeps two tables apart when the first ends with its total', () => {
    const first = parties(0, 3);
    const second = parties(3, 6);
    const r = run([HEADER, ...first, ['I alt', 42.4, 318_000], [], ...second]);
    const split = r.tables.find((t) => t.kind === 'apportionment') as ApportionmentLayout;
    expect(split.dataRows).toHaveLength(3);
  });

  it('reads a spacer row between the column names and the figures as part of the table', () => {
    // Periods down the rows, sources across, one blank row under the names: one table, its error found.
    const r = run([
      ['Finansieringsplan'],
      ['Finansiering', 'Kommunens egenfinansiering', 'EU-midler (ERDF)', 'Statsligt tilskud', 'I alt'],
      [],
      ['2027', 5_900_000, 2_200_000, 2_400_000, 10_500_000],
      ['2028', 9_100_000, 3_200_000, 3_700_000, 15_100_000],
      ['I alt', 14_100_000, 5_400_000, 6_100_000, 25_600_000],
    ]);
    expect(r.tables.map((t) => [t.kind, t.range.top])).toEqual([['cofinancing', 1]]);
    // The typed 9.100.000 breaks its period's total and its source's: the one cell named.
    expect(r.diagnoses!.map((d) => d.diagnosis.cell)).toEqual(['B5']);
  });
});
