/**
 * A co-financing table by years with each source's share of the whole beside its I alt ("Finansieringskilde |
 * 2026 | 2027 | I alt | Pct."): the shares are checked against the I alt column, as a plan's shares are
 * against its one amount column. Left out, a share typed wrong went unmentioned and the table was judged OK.
 * A column of percentages that fits no row is no share of the total, and says nothing.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}:${f.cell}`);

const table = (head: string, shares: RawValue[]): RawValue[][] => [
  ['Finansieringskilde', '2026', '2027', 'I alt', head],
  ['Staten', 500_000, 500_000, 1_000_000, shares[0]],
  ['Regionen', 250_000, 250_000, 500_000, shares[1]],
  ['Kommunen', 250_000, 250_000, 500_000, shares[2]],
  ['I alt', 1_000_000, 1_000_000, 2_000_000, shares[3]],
];

describe('shares beside the I alt of a table by years', () => {
  it.each(['Pct.', 'Andel', 'Andel (%)'])('names the share its I alt does not give (%s)', (head) => {
    const r = run(table(head, [50, 25, 20, 100]));
    expect(said(r)).toEqual(['plan-share-mismatch:warning:E4']);
    expect(r.findings[0].message.da.replace(/\s/g, ' ')).toContain('500.000 kr. af 2.000.000 kr. er 25 %');
    expect(r.verdicts![0].verdict).not.toBe('ok');
  });

  it('reads shares as fractions too, and a correct column says nothing', () => {
    expect(said(run(table('Andel', [0.5, 0.25, 0.2, 1])))).toEqual(['plan-share-mismatch:warning:E4']);
    expect(said(run(table('Andel', [0.5, 0.25, 0.25, 1])))).toEqual([]);
  });

  it('takes shares rounded so the column says 100 % as right: one share a whole last decimal off', () => {
    // 800 / 290 / 20 / 390 of 1.500: 53,33 / 19,33 / 1,33 / 26 %, published as 53,4 / 19,3 / 1,3 / 26,0.
    const rows: RawValue[][] = [
      ['Finansieringskilde', '2026', '2027', 'I alt', 'Pct. af i alt'],
      ['Egenfinansiering', 400_000, 400_000, 800_000, 0.534],
      ['Puljemidler', 145_000, 145_000, 290_000, 0.193],
      ['Fondsmidler', 10_000, 10_000, 20_000, 0.013],
      ['Private bidrag', 195_000, 195_000, 390_000, 0.26],
      ['I alt', 750_000, 750_000, 1_500_000, 1],
    ];
    expect(said(run(rows))).toEqual([]);
    rows[2][4] = 0.213;
    expect(said(run(rows))).toEqual(['plan-share-mismatch:warning:E3']);
  });
});
