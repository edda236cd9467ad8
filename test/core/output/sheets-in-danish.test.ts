/** The sheets Fordel writes speak Danish: dates, numbers as numbers, rule names, the settings marker. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { RULE_CODES } from '../../../src/core/findings/catalogue';
import { RULE_NAMES } from '../../../src/core/findings/rule-names';
import { emptySettings } from '../../../src/core/output/plan';
import { settingsFromValues, settingsToValues } from '../../../src/core/output/settings-sheet';
import { PARAMS, sheet, snapshot, tabelB } from '../check/fixtures';

describe('the findings sheet', () => {
  const result = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB(1_400_000))]), PARAMS);
  const fund = result.plan.sheets.find((s) => s.name === 'Fordel-fund')!;

  it('dates the check the Danish way', () => {
    expect(fund.values[0][0]).toMatch(/kontrolleret 24\.11\.2026$/);
  });

  it("shows the rule's Danish name beside its code", () => {
    const header = fund.values[1];
    expect(header.slice(0, 3)).toEqual(['Alvor', 'Regel', 'Regelnavn']);
    const row = fund.values.find((r) => r[1] === 'total-mismatch')!;
    expect(row[2]).toBe('Total stemmer ikke');
  });

  it('writes expected and actual as numbers, with a number format and the unit beside them', () => {
    const share = fund.values.find((r) => r[1] === 'cofinancing-below-minimum')!;
    expect(share[6]).toBe(50);
    expect(share[7]).toBe(48.2);
    expect(share[8]).toBe('%');
    const total = fund.values.find((r) => r[1] === 'total-mismatch')!;
    expect(typeof total[6]).toBe('number');
    expect(total[8]).toBe('kr.');
    expect(fund.numberFormats![6]).toBe('#,##0.00');
  });

  it('has a Danish name for every rule', () => {
    for (const code of RULE_CODES) expect(RULE_NAMES[code].da.length).toBeGreaterThan(3);
  });
});

describe('the settings sheet', () => {
  it('is marked in Danish, and settings written by earlier versions still read', () => {
    const values = settingsToValues(emptySettings());
    expect(values[0][0]).toBe('Fordels indstillinger, version 1 - må ikke ændres');
    expect(settingsFromValues(values)).toEqual(expect.objectContaining({ version: 1 }));
    const legacy = [['Fordel settings v1 - do not edit'], ...values.slice(1)];
    expect(settingsFromValues(legacy)).toEqual(expect.objectContaining({ version: 1 }));
    expect(settingsFromValues([['Mine noter'], ['{}']])).toBeNull();
  });
});
