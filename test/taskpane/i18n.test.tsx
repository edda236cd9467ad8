import { da } from '../../src/taskpane/i18n/da';
import { en } from '../../src/taskpane/i18n/en';
import { counted, format, kroner, langFromDisplayLanguage, thousands } from '../../src/taskpane/i18n';

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

describe('numbers and plurals per language', () => {
  it('says one and many right in Danish and English', () => {
    expect(counted(en, 'verdictErrors', 1)).toBe('1 error');
    expect(counted(en, 'verdictErrors', 2)).toBe('2 errors');
    expect(counted(da, 'verdictErrors', 1)).toBe('1 fejl');
    expect(counted(en, 'written', 1)).toBe('Wrote 1 cell into the workbook.');
    expect(counted(da, 'written', 1)).toBe('Skrev 1 celle i projektmappen.');
    expect(counted(da, 'fixed', 1)).toMatch(/^Rettede 1 celle\./);
    expect(counted(en, 'fixTitle', 1)).toBe('Correct 1 cell?');
    expect(counted(da, 'summaryTables', 0)).toBe('0 tabeller kontrolleret');
  });

  it('groups thousands the way each language does', () => {
    expect(counted(en, 'written', 1512)).toBe('Wrote 1,512 cells into the workbook.');
    expect(counted(da, 'written', 1512)).toBe('Skrev 1.512 celler i projektmappen.');
    expect(thousands(6_825_000, 'da')).toBe('6.825.000');
    expect(kroner(6_825_000, 'en')).toBe('DKK 6,825,000');
    expect(kroner(6_825_000, 'da')).toBe('6.825.000 kr.');
  });

  it('has a singular for every count the pane says in the plural', () => {
    for (const table of [da, en]) {
      for (const [key, value] of Object.entries(table)) {
        if (!value.includes('{count}') || key.endsWith('One')) continue;
        const plural =
          /\{count\} (celler|cells|tabeller|tables|advarsler|warnings|fejl|errors|steder|places|fund|findings)/.test(
            value,
          );
        if (plural) expect([key, `${key}One` in table]).toEqual([key, true]);
      }
    }
  });
});
