/**
 * A population split whose amounts were rounded to whole thousands by whoever made it: held to the krone,
 * every line was a warning on a right split. Held to the rounding they show, a right split is clean and a
 * real slip still stands out.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { amountRoundingUnit } from '../../../src/core/apportion/rounded-amounts';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const PEOPLE: [string, number][] = [
  ['Aalborg', 224_213],
  ['Hjørring', 63_865],
  ['Frederikshavn', 58_690],
  ['Brønderslev', 36_551],
  ['Jammerbugt', 38_310],
  ['Thisted', 42_985],
];
const WHOLE = PEOPLE.reduce((s, [, p]) => s + p, 0);

/** 3.000.000 kr. by population, each amount rounded to whole thousands; `change` edits one amount after. */
function split(change: (amounts: number[]) => void = () => undefined): RawValue[][] {
  const amounts = PEOPLE.map(([, p]) => Math.round((3_000_000 * p) / WHOLE / 1000) * 1000);
  const total = amounts.reduce((s, a) => s + a, 0);
  change(amounts);
  return [
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ...PEOPLE.map(([n, p], i): RawValue[] => [n, p, amounts[i]]),
    ['I alt', WHOLE, total],
  ];
}
const check = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const notInfo = (rows: RawValue[][]) => check(rows).findings.filter((f) => f.severity !== 'info');

describe('amounts rounded to whole thousands', () => {
  it('are held to that rounding, and the reading says so', () => {
    const r = check(split());
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const said = r.readings![0].decisions.find((d) => d.role === 'amount-rounding');
    expect(said?.because.da).toMatch(/afrundet til hele 1\.000\skr\./);
  });

  it('still find an amount off by more than the rounding, and only that one', () => {
    const found = notInfo(split((a) => (a[1] += 5000)));
    expect(found.filter((f) => f.rule === 'split-mismatch').map((f) => f.cell)).toEqual(['C3']);
  });

  it('are not inferred from round amounts of another key', () => {
    // Whole 10.000s that follow 28/52/40/30, beside a key of 27/50/43/30: no rounding makes them that key.
    const key = [27_000, 50_000, 43_000, 30_000].map((p) => decimal(p));
    const amounts = [350_000_00n, 650_000_00n, 500_000_00n, 375_000_00n];
    expect(amountRoundingUnit(amounts, key)).toBeNull();
  });

  it('are not inferred where the exact split is itself round', () => {
    // 50/30/20 of 3.000.000: round amounts are what the key gives, and 1.550.000 is 50.000 kr. off.
    const shares = [decimal(5), decimal(3), decimal(2)];
    expect(amountRoundingUnit([150_000_000n, 90_000_000n, 60_000_000n], shares)).toBeNull();
  });

  it('are not inferred from a few round figures', () => {
    const two = [decimal(224_213), decimal(63_865)];
    expect(amountRoundingUnit([233_400_000n, 66_600_000n], two)).toBeNull();
  });
});
