/**
 * A small split whose header words say nothing ("Beregnet", "Tal") and one of whose three names is misspelt:
 * two of the three lines name municipalities, and the "I alt" line under them is their total, not a name
 * that counts against them. The split is read, down the rows or across, and a wrong amount is found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.rule, f.cell, f.expected, f.actual]);

/** 8 kr. per inhabitant; Gribskov's amount is given. */
function down(gribskov: number): RawValue[][] {
  return [
    ['Kontingent 2026'],
    ['Beregnet', 'Beregnet', 'Tal'],
    ['Thited', 42_572, 340_576],
    ['Gribskov', 41_787, gribskov],
    ['Ikast-Brande', 43_305, 346_440],
    ['I alt', 127_664, 1_021_312],
  ];
}

function across(gribskov: number): RawValue[][] {
  const rows = down(gribskov).slice(1);
  return [['Kontingent 2026'], ...rows[0].map((_, c) => rows.map((r) => r[c]))];
}

describe.each([
  ['down the rows', down, ['C6', 'C4']],
  ['across', across, ['E4', 'C4']],
])(
  'a split of three parties, one misspelt, with no header words, laid out %s',
  (_, layout, [total, cell]) => {
    it('gives the correct split no error or warning', () => {
      expect(loud(run(layout(334_296)))).toEqual([]);
    });

    it('finds the wrong amount at its cell', () => {
      expect(loud(run(layout(339_296)))).toEqual([
        ['error', 'split-unallocated', total, '1021312', '1026312'],
        ['warning', 'split-mismatch', cell, '334296', '339296'],
      ]);
    });
  },
);
