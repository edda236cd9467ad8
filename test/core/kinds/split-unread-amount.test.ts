/**
 * An amount Fordel cannot read ("3,645" in a column of mio. kr.: a decimal or thousands?) has its own finding
 * at its cell. The sum of the amounts is then unknown: no gap to the total is claimed from the others.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (third: RawValue): RawValue[][] => [
  ['Kommune', 'Andel i pct.', 'Beløb (kr.)'],
  ['Viborg', 40, 400_000],
  ['Skive', 35, 350_000],
  ['Odense', 25, third],
  ['I alt', 100, 1_000_000],
];

const run = (third: RawValue) => checkWorkbook(snapshot([sheet('Ark1', rows(third))]), PARAMS).findings;

describe('a split with an amount that cannot be read', () => {
  it('names the cell and claims no gap to the total', () => {
    const findings = run('250,000');
    expect(findings.map((f) => f.cell)).toContain('C4');
    expect(findings.filter((f) => f.rule === 'split-unallocated')).toEqual([]);
  });

  it('still says the gap when every amount is read', () => {
    const findings = run(240_000);
    expect(findings.filter((f) => f.rule === 'split-unallocated').map((f) => f.cell)).toEqual(['C5']);
  });
});
