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
