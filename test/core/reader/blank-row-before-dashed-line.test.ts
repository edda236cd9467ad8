/**
 * A blank row inside a co-financing table, the line after it with a dash for nil where the line before has a
 * figure ("–" under 250): the dash is a figure's place, so the line goes on with the table. Left out, the
 * total first (or the total row at the foot) no longer adds up, and a correct table gets errors.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const serious = (rows: RawValue[][]) => run(rows).findings.filter((f) => f.severity !== 'info');

describe('a blank row before a line with dashes for nil', () => {
  it.each(['–', '-', '—'])(
    'keeps the refund after the blank row in a table with its total first (%s)',
    (dash) => {
      const rows: RawValue[][] = [
        ['Budget og finansiering'],
        ['', 'I alt', 2022, 2023, 2024],
        ['I alt', 4750, 600, 1500, 2650],
        ['Regionens egenfinansiering', 2950, 350, 1050, 1550],
        ['Private bidrag', 850, dash, dash, 850],
        ['Statsligt tilskud', 1000, 250, 450, 300],
        [],
        ['Tilbagebetaling af ubrugt tilskud', -50, dash, dash, -50],
      ];
      const r = run(rows);
      expect(r.tables.map((t) => [t.kind, t.range.bottom])).toEqual([['cofinancing', 7]]);
      expect(serious(rows)).toEqual([]);
    },
  );

  it('keeps the line and the I alt under it, so a slip in that I alt is found', () => {
    const r = run([
      ['Budget og finansiering'],
      ['', 2022, 2023, 2024, 'I alt'],
      ['Regionens egenfinansiering', 350_000, 1_050_000, 1_550_000, 2_950_000],
      ['Private bidrag', '–', '–', 850_000, 850_000],
      ['Statsligt tilskud', 250_000, 450_000, 300_000, 1_000_000],
      [],
      ['Tilbagebetaling af ubrugt tilskud', '–', '–', -50_000, -50_000],
      ['I alt', 600_000, 1_500_000, 2_560_000, 4_660_000],
    ]);
    expect(r.tables.map((t) => t.range.bottom)).toEqual([7]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('D8');
  });
});

describe('a blank column before columns with dashes for nil, the sources across', () => {
  it('keeps the sources after the blank column in the table', () => {
    const rows: RawValue[][] = [
      ['Finansieringsplan (t.kr.)'],
      ['År', 'I alt', 'Egenfinansiering', 'Statstilskud', '', 'Fondsmidler', 'Tilbagebetaling'],
      [2022, 700, 350, 250, '', 100, '–'],
      [2023, 1500, 1050, 450, '', '–', '–'],
      [2024, 2650, 1550, 1100, '', 50, -50],
      ['I alt', 4850, 2950, 1800, '', 150, -50],
    ];
    const r = run(rows);
    expect(r.tables.map((t) => [t.kind, t.range.right])).toEqual([['cofinancing', 6]]);
    expect(serious(rows)).toEqual([]);
  });
});
