import { checkCofinancing } from '../../../src/core/kinds/cofinancing/rules/all-rules';
import { decimal } from '../../../src/core/decimal/decimal';
import { perArea, plain, table, tabelB } from './tables';

describe('checkCofinancing', () => {
  it('passes the culture agreement tables', () => {
    const b = checkCofinancing(tabelB());
    expect(b.findings).toEqual([]);
    expect(b.rowStatus).toEqual(['ok', 'ok']);
    expect(b.ownShare.overall).toEqual(decimal(50));
    const area = checkCofinancing(perArea('Stat pr. område'));
    expect(area).toEqual({
      findings: [],
      rowStatus: ['ok', 'ok', 'ok'],
      ownShare: { perPeriod: [null, null, null, null], overall: null },
    });
  });

  it('gives the altered copy both the own-share and the total findings at the exact cells', () => {
    const r = checkCofinancing(tabelB(1_400_000), { minOwnShare: decimal(50) });
    expect(r.findings.map((f) => [f.rule, f.cell]).sort()).toEqual([
      ['cofinancing-below-minimum', 'D2'],
      ['cofinancing-below-minimum', 'F2'],
      ['total-mismatch', 'D4'],
      ['total-mismatch', 'F2'],
    ]);
    expect(r.rowStatus).toEqual(['error', 'ok']);
    expect(r.ownShare.perPeriod[2]).toEqual(decimal(4828, 2)); // 1.400.000 / 2.900.000
  });

  it('runs matching with the rules given', () => {
    const r = checkCofinancing(tabelB(1_400_000), { minOwnShare: decimal(25), matchingRatio: decimal(1) });
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'matching-shortfall',
      'matching-shortfall',
      'total-mismatch',
      'total-mismatch',
    ]);
  });

  it('warns about a source whose contribution comes out negative and marks the row', () => {
    const input = table(
      'S',
      [
        { label: 'Egen', type: 'own', amounts: [600, 600], total: 1200 },
        { label: 'Stat', type: 'state', amounts: [50, -100], total: -50 },
      ],
      null,
      { periods: ['2021', '2022'] },
    );
    const r = checkCofinancing(input);
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'negative-amount', severity: 'warning', cell: 'C3', actual: '-100' }),
    ]);
    expect(plain(r.findings[0].message.da)).toContain('-100 kr.');
    expect(r.rowStatus).toEqual(['ok', 'warning']);
  });

  it('does not invent findings for a missing cell', () => {
    const input = tabelB();
    input.rows[0].amounts[0] = null;
    const r = checkCofinancing(input, { matchingRatio: decimal(1) });
    expect(r.findings).toEqual([]);
    expect(r.ownShare.perPeriod[0]).toBeNull();
    expect(r.ownShare.overall).toEqual(decimal(50)); // from the row total F2
  });
});
