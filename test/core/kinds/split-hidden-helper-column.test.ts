/**
 * A split with a hidden helper column of formulas (=C3/1000 under "t.kr. (hj.)"): the user checks the amounts
 * they see, not a copy worked out from them. The wrong amount and the total it fails are found once, in the
 * visible column; the helper's figures (which follow the typo) are no second split of their own.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const PARTIES: readonly [string, number, number][] = [
  ['Lemvig', 5.5, 291_335],
  ['Norddjurs', 29.8, 1_578_506],
  ['Viborg', 49.8, 2_637_906],
  ['Ikast-Brande', 14.9, 789_253],
];

function grid(ikast: number, helper: { hidden: boolean; formulas: boolean }): SheetGrid {
  const rows: RawValue[][] = [
    ['Fordelingsnøgle for driftsudgifter'],
    ['Kommune', 'Andel (%)', 'Beløb (kr.)', 't.kr. (hj.)'],
    ...PARTIES.map(([name, pct, kr]): RawValue[] => {
      const typed = name === 'Ikast-Brande' ? ikast : kr;
      return [name, pct, typed, typed / 1000];
    }),
    ['I alt', 100, 5_297_000, 5_297],
  ];
  const g = gridFromRows('Ark1', rows);
  return {
    ...g,
    ...(helper.hidden ? { hiddenCols: [3] } : {}),
    ...(helper.formulas ? { formulas: rows.map((r, i) => r.map((_, c) => c === 3 && i >= 2)) } : {}),
  };
}

const said = (g: SheetGrid) =>
  checkWorkbook(snapshot([g]), PARAMS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

describe('a hidden helper column of formulas beside a split', () => {
  it('is not judged as a second column of amounts', () => {
    expect(said(grid(764_253, { hidden: true, formulas: true }))).toEqual([
      'split-unallocated C7',
      'split-mismatch C6',
    ]);
  });

  it('finds nothing wrong in the correct split', () => {
    expect(said(grid(789_253, { hidden: true, formulas: true }))).toEqual([]);
  });

  it('still checks a hidden column the user typed (no formulas): what is counted unseen stays checked', () => {
    expect(said(grid(764_253, { hidden: true, formulas: false }))).toContain('split-mismatch D6');
  });
});
