/**
 * A split with no header row whose names have a number before them: a running number or the municipality
 * code, as a colleague adds them left of the names. The title is over the table, the lines under it are
 * parties; the first party is no header, so the key and the total are read from all of them and a digit
 * slip is named with the amount the key gives it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from './fixtures';

/** Nordjylland's split of 17.534.000 kr. by population, Rebild's amount typed with two digits swapped. */
function nordjylland(before: (i: number, code: number) => number, rebild: number): RawValue[][] {
  const parts: [number, string, number, number][] = [
    [773, 'Morsø', 19_344, 612_861],
    [851, 'Aalborg', 226_033, 7_161_233],
    [820, 'Vesthimmerlands', 35_632, 1_128_902],
    [846, 'Mariagerfjord', 41_541, 1_316_112],
    [787, 'Thisted', 42_572, 1_348_776],
    [860, 'Hjørring', 62_979, 1_995_316],
    [840, 'Rebild', 31_280, rebild],
    [813, 'Frederikshavn', 57_523, 1_822_458],
    [810, 'Brønderslev', 36_529, 1_157_321],
  ];
  return [
    ['Finansiering pr. kommune'],
    ...parts.map(([code, name, pop, amount], i) => [before(i, code), name, pop, amount]),
    [null, 'I alt', 553_433, 17_534_000],
  ];
}

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe.each([
  ['the municipality code', (_: number, code: number) => code],
  ['a running number', (i: number) => i + 1],
])('%s before the names, no header', (_, before) => {
  it('reads every line as a party and finds nothing in a right split', () => {
    const r = check(nordjylland(before, 991_021));
    expect(r.tables.map((t) => [t.kind, t.range])).toEqual([
      ['apportionment', { top: 0, left: 0, bottom: 10, right: 3 }],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('names the swapped digits with the amount the key gives, and no alarm on the head count', () => {
    const r = check(nordjylland(before, 919_021));
    const atRebild = r.findings.filter((f) => f.cell === 'D8');
    expect(atRebild.map((f) => [f.expected, f.actual])).toEqual([['991021', '919021']]);
    expect(r.findings.filter((f) => f.cell?.startsWith('C'))).toEqual([]);
  });
});

describe('a running number under a title line that states the total', () => {
  it('is no column of amounts split by the key', () => {
    const r = check([
      ['Greater Copenhagen EU Office: budget 2026, kontingent fordelt på medlemsgrupper'],
      ['Samlet beløb til fordeling: 17.500.000 kr.'],
      [1, 'Universiteter', 20, 3_500_000],
      [2, 'Regioner', 41, 7_175_000],
      [3, 'Kommuner', 39, 6_825_000],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
