/**
 * A split laid across, with its group title in column A left of the names, and its total stated in a note
 * under it that starts in column A too: the note is the table's, so the amounts are checked against it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const rows = (glostrup: number): RawValue[][] => [
  ['Fordelingsnøgle for driftsudgifter'],
  [null, 'Kommune', null, 'Herlev', 'København', 'Glostrup', 'Tårnby'],
  ['Fordeling', 'Indbyggere', 'antal', 10_000, 20_000, 30_000, 40_000],
  [null, 'Beløb (kr.)', 'kr.', 100_000, 200_000, glostrup, 400_000],
  [],
  ['Det samlede beløb er 1.000.000 kr.'],
];

const findings = (glostrup: number) =>
  checkWorkbook(snapshot([sheet('Ark1', rows(glostrup))]), PARAMS).findings.map(
    (f) => `${f.rule} ${f.cell} ${f.expected ?? ''}`,
  );

describe('a note under a split across, in the column left of it', () => {
  it('states the total the amounts are checked against', () => {
    // Before: without the note, the total was the amounts' own sum and every party was a little off.
    expect(findings(300_500)).toEqual(['split-unallocated B2:G4 1000000', 'split-mismatch F4 300000']);
  });

  it('passes the split typed right', () => {
    expect(findings(300_000)).toEqual([]);
  });
});
