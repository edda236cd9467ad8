/**
 * "Andel af udgift" over kroner beside a head count named by a word Fordel does not know ("Indb."): the
 * kroner follow the count, so the count is the key and "Andel af udgift" the amounts, down the rows or across.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const NAMES = ['Brønderslev', 'Nyborg', 'Holbæk', 'Svendborg', 'Rudersdal', 'Egedal', 'Skive', 'Langeland'];
const POP = [36_529, 32_401, 75_009, 60_027, 57_912, 46_240, 44_104, 11_841];
const TITLE = 'Bidrag til fælles turismeindsats 2026: 5,00 kr. pr. indbygger';

function down(amounts: number[]): RawValue[][] {
  return [
    [TITLE],
    ['Navn', 'Indb.', 'Andel af udgift'],
    ...NAMES.map((n, i) => [n, POP[i], amounts[i]]),
    ['I alt', 364_063, 1_820_315],
  ];
}

const said = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS).findings.map((f) => `${f.rule} ${f.cell}`);

describe('a split by an unnamed head count', () => {
  const right = POP.map((p) => p * 5);

  it('reads the kroner as amounts, not as shares (down the rows)', () => {
    // Before: "the shares sum to 1.820.315 %".
    expect(said(down(right))).toEqual([]);
  });

  it('reads it across the columns too', () => {
    const rows = down(right);
    const across = rows[1].map((_, c) => rows.slice(1).map((r) => r[c]));
    expect(said([[TITLE], ...across])).toEqual([]);
  });

  it('finds an amount that does not follow the rate', () => {
    const wrong = right.slice();
    wrong[2] += 100;
    expect(said(down(wrong))).toContain('split-mismatch C5');
  });
});
