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
    expect(findAmountScale(['Beløb (kr.)', 'Tilskud 2026'])).toBe(1);
    expect(findAmountScale(['Tilskud 2026'])).toBeUndefined();
  });

  it('takes a unit after a number as an amount, not as the unit of the table', () => {
    expect(findAmountScale(['EU-kontor: finansiering af budget på 17,5 mio. kr.'])).toBeUndefined();
    expect(
      findAmountScale(['Driftsunderstøttelse af TeleHjerte 2027 (budget 1,2 mio. kr.)']),
    ).toBeUndefined();
    expect(findAmountScale(['Tilskud på 1.000 kr. pr. indbygger'])).toBeUndefined();
    expect(findAmountScale(['Kontingent kr. 250.000', 'Budget i alt 500 t.kr.'])).toBeUndefined();
    expect(findAmountScale(['Budget 2,5 mio. kr. (beløb i 1.000 kr.)'])).toBe(1_000);
    expect(findAmountScale(['Tabel 3. Budget 2026 (1.000 kr.)'])).toBe(1_000);
    expect(findAmountScale(['Mio. kr.'])).toBe(1_000_000);
    expect(findAmountScale(['Finanslov 2026, i mia. kr.'])).toBe(1_000_000_000);
    expect(findAmountScale(['DKK m'])).toBe(1_000_000);
    expect(findAmountScale(['Tusinde kroner'])).toBe(1_000);
  });

  it('takes a scale over a plain "kr." left in a heading, and the nearest of two scales', () => {
    expect(findAmountScale(['Beløb (kr.)', 'Finansiering pr. kommune (t.kr.)'])).toBe(1_000);
    expect(findAmountScale(['Beløb (kr.)', 'Beløb i t.kr.'])).toBe(1_000);
    expect(findAmountScale(['Kilde (t.kr.)', 'Projektets budget (mio. kr.)'])).toBe(1_000);
    expect(findAmountScale(['Beløb (kr.)', 'Tallene er afrundet til hele t.kr.'])).toBe(1);
    // Within one heading too: "Kr." as the column's name, its scale in brackets.
    expect(findAmountScale(['Kr. (mio. kr.)'])).toBe(1_000_000);
    expect(findAmountScale(['DKK (t.kr.)', 'Beløb (kr.)'])).toBe(1_000);
    expect(findAmountScale(['Kr. i alt'])).toBe(1);
    const rows = [
      ['Projektets budget (mio. kr.)'],
      ['Kilde (kr.)', 2025, 2026, 'I alt'],
      ['Egenfinansiering', 1.3, 1.25, 2.55],
      ['Statstilskud', 1.2, 1.25, 2.45],
      ['I alt', 2.5, 2.5, 4.95],
    ];
    const r = checkWorkbook(snapshot([gridFromRows('Ark', rows)]), PARAMS);
    expect(r.tables[0].amountScale).toBe(1_000_000);
    expect(r.findings.find((f) => f.rule === 'total-mismatch')).toMatchObject({
      cell: 'D5',
      expected: '5000000',
      actual: '4950000',
    });
  });

  it('reads a unit in a header cell on its own, beside a year', () => {
    const rows = [
      ['Finansiering', 2025, 2026, 'I alt', 'mio. kr.'],
      ['Egenfinansiering', 1.3, 1.25, 2.55],
      ['Statstilskud', 1.2, 1.25, 2.45],
      ['I alt', 2.5, 2.5, 5],
    ];
    const r = checkWorkbook(snapshot([gridFromRows('Ark', rows)]), PARAMS);
    expect(r.tables[0].amountScale).toBe(1_000_000);
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
