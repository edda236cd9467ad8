/**
 * The own share is checked in every period, also where another source left its cell empty (it pays nothing
 * that year), and in kroner when a line inside the table says what the amounts are in ("Beløb i mio. kr."):
 * that line is a note on the unit, not a source with no amounts.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';
import { decimal } from '../../../src/core/decimal/decimal';

// The user's setting: these sheets state no minimum of their own.
const run = (r: RawValue[][]) =>
  checkWorkbook(snapshot([gridFromRows('Ark1', r)]), { ...PARAMS, minOwnShare: decimal(50) });
const below = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.rule === 'cofinancing-below-minimum').map((f) => f.cell);

describe('own share with an empty cell in another source', () => {
  const rows: RawValue[][] = [
    ['Finansiering'],
    [null, 2025, 2026, 'I alt'],
    ['Egenfinansiering', 400_000, 400_000, 800_000],
    ['Statens pulje', 400_000, 500_000, 900_000],
    ['Fondsmidler', 100_000, null, 100_000],
    ['I alt', 900_000, 900_000, 1_800_000],
  ];

  it('is checked in the year the fund pays nothing, and said in kroner', () => {
    const r = run(rows);
    expect(below(r)).toEqual(['B3', 'C3', 'D3']);
    const item = r.items!.find((i) => i.rule === 'own-financing-short');
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('100.000 kr. i 2026');
  });

  it('leaves a correct table with an empty cell alone', () => {
    const ok = rows.map((row) => [...row]);
    ok[2] = ['Egenfinansiering', 500_000, 500_000, 1_000_000];
    ok[5] = ['I alt', 1_000_000, 1_000_000, 2_000_000];
    expect(run(ok).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a line inside the table that states the unit', () => {
  const rows: RawValue[][] = [
    ['Finansiering'],
    [null, 2025, 2026, 'I alt'],
    ['Beløb i mio. kr.'],
    ['Egenfinansiering', 2.4, 2.5, 4.9],
    ['Statens pulje', 2.5, 2.5, 5.0],
    ['I alt', 4.9, 5.0, 9.9],
  ];

  it('gives the unit, and the own share falls short by 100.000 kr., not by 0,10 kr.', () => {
    const r = run(rows);
    const said = r.readings![0].decisions.map((d) => d.because.da).join(' | ');
    expect(said).toContain('mio. kr.');
    expect(said).not.toContain('Beløb i mio. kr.«');
    expect(below(r)).toEqual(['B4', 'D4']);
    const item = r.items!.find((i) => i.rule === 'own-financing-short');
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('mangler 100.000 kr. i 2025');
  });
});
