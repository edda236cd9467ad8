import { checkTotals } from '../../../src/core/kinds/cofinancing/rules/totals';
import { perArea, table, tabelB, plain } from './tables';

describe('checkTotals', () => {
  it('finds nothing in the culture agreement as printed', () => {
    expect(checkTotals(tabelB())).toEqual([]);
    expect(checkTotals(perArea('Stat pr. område'))).toEqual([]);
    expect(checkTotals(perArea('Egen pr. område'))).toEqual([]);
  });

  it('points at the own row total and the 2023 I alt cell when 2023 own financing is 1.400.000', () => {
    const findings = checkTotals(tabelB(1_400_000));
    expect(findings.map((f) => f.cell).sort()).toEqual(['D4', 'F2']);

    const iAlt = findings.find((f) => f.cell === 'D4')!;
    expect(iAlt).toMatchObject({
      rule: 'total-mismatch',
      severity: 'error',
      sheet: 'Tabel B',
      expected: '2900000',
      actual: '3000000',
      related: ['D2:D3'],
    });
    expect(plain(iAlt.message.da)).toContain('2.900.000 kr.');
    expect(plain(iAlt.message.da)).toContain('3.000.000 kr.');
    expect(plain(iAlt.message.en)).toContain('D2:D3');

    expect(findings.find((f) => f.cell === 'F2')).toMatchObject({
      expected: '5900000',
      actual: '6000000',
      related: ['B2:E2'],
    });
  });

  it('checks the grand total against the total row and against the total column', () => {
    const across = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [10, 20], total: 30 },
        { label: 'Stat', type: 'state', amounts: [10, 20], total: 30 },
      ],
      { amounts: [20, 40], total: 61 },
      { periods: ['2021', '2022'] },
    );
    expect(checkTotals(across)).toEqual([
      expect.objectContaining({ cell: 'D4', expected: '60', actual: '61', related: ['B4:C4'] }),
    ]);

    // Without period cells on the total row the grand total is checked against the row totals.
    const down = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [], total: 30 },
        { label: 'Stat', type: 'state', amounts: [], total: 30 },
      ],
      { amounts: [], total: 59 },
      { periods: [] },
    );
    expect(checkTotals(down)).toEqual([
      expect.objectContaining({ cell: 'B4', expected: '60', actual: '59', related: ['B2:B3'] }),
    ]);
  });

  it('says nothing about a total whose parts are not all readable', () => {
    const input = tabelB();
    input.rows[0].amounts[2] = null; // D2 empty or unreadable: reported by the reader
    input.totalRow!.amounts[2] = { value: 123n, cell: 'D4' };
    // D4 and F2 have a missing part; only the grand total, whose own parts are all there, is judged.
    expect(checkTotals(input).map((f) => f.cell)).toEqual(['F4']);
    input.totalRow!.amounts[2] = { value: 300_000_000n, cell: 'D4' };
    expect(checkTotals(input)).toEqual([]);
  });

  it('does not blame the grand total for a wrong total cell among its parts', () => {
    const input = tabelB();
    input.totalRow!.amounts[1] = { value: 310_000_000n, cell: 'C4' };
    expect(checkTotals(input).map((f) => f.cell)).toEqual(['C4']);
  });

  it('still judges the grand total when one wrong cell breaks a total on each side of it', () => {
    // C2 (45) breaks the Egen row total and the 2022 total; both sides of the grand total still say 280.
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [50, 45, 40], total: 140 },
        { label: 'Stat', type: 'state', amounts: [50, 50, 40], total: 140 },
      ],
      { amounts: [100, 100, 80], total: 290 },
      { periods: ['2021', '2022', '2023'] },
    );
    expect(checkTotals(input).map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['C4', '95', '100'],
      ['E2', '135', '140'],
      ['E4', '280', '290'],
    ]);
    // When the two sides disagree with each other, neither proves the grand total wrong.
    input.rows[1].total = { value: 15_000n, cell: 'E3' };
    expect(checkTotals(input).map((f) => f.cell)).not.toContain('E4');
  });

  it('keeps negative amounts in the sums', () => {
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [100, -20], total: 80 },
        { label: 'Stat', type: 'state', amounts: [50, 50], total: 100 },
      ],
      { amounts: [150, 50], total: 180 },
      { periods: ['2021', '2022'] },
    );
    // C4 should be 30; the grand total 180 agrees with the row totals 80 + 100.
    expect(checkTotals(input)).toEqual([
      expect.objectContaining({ cell: 'C4', expected: '30', actual: '50' }),
    ]);
  });

  it('works in øre', () => {
    const input = table('S', [{ label: 'Egen', type: 'own', amounts: [1, 1], total: 2 }], null, {
      periods: ['a', 'b'],
    });
    input.rows[0].amounts[0] = { value: 150n, cell: 'B2' }; // 1,50 kr.
    expect(checkTotals(input)).toEqual([
      expect.objectContaining({ cell: 'D2', expected: '2.5', actual: '2' }),
    ]);
  });
});
