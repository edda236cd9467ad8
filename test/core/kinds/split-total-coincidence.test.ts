/**
 * A split whose total cannot be seen (its amount a formula saved without its result) and whose first party
 * happens to equal the sum of the others (50 = 46 + 4): the row that says it is the total (its label, its
 * share of 100 %) is the total, and the first party stays a party. A sum through a cell Fordel cannot see is
 * unknown, never a sum without that cell.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { NO_RESULT, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.rule, f.cell]);
const totalRowOf = (r: ReturnType<typeof run>) => {
  const t = r.tables[0];
  return t.kind === 'apportionment' ? t.totalRow : undefined;
};

const PARTS: RawValue[][] = [
  ['Staten', 50, 5_350_000],
  ['Erhvervsorganisationer', 46, 4_922_000],
  ['Regioner', 4, 428_000],
];

describe('a total saved without its result, beside a party equal to the sum of the others', () => {
  it('keeps the labelled total with a share of 100 as the total', () => {
    const r = run([
      ['Bidrag til sekretariatet'],
      ['Part', 'Andel (%)', 'Beløb (kr.)'],
      ...PARTS,
      ['I alt', 100, NO_RESULT],
    ]);
    expect(totalRowOf(r)).toBe(5);
    expect(loud(r)).toEqual([['warning', 'formula-no-result', 'C6']]);
  });

  it('keeps an unlabelled last line whose shares say 100 as the total', () => {
    const r = run([
      ['Bidrag til sekretariatet'],
      ['Part', 'Andel (%)', 'Beløb (kr.)'],
      ...PARTS,
      [null, 100, NO_RESULT],
    ]);
    expect(totalRowOf(r)).toBe(5);
    expect(loud(r)).toEqual([['warning', 'formula-no-result', 'C6']]);
  });

  it('does not take the last party for a total over a first total it cannot see', () => {
    const r = run([
      ['Bidrag til sekretariatet'],
      ['Part', 'Andel (%)', 'Beløb (kr.)'],
      ['I alt', 100, NO_RESULT],
      ['Erhvervsorganisationer', 46, 4_922_000],
      ['Regioner', 4, 428_000],
      ['Staten', 50, 5_350_000],
    ]);
    expect(totalRowOf(r)).toBe(2);
    expect(loud(r)).toEqual([['warning', 'formula-no-result', 'C3']]);
  });
});
