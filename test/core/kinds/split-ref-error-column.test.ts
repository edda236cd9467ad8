/**
 * A split whose last column shows #REF! on every line (a broken link to a budget sheet) under a share head
 * ("Pct. af budget"), with heads Fordel does not know over the key and the amounts: the head over errors names
 * nothing to read by, so the key and amounts are found by their content and the typo is named.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

function split(regioner: number): RawValue[][] {
  const ref = '#REF!';
  return [
    ['Fordeling af fælles udgifter efter indbyggertal'],
    ['Data', 'Opgørelse', 'Opgørelse', 'Pct. af budget'],
    ['Erhvervsorganisationer', 19, 2_012_480, ref],
    ['Regioner', 16, regioner, ref],
    ['Staten', 16, 1_694_720, ref],
    ['Fonde', 33, 3_495_360, ref],
    ['Universiteter', 16, 1_694_720, ref],
    ['I alt', 100, 10_592_000, ref],
  ];
}

const said = (rows: RawValue[][]) =>
  checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

describe('a column of #REF! under a share head beside a split', () => {
  it('does not stop the split being read: the typo is named', () => {
    expect(said(split(1_694_702))).toContain('split-mismatch C4');
  });
});
