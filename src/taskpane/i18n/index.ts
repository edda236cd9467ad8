/** Picks the pane's texts by language, fills in placeholders, and says numbers and plurals per language. */
import type { Lang } from '../../core/findings/finding';
import { da, type Strings } from './da';
import { en } from './en';

export type { Strings };

export const STRINGS: Record<Lang, Strings> = { da, en };

/** The locale each language's numbers and plural rules follow. */
export const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en' };

/** Replaces {name} with vars[name]; unknown placeholders are left as they are so a gap is visible. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Office reports e.g. "da-DK" or "en-US"; Fordel speaks Danish unless the host speaks English. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** 1234 -> "1.234" in Danish, "1,234" in English. */
export function thousands(n: number, lang: Lang = 'da'): string {
  const key = `${lang}:0`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: true });
    numberFormats.set(key, nf);
  }
  return nf.format(n);
}

/** An amount in kroner: "6.825.000 kr." / "DKK 6,825,000". */
export function kroner(n: number, lang: Lang): string {
  return lang === 'da' ? `${thousands(n, 'da')} kr.` : `DKK ${thousands(n, 'en')}`;
}

/** Intl's plural category for a count: 'one' or 'other' in both Danish and English. */
export function pluralOf(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * The text for a count: key + 'One' when the language's plural rules say "one" and the table has such a
 * text, else the key; {count} is filled in the language's way.
 */
export function counted(
  t: Strings,
  key: keyof Strings,
  count: number,
  vars: Record<string, string> = {},
): string {
  const lang: Lang = t.lang === 'en' ? 'en' : 'da';
  const one = `${key}One` as keyof Strings;
  const template = pluralOf(count, lang) === 'one' && one in t ? t[one] : t[key];
  return format(template, { ...vars, count: thousands(count, lang) });
}

/** Joins sentences with one full stop between them, whatever the first one ends with. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
