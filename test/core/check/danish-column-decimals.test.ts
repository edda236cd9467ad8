/**
 * A column of amounts pasted as text is read the way its own cells write numbers: "7,175" under "3,5" and
 * "17,5" is a Danish decimal, not an English thousand, so a slip in it is found as one. And "3,5 mio." in a
 * column headed "mio. kr." is 3,5 mio. kr., not multiplied by a million twice.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from './fixtures';

const euOffice = (amounts: RawValue[]): RawValue[][] => [
  ['Greater Copenhagen EU Office: budget 2026'],
  ['Medlemsgruppe', 'Andel (%)', 'Kontingent (mio. kr.)'],
  ['Universiteter', 20, amounts[0]],
  ['Regioner', 41, amounts[1]],
  ['Kommuner', 39, amounts[2]],
  ['I alt', 100, amounts[3]],
];

const findings = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS).findings.filter((f) => f.rule !== 'unknown-party');

describe('text amounts read by their column', () => {
  it('reads "7,175" beside "3,5" and "17,5" as a decimal and finds the swapped digits', () => {
    // Before: two ambiguous numbers, and the slip in C5 went unseen.
    const said = findings(euOffice(['3,5', '7,175', '6,852', '17,5']));
    expect(said.map((f) => `${f.rule} ${f.cell}`)).toEqual(['split-unallocated C6', 'split-mismatch C5']);
    expect(said[1].actual).toBe('6852000');
  });

  it('passes the same column typed right', () => {
    expect(findings(euOffice(['3,5', '7,175', '6,825', '17,5']))).toEqual([]);
  });

  it('still asks about "7,175" when nothing in its column tells', () => {
    const said = findings(euOffice(['3.500', '7,175', '6,825', '17.500']));
    expect(said.map((f) => `${f.rule} ${f.cell}`)).toEqual(['ambiguous-number C4', 'ambiguous-number C5']);
  });

  it('does not multiply "6,852 mio." by the header\'s mio. kr. once more', () => {
    // Before: 6.852.000.000.000 kr.
    const said = findings(euOffice(['3,5 mio.', '7,175 mio.', '6,852 mio.', '17,5 mio.']));
    const mismatch = said.find((f) => f.rule === 'split-mismatch');
    expect(mismatch?.cell).toBe('C5');
    expect(mismatch?.actual).toBe('6852000');
    expect(mismatch?.expected).toBe('6825000');
  });
});
