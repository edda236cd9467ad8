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

/** Groups with their totals over them, named "I alt gruppe A": no party names, and none against them. */
function grouped(kalundborg: number): RawValue[][] {
  return [
    ['Bidrag til turisme 2026: 2,50 kr. pr. indbygger'],
    ['Værdi', 'Kolonne B', 'Beregnet'],
    ['I alt gruppe A', 101_092, 252_730],
    ['Kalundborg', 47_954, kalundborg],
    ['Balæerup', 53_138, 132_845],
    ['I alt gruppe B', 73_618, 184_045],
    ['Solrød', 25_040, 62_600],
    ['Hedensted', 48_578, 121_445],
    ['I alt', 174_710, 436_775],
  ];
}

describe('a split by groups with their totals labelled "I alt gruppe A" over them', () => {
  it('is read, its group totals no parties, and a correct split gets no error or warning', () => {
    const r = run(grouped(119_885));
    const t = r.tables[0];
    expect(t?.kind).toBe('apportionment');
    if (t?.kind !== 'apportionment') return;
    expect(t.dataRows).toEqual([3, 4, 6, 7]);
    expect(loud(r)).toEqual([]);
  });

  it('finds a wrong amount at its cell', () => {
    const found = loud(run(grouped(118_885)));
    expect(found).toContainEqual(['warning', 'split-mismatch', 'C4', '119885', '118885']);
    expect(found.filter((f) => f[2] !== 'C4' && f[0] === 'warning')).toEqual([]);
  });
});
