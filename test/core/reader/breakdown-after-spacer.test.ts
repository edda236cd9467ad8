/**
 * A blank line or a blank column inside a co-financing table next to a breakdown: the "deraf" lines after a blank
 * line carry no running number of their own, and a "Heraf:" heading alone over the breakdown's columns in a table
 * laid across has nothing under it. Neither starts a table of its own: the table is read whole, its I alt too.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.cell}`);

function numbered(own: number): RawValue[][] {
  return [
    ['Budget og finansiering (kr.)'],
    ['Løbenr.', null, 2026, 'I alt'],
    [1, 'Regionens egenfinansiering', own, 8_400_000],
    [2, 'Statsligt tilskud', 3_800_000, 3_800_000],
    [],
    [null, 'deraf løn', 1_596_000, 1_596_000],
    [null, 'deraf øvrig drift', 2_204_000, 2_204_000],
    [3, 'Puljemidler', 2_900_000, 2_900_000],
    [null, 'I alt', 15_100_000, 15_100_000],
  ];
}

function across(drift2023: number): RawValue[][] {
  return [
    ['Tabel B Den samlede finansiering (2020-tal)'],
    [
      null,
      'Kulturregionens egenfinansiering',
      null,
      'Heraf:',
      '   drift',
      '   anlæg',
      'Statens medfinansiering',
      'I alt',
    ],
    ['2021', 1_500_000, null, null, 945_000, 555_000, 1_500_000, 3_000_000],
    ['2022', 1_500_000, null, null, 915_000, 585_000, 1_500_000, 3_000_000],
    ['2023', 1_500_000, null, null, drift2023, 660_000, 1_500_000, 3_000_000],
    ['2024', 1_500_000, null, null, 570_000, 930_000, 1_500_000, 3_000_000],
    ['Alt i alt', 6_000_000, null, null, 3_270_000, 2_730_000, 6_000_000, 12_000_000],
  ];
}

describe('deraf lines after a blank line, under a running number column', () => {
  it('reads one table down to its I alt', () => {
    const r = run(numbered(8_400_000));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].range).toMatchObject({ left: 0, right: 3, bottom: 8 });
    expect(loud(r)).toEqual([]);
  });

  it('finds the wrong figure by its year and its column total', () => {
    expect(loud(run(numbered(9_300_000))).sort()).toEqual(['total-mismatch@C9', 'total-mismatch@D3']);
  });
});

describe('a "Heraf:" heading alone after a blank column, in a table laid across', () => {
  it('reads one table over all its columns', () => {
    const r = run(across(840_000));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].range).toMatchObject({ left: 0, right: 7, bottom: 6 });
    expect(loud(r)).toEqual([]);
  });
});
