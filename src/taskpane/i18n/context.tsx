/** The pane's current language and texts, shared by every component without passing props down. */
import { createContext, useContext } from 'react';
import type { Lang } from '../../core/findings/finding';
import { STRINGS, type Strings } from '.';

export interface I18n {
  readonly lang: Lang;
  readonly t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'da', t: STRINGS.da });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
