/** Picks the pane's texts by language and fills in placeholders. */
import type { Lang } from '../../core/findings/finding';
import { da, type Strings } from './da';
import { en } from './en';

export type { Strings };

export const STRINGS: Record<Lang, Strings> = { da, en };

/** Replaces {name} with vars[name]; unknown placeholders are left as they are so a gap is visible. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Office reports e.g. "da-DK" or "en-US"; Fordel speaks Danish unless the host speaks English. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** The singular text (key + 'One') when count is 1, else the plural with {count} filled in. */
export function counted(t: Strings, key: keyof Strings, count: number): string {
  const one = `${key}One` as keyof Strings;
  if (count === 1 && one in t) return t[one];
  return format(t[key], { count: thousands(count) });
}

/** Joins sentences with one full stop between them, whatever the first one ends with. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** 1234 -> "1.234", the Danish way in both languages (Fordel's numbers are Danish throughout). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
