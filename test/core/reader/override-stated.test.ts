/** A correction can state the amounts' unit and a table's minimum own share; the check then uses them. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows } from '../../../src/core/grid/grid';
import { emptySettings } from '../../../src/core/output/plan';

const ROWS = [
  ['Finansiering', null, null, null],
  ['Kilde', 2025, 2026, 'I alt'],
  ['Egenfinansiering', 450, 450, 900],
  ['Statslige midler', 550, 550, 1100],
  ['I alt', 1000, 1000, 2000],
];
const params = { lang: 'da' as const, asOf: '2026-06-30', unit: 100n, total: null, minOwnShare: decimal(50) };

function check(override: Record<string, unknown>) {
  const grid = gridFromRows('Ark1', ROWS);
  const settings = {
    ...emptySettings(),
    overrides: [{ sheet: 'Ark1', range: 'A2:D5', kind: 'cofinancing' as const, ...override }],
  };
  return checkWorkbook({ sheets: [grid], sheetNames: ['Ark1'], settings }, params);
}

describe('a correction that states unit and rule', () => {
  it('reads the amounts in the unit the user gave', () => {
    const r = check({ amountScale: 1000 });
    expect(r.tables[0].amountScale).toBe(1000);
    expect(r.readings![0].decisions.some((d) => d.role === 'amount-scale')).toBe(true);
    expect(check({}).tables[0].amountScale ?? 1).toBe(1);
  });

  it('checks own financing against the minimum the user gave', () => {
    // 45 % own financing: under 50 % it is short, under 40 % it is fine.
    const strict = check({});
    expect(strict.findings.some((f) => f.rule === 'cofinancing-below-minimum')).toBe(true);
    const stated = check({ minOwnShare: '40' });
    expect(stated.findings.some((f) => f.rule === 'cofinancing-below-minimum')).toBe(false);
  });
});
