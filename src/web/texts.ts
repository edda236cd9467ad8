/**
 * The browser page's own texts (the pane beside it has its own, in taskpane/i18n). A key ending in One is the
 * text for a count Intl.PluralRules calls "one", as in the pane.
 */
import type { Lang } from '../core/findings/finding';
import { columnLetters } from '../core/grid/a1';
import { format, pluralOf, thousands } from '../taskpane/i18n';

export const WEB_TEXTS = {
  da: {
    title: 'Fordel i browseren',
    intro: 'Kontrollér en projektmappe uden at installere noget. Filen forlader aldrig din browser.',
    open: 'Åbn projektmappe',
    drop: 'Du kan også slippe en .xlsx-, .xlsm-, .xls- eller .ods-fil her',
    opening: 'Åbner {name} …',
    opened: '{name} er åbnet: {sheets} ark.',
    openedOne: '{name} er åbnet: 1 ark.',
    downloadCopy: 'Hent kontrolleret kopi',
    downloadFindings: 'Hent fund som projektmappe',
    downloading: 'Laver filen …',
    downloaded: '{name} er hentet.',
    fundOnly: 'Der er ingen kontrolleret kopi, fordi {why}; fundene er hentet for sig.',
    checkFirst: 'Kontrollér først; så kan du hente resultatet.',
    sheets: 'Ark',
    more: 'Viser række 1-{lastRow} og kolonne A-{lastCol} af {rows} {rowsWord} og {cols} {colsWord}.',
    rows: 'rækker',
    rowsOne: 'række',
    cols: 'kolonner',
    colsOne: 'kolonne',
    empty: 'Åbn en projektmappe for at se dens ark her, med Fordels markeringer på cellerne.',
    error: 'Fejl',
    warning: 'Advarsel',
    info: 'Info',
    language: 'English',
  },
  en: {
    title: 'Fordel in the browser',
    intro: 'Check a workbook without installing anything. The file never leaves your browser.',
    open: 'Open workbook',
    drop: 'You can also drop an .xlsx, .xlsm, .xls or .ods file here',
    opening: 'Opening {name} …',
    opened: '{name} is open: {sheets} sheets.',
    openedOne: '{name} is open: 1 sheet.',
    downloadCopy: 'Download checked copy',
    downloadFindings: 'Download findings as a workbook',
    downloading: 'Making the file …',
    downloaded: '{name} is downloaded.',
    fundOnly: 'There is no checked copy, because {why}; the findings were downloaded on their own.',
    checkFirst: 'Check first; then you can download the result.',
    sheets: 'Sheets',
    more: 'Showing rows 1-{lastRow} and columns A-{lastCol} of {rows} {rowsWord} and {cols} {colsWord}.',
    rows: 'rows',
    rowsOne: 'row',
    cols: 'columns',
    colsOne: 'column',
    empty: "Open a workbook to see its sheets here, with Fordel's marks on the cells.",
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    language: 'Dansk',
  },
} satisfies Record<Lang, Record<string, string>>;

export type WebTexts = (typeof WEB_TEXTS)['da'];

/** "fil.xlsx er åbnet: 4 ark." / "file.xlsx is open: 1 sheet.", the count in the language's plural. */
export function openedText(lang: Lang, name: string, sheets: number): string {
  const w = WEB_TEXTS[lang];
  const template = pluralOf(sheets, lang) === 'one' ? w.openedOne : w.opened;
  return format(template, { name, sheets: thousands(sheets, lang) });
}

/**
 * What part of a large sheet the grid shows ("Viser række 1-400 og kolonne A-AN af 1.000 rækker og
 * 3 kolonner"): counts written the language's way, each noun in its plural.
 */
export function moreText(
  lang: Lang,
  sheet: { rows: number; cols: number },
  shown: { rows: number; cols: number },
): string {
  const w = WEB_TEXTS[lang];
  const word = (n: number, other: string, one: string) => (pluralOf(n, lang) === 'one' ? one : other);
  return format(w.more, {
    lastRow: thousands(shown.rows, lang),
    lastCol: columnLetters(Math.max(0, shown.cols - 1)),
    rows: thousands(sheet.rows, lang),
    rowsWord: word(sheet.rows, w.rows, w.rowsOne),
    cols: thousands(sheet.cols, lang),
    colsWord: word(sheet.cols, w.cols, w.colsOne),
  });
}
