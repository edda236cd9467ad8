import { readFailureFinding } from '../../../src/core/numbers/read-failure';
import { readNumber } from '../../../src/core/numbers/read-number';
import { readDate } from '../../../src/core/numbers/read-date';

describe('readFailureFinding', () => {
  it('makes a finding on the sheet and cell with the failure code as rule', () => {
    const r = readNumber('abc');
    if (r.ok) throw new Error('expected a failure');
    expect(readFailureFinding(r, 'Tabel B', 'C7')).toEqual({
      rule: 'not-a-number',
      severity: 'error',
      sheet: 'Tabel B',
      cell: 'C7',
      message: r.message,
    });
  });

  it.each<[Parameters<typeof readNumber>[0], string, string]>([
    ['3.5', 'ambiguous-number', 'warning'],
    [null, 'missing-value', 'warning'],
    [{ error: '#REF!' }, 'formula-error', 'error'],
  ])('%p gives rule %s with its catalogue severity %s', (raw, rule, severity) => {
    const r = readNumber(raw);
    if (r.ok) throw new Error('expected a failure');
    const f = readFailureFinding(r, 'Ark1', 'B2');
    expect([f.rule, f.severity]).toEqual([rule, severity]);
  });

  it('works for dates too', () => {
    const r = readDate('snart');
    if (r.ok) throw new Error('expected a failure');
    expect(readFailureFinding(r, 'KPI', 'F4').rule).toBe('not-a-number');
  });
});
