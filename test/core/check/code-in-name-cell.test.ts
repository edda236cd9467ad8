/**
 * A split whose names carry the municipality code in the same cell ("787 Thisted", as Statistikbanken
 * writes them): the names are parties, so the head count is the key and the amounts follow it, and a
 * slip is one wrong amount, not shares that sum to millions of percent.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from './fixtures';

/** KKR's membership fee of 8,00 kr. per inhabitant; Rudersdal's amount typed 5.000 kr. short. */
function fee(rudersdal: number): RawValue[][] {
  return [
    ['Kontingent til KKR 2026: 8,00 kr. pr. indbygger'],
    ['Navn', 'Indb.', 'Andel af udgift'],
    ['787 Thisted', 42_572, 340_576],
    ['230 Rudersdal', 57_912, rudersdal],
    ['320 Faxe', 38_143, 305_144],
    ['153 Brøndby', 40_990, 327_920],
    ['820 Vesthimmerlands', 35_632, 285_056],
    ['316 Holbæk', 75_009, 600_072],
    ['I alt', 290_258, 2_322_064],
  ];
}

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('the municipality code in the name cell', () => {
  it('reads the names as parties and finds nothing in a right split', () => {
    const r = check(fee(463_296));
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings).toEqual([]);
  });

  it('names the short amount at its cell, as an error of the table', () => {
    const r = check(fee(458_296));
    expect(r.findings.filter((f) => f.rule === 'shares-not-100')).toEqual([]);
    expect(r.findings.find((f) => f.cell === 'C4')).toMatchObject({ expected: '463296', actual: '458296' });
    expect(r.verdicts![0].verdict).toBe('errors');
  });
});
