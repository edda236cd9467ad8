/**
 * A financing plan of one year with the sources' shares beside it and the year's total typed wrong: the shares
 * are of the whole the sources make, as the I alt column says. The wrong total has its own finding; the shares,
 * which are right, get none.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

function plan(total2024: number, share: number): RawValue[][] {
  return [
    ['Budget og finansiering'],
    ['Finansiering', 'I alt', '2024', 'Andel'],
    ['Regionens egenfinansiering', 3_350_000, 3_350_000, share],
    ['Statsligt tilskud', 500_000, 500_000, 0.086],
    ['Puljemidler', 550_000, 550_000, 0.095],
    ['EU-midler (ERDF)', 1_400_000, 1_400_000, 0.241],
    ['I alt', 5_800_000, total2024, 1],
  ];
}

describe('shares beside a year whose total is typed wrong', () => {
  it('names the total only', () => {
    expect(loud(run(plan(6_050_000, 0.578)))).toEqual(['total-mismatch@C7']);
  });

  it('still names a share that is wrong', () => {
    expect(loud(run(plan(5_800_000, 0.587)))).toEqual(['plan-share-mismatch@D3']);
  });
});
