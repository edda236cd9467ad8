import { decimal } from '../../src/core/decimal/decimal';
import { danishToIso, isoToDanish } from '../../src/taskpane/danish-date';
import {
  defaultDraft,
  localToday,
  parsePercent,
  UNIT_OERE,
  validateDraft,
} from '../../src/taskpane/params-draft';

const base = defaultDraft('2026-06-30');

describe('the parameters form', () => {
  it('starts with a valid draft: no total, 1 kr., no minimum own share of its own, today the Danish way, writing after a check off (Kontrollér only reads)', () => {
    expect(base).toEqual({ total: '', unit: 'krone', minShare: '', asOf: '30.06.2026', write: false });
    expect(validateDraft(base)).toEqual({
      params: { asOf: '2026-06-30', unit: 100n, total: null },
      errors: {},
    });
  });

  it('reads a Danish total into øre', () => {
    expect(validateDraft({ ...base, total: '1.500.000' }).params?.total).toBe(150_000_000n);
    expect(validateDraft({ ...base, total: '1.234,50' }).params?.total).toBe(123_450n);
  });

  it('names what is wrong with a total instead of using 0', () => {
    expect(validateDraft({ ...base, total: 'mange penge' })).toEqual({
      params: null,
      errors: { total: 'totalInvalid' },
    });
    expect(validateDraft({ ...base, total: '0' }).errors.total).toBe('totalNotPositive');
  });

  it('accepts a minimum share written the Danish way and refuses one outside 0-100', () => {
    expect(validateDraft({ ...base, minShare: '47,5' }).params?.minOwnShare).toEqual(decimal(475, 1));
    expect(validateDraft({ ...base, minShare: '50 %' }).params?.minOwnShare).toEqual(decimal(50));
    expect(validateDraft({ ...base, minShare: '100,5' }).errors.minShare).toBe('minShareInvalid');
    expect(validateDraft({ ...base, minShare: '-1' }).errors.minShare).toBe('minShareInvalid');
    // Empty is no minimum of the user's own: the sheet's rule, or none.
    expect(validateDraft({ ...base, minShare: '' }).errors.minShare).toBeUndefined();
    expect(validateDraft({ ...base, minShare: '' }).params?.minOwnShare).toBeUndefined();
    expect(validateDraft({ ...base, minShare: 'x' }).errors.minShare).toBe('minShareInvalid');
    expect(parsePercent('1.5.0')).toBeNull();
  });

  it('maps each rounding unit to øre', () => {
    expect(UNIT_OERE).toEqual({ oere: 1n, krone: 100n, hundred: 10_000n, thousand: 100_000n, count: 100n });
    expect(validateDraft({ ...base, unit: 'thousand' }).params?.unit).toBe(100_000n);
  });

  it('reads a date as dd.mm.åååå and wants a real calendar date', () => {
    expect(danishToIso('29.02.2024')).toBe('2024-02-29');
    expect(danishToIso('1.7.2026')).toBe('2026-07-01');
    expect(danishToIso('30-06-2026')).toBe('2026-06-30');
    expect(danishToIso('29.02.2023')).toBeNull();
    expect(danishToIso('2026-06-30')).toBeNull();
    expect(danishToIso('30.06.26')).toBeNull();
    expect(isoToDanish('2026-12-31')).toBe('31.12.2026');
    expect(validateDraft({ ...base, asOf: '31.12.2026' }).params?.asOf).toBe('2026-12-31');
    expect(validateDraft({ ...base, asOf: '' }).errors.asOf).toBe('asOfInvalid');
    expect(validateDraft({ ...base, asOf: '12/31/2026' }).errors.asOf).toBe('asOfInvalid');
  });

  it("takes today's date where the user is", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
