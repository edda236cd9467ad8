/**
 * A split with no header row, whose lines start with an account code typed as text ("1.88.71"): the first
 * party's line looks like every line under it (a code, a name, figures), so it is a party, not the header.
 * Taken for the header, its inhabitants and amount fell out of the sums and a correct table got two errors.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const TITLE = 'Bidrag til fælles turismeindsats 2026: 5,00 kr. pr. indbygger';

/** Five kroner per inhabitant; `skive` is Skive's amount as typed. */
function lines(skive = 220_520): RawValue[][] {
  return [
    ['1.88.71', 'Tårnby', 44_214, 221_070],
    ['0.35.51', 'Skive', 44_104, skive],
    ['0.57.78', 'Norddjurs', 36_477, 182_385],
    ['1.49.01', 'Brønderslev', 36_529, 182_645],
    [null, 'I alt', 161_324, 806_620],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings.map((f) => [f.severity, f.rule, f.cell, f.expected, f.actual].join(' '));

describe('account codes before the names of a split with no header', () => {
  it('reads the first line as a party, so the correct table has nothing wrong', () => {
    const r = run([[TITLE], ...lines()]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: 'apportionment', dataRows: [1, 2, 3, 4], totalRow: 5 });
    expect(said(r)).toEqual([]);
  });

  it('finds the amount typed wrong, not a total that leaves out the first party', () => {
    const r = run([[TITLE], ...lines(220_250)]);
    const rules = r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);
    expect(rules).toContain('split-mismatch D3');
    expect(rules.some((x) => x.startsWith('total-mismatch C'))).toBe(false);
  });

  it('says it cannot read lines alike with no title or header above them, instead of misreading them', () => {
    const r = run(lines());
    expect(r.tables).toEqual([]);
    expect(said(r)).toEqual(['info table-not-understood A1:D5  ']);
  });
});
