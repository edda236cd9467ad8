import { da } from '../../src/taskpane/i18n/da';
import { en } from '../../src/taskpane/i18n/en';
import { format, langFromDisplayLanguage } from '../../src/taskpane/i18n';

describe('pane texts', () => {
  it('has the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(da[key])]);
    }
  });

  it('has no empty text', () => {
    for (const table of [da, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{cells} celler i {sheet}', { cells: 12, sheet: 'Ark1' })).toBe('12 celler i Ark1');
    expect(format('{missing} x', {})).toBe('{missing} x');
  });

  it('speaks English only when Office does', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('da-DK')).toBe('da');
    expect(langFromDisplayLanguage('de-DE')).toBe('da');
    expect(langFromDisplayLanguage(undefined)).toBe('da');
  });
});
