/**
 * A project's sources of financing under the stages of its appropriation ("Oprindeligt budget |
 * Tillægsbevilling | Korrigeret budget"): no periods, so no co-financing reading takes them, and a list of
 * sources alone once kept the budget reading off too; the table was not read and its wrong I alt passed. The
 * stages are a budget's columns: Korrigeret = Oprindeligt + Tillæg on every line, and each column sums to I alt.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const errors = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell, f.expected, f.actual]);

const table = (
  korrigeret: number,
  heads = ['Oprindeligt budget', 'Tillægsbevilling', 'Korrigeret budget'],
) => [
  ['Projektets finansiering'],
  [null, ...heads],
  ['Kommunens egenfinansiering', 640_000, 800_000, 1_440_000],
  ['Puljemidler', 0, 360_000, 360_000],
  ['Private bidrag', 360_000, 0, 360_000],
  ['EU-midler (ERDF)', 250_000, 330_000, 580_000],
  ['I alt', 1_250_000, 1_490_000, korrigeret],
];

describe('sources of financing under the stages of an appropriation', () => {
  it('is read, and a wrong I alt is named at its cell by its row and its column', () => {
    const r = run(table(2_810_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(errors(r)).toContainEqual(['budget-total-mismatch', 'D7', '2740000', '2810000']);
    expect(errors(r).every((e) => e[1] === 'D7')).toBe(true);
  });

  it('gives a correct table no error or warning', () => {
    const r = run(table(2_740_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
