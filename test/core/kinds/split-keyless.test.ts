/**
 * A split written as parties and amounts only (no key column): the amounts are checked against the stated
 * total, and the missing key is not an error. A correct list gets no error; a list whose amounts miss the
 * total gets the shortfall at the total, down the rows or laid out across.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const PARTIES: [string, number][] = [
  ['Viborg', 300_000],
  ['Skive', 200_000],
  ['Odense', 500_000],
  ['Nyborg', 250_000],
];

function down(total: number): RawValue[][] {
  return [['Kommune', 'Beløb (kr.)'], ...PARTIES.map(([p, a]) => [p, a]), ['I alt', total]];
}

function across(total: number): RawValue[][] {
  return [
    ['Kommune', ...PARTIES.map(([p]) => p), 'I alt'],
    ['Beløb (kr.)', ...PARTIES.map(([, a]) => a), total],
  ];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe.each([
  ['down the rows', down, 'B6'],
  ['across', across, 'F2'],
])('a split of amounts only, laid out %s', (_, layout, totalCell) => {
  it('gives a correct list no error and no warning', () => {
    const r = run(layout(1_250_000));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('names the amount the parties do not add up to at the total, and nothing about a key', () => {
    const r = run(layout(1_350_000));
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).not.toContain('invalid-key');
    expect(errors.map((f) => [f.cell, f.expected, f.actual])).toContainEqual([
      totalCell,
      '1350000',
      '1250000',
    ]);
  });
});
