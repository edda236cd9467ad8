/**
 * A municipality whose share makes 100 % with the others' is one of the parts, even when its figures equal the
 * sum of the rest (Aalborg's 50 % and 60.000 kr. beside 25 % and 30.000 kr. twice). And an amount the reader
 * cannot add ("kr. 60.000" as text) is no zero: no row is taken for a total by adding it as nothing.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (amounts: RawValue[], shares: RawValue[] = [50, 25, 25]): RawValue[][] => [
  ['Kontingent 2026: 120.000 kr. fordeles efter andel'],
  ['Medlem', 'Andel', 'Beløb'],
  ['Aalborg', shares[0], amounts[0]],
  ['Hjørring', shares[1], amounts[1]],
  ['Frederikshavn', shares[2], amounts[2]],
];

const check = (r: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', r)]), PARAMS);
const said = (r: RawValue[][]) => check(r).findings.map((f) => `${f.rule} ${f.cell}`);

describe('a party equal to the sum of the others', () => {
  it('is a party when the shares of all rows make 100 %', () => {
    // Before, Aalborg was the total: "the shares sum to 50 %".
    expect(said(rows([60_000, 30_000, 30_000]))).toEqual([]);
    const reading = check(rows([60_000, 30_000, 30_000])).readings![0];
    expect(reading.decisions.some((d) => d.role === 'total-row')).toBe(false);
  });

  it('still finds a wrong amount against the total in the title', () => {
    const found = said(rows([60_000, 30_000, 31_000]));
    expect(found).toContain('split-mismatch C5');
  });

  it('is not made a total by amounts typed as text it cannot add', () => {
    // Before, "kr. 60.000" counted as nothing, so Frederikshavn's 30.000 was "the sum" of Hjørring alone.
    expect(said(rows(['kr. 60.000', '30.000 kr.', '30.000 kr.'], ['50 %', '25 %', '25 %']))).toEqual([]);
  });
});
