/**
 * A split by population laid out with no header words: names, the population's shares rounded to one
 * decimal, the population and the amounts, in either order. The shares are the population's, rounded, and
 * the amounts follow the population to the krone: the population is the key, never the rounded shares.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const NAMES = ['Brønderslev', 'Sønderborg', 'Frederikssund', 'Albertslund', 'Bornholm', 'Allerød'];
const POP = [36_529, 74_123, 47_450, 29_262, 38_677, 26_496];
const ALL = 252_537;
/** Each share of the population rounded to tenths, the remainders handed out so the column says 100. */
const SHARES = [14.5, 29.3, 18.8, 11.6, 15.3, 10.5];
const TITLE = 'Kommunernes bidrag til det fælles sekretariat 2026';

type Order = 'share-first' | 'share-last';

/** The amounts at 3 kr. per inhabitant; the total row says what was to be split. */
function table(order: Order, amounts: number[]): RawValue[][] {
  const line = (name: string, share: number, pop: number, amount: number): RawValue[] =>
    order === 'share-first' ? [name, share, pop, amount] : [name, pop, amount, share];
  return [
    [TITLE],
    ...NAMES.map((n, i) => line(n, SHARES[i], POP[i], amounts[i])),
    line('I alt', 100, ALL, 3 * ALL),
  ];
}

const said = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS).findings.map((f) => `${f.rule} ${f.cell}`);

describe('shares that are a count rounded, beside the count and amounts that follow it', () => {
  const right = POP.map((p) => p * 3);

  it('reads a correct table as correct whichever side the shares stand', () => {
    // Before: the amounts were checked against the rounded shares, a warning on nearly every line.
    expect(said(table('share-first', right))).toEqual([]);
    expect(said(table('share-last', right))).toEqual([]);
  });

  it('finds the wrong amount, and only it, with the shares before the population', () => {
    const wrong = right.slice();
    wrong[1] = 222_396; // 222.369 with two digits swapped
    const found = said(table('share-first', wrong));
    expect(found).toContain('split-mismatch D3');
    // Before: the population was taken for the amounts, warnings on C2 and C4 and none on D3.
    expect(found.filter((f) => f.startsWith('split-mismatch'))).toEqual(['split-mismatch D3']);
  });

  it('finds the wrong amount with the shares last (the population first)', () => {
    const wrong = right.slice();
    wrong[4] = 115_031;
    // Before: the population was taken for the amounts of the shares, and the table said correct.
    expect(said(table('share-last', wrong))).toContain('split-mismatch C6');
  });
});
