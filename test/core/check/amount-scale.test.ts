/** Bilag 4 in t.kr. against Tabel B in kroner: 1.500 t.kr. is 1.500.000 kr., not a difference. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { findAmountScale } from '../../../src/core/reader/amount-scale';
import { PARAMS, snapshot, tabelB } from './fixtures';

function breakdown(title: string, music2024: number): RawValue[][] {
  return [
    [title],
    ['Indsatsområde (t.kr.)', 2021, 2022, 2023, 2024, 'I alt'],
    ['Ungeområdet', 300, 300, 300, 300, 1_200],
    ['Musikområdet', 600, 600, 600, music2024, 1_800 + music2024],
    ['Kultur og sundhedsområdet', 600, 600, 600, 600, 2_400],
    ['I alt', 1_500, 1_500, 1_500, 900 + music2024, 5_400 + music2024],
  ];
}
const bilag4 = (music2024: number): RawValue[][] => [
  ...breakdown('Årlig statslig bevilling til indsatsområder 2021-24', 600),
  [],
  ...breakdown('Kulturregionens egenfinansiering 2021-24', music2024),
];
const run = (music2024: number) =>
  checkWorkbook(
    snapshot([gridFromRows('Tabel B', tabelB()), gridFromRows('Bilag 4', bilag4(music2024))]),
    PARAMS,
  );

describe('amounts in t.kr. beside amounts in kroner', () => {
  it('reads the unit from titles, headers and notes', () => {
    expect(findAmountScale(['Indsatsområde (t.kr.)'])).toBe(1_000);
    expect(findAmountScale(['Beløb i 1.000 kr.'])).toBe(1_000);
    expect(findAmountScale(['Budget 2026, mio. kr.'])).toBe(1_000_000);
    expect(findAmountScale(['Beløb (kr.)', 'Tilskud 2026'])).toBeUndefined();
  });

  it('finds Bilag 4 in t.kr. in line with Tabel B in kroner', () => {
    const r = run(600);
    expect(r.findings.filter((f) => f.rule === 'breakdown-mismatch')).toEqual([]);
    const reading = r.readings!.find((x) => x.tableId.startsWith('Bilag 4'))!;
    expect(reading.decisions.some((d) => d.role === 'amount-scale' && /t\.kr\./.test(d.because.da))).toBe(
      true,
    );
  });

  it('still finds the 100 t.kr. too much in Musikområdet 2024, in kroner', () => {
    const r = run(700);
    const e13 = r.findings.find((f) => f.rule === 'breakdown-mismatch' && f.cell === 'E13')!;
    expect(e13).toMatchObject({ expected: '1500000', actual: '1600000' });
  });
});
