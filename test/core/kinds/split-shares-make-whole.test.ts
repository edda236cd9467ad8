/**
 * A split by whole-percent shares with its total stated above and no I alt line: Lejre's 30 % happens to
 * be the six shares under it together (2 + 5 + 6 + 7 + 5 + 5), and also the rest of the lines. Read by
 * those sums, Lejre was the total and six parties its breakdown, and a correct table got an unallocated
 * amount and shares that "sum to 60". Shares that make 100 % between every line say each line is a party.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const SHARES: readonly [string, number][] = [
  ['Lejre', 30],
  ['Faaborg-Midtfyn', 2],
  ['Brønderslev', 5],
  ['Silkeborg', 6],
  ['Frederikssund', 7],
  ['Morsø', 5],
  ['Faxe', 5],
  ['Køge', 2],
  ['Vordingborg', 7],
  ['Egedal', 5],
  ['Fredericia', 2],
  ['Skanderborg', 7],
  ['Solrød', 1],
  ['Vallensbæk', 1],
  ['Kolding', 3],
  ['Jammerbugt', 1],
  ['Kalundborg', 2],
  ['Frederikshavn', 1],
  ['Langeland', 5],
  ['Vejen', 3],
];

function sheet(typed: Readonly<Record<string, number>> = {}): RawValue[][] {
  return [
    ['Fordeling af fælles udgifter efter indbyggertal'],
    ['Samlet beløb til fordeling: 16.800.000 kr.'],
    ['Kommune', 'Andel (%)', 'Beløb (kr.)'],
    ...SHARES.map(([name, pct]): RawValue[] => [name, pct, typed[name] ?? pct * 168_000]),
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.cell, f.expected, f.actual].join(' '));

describe('whole-percent shares that make 100 % with no total line', () => {
  it('reads every line as a party: nothing wrong in the correct split', () => {
    const r = run(sheet());
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: 'apportionment', totalRow: null });
    expect(r.tables[0].kind === 'apportionment' && r.tables[0].dataRows).toHaveLength(20);
    expect(said(r)).toEqual([]);
  });

  it('names the one amount typed wrong', () => {
    const r = run(sheet({ Egedal: 804_000 }));
    // The stated 16.800.000 is not met either; every other line is as it should be.
    expect(said(r)).toEqual([
      'split-unallocated A3:C23 16800000 16764000',
      'split-mismatch C13 840000 804000',
    ]);
  });
});
