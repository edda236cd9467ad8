/** The browser page's own texts (the pane beside it has its own, in taskpane/i18n). */
import type { Lang } from '../core/findings/finding';

export const WEB_TEXTS = {
  da: {
    title: 'Fordel i browseren',
    intro: 'Kontrollér en projektmappe uden at installere noget. Filen forlader aldrig din browser.',
    open: 'Åbn projektmappe',
    drop: 'Du kan også slippe en .xlsx-, .xlsm-, .xls- eller .ods-fil her',
    opening: 'Åbner {name} …',
    opened: '{name} er åbnet: {sheets} ark.',
    downloadCopy: 'Hent kontrolleret kopi',
    downloadFindings: 'Hent fund som projektmappe',
    downloading: 'Laver filen …',
    downloaded: '{name} er hentet.',
    fundOnly: 'Der er ingen kontrolleret kopi, fordi {why}; fundene er hentet for sig.',
    checkFirst: 'Kontrollér først; så kan du hente resultatet.',
    sheets: 'Ark',
    more: 'Viser række 1-400 og kolonne A-AN af {rows} rækker og {cols} kolonner.',
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
    downloadCopy: 'Download checked copy',
    downloadFindings: 'Download findings as a workbook',
    downloading: 'Making the file …',
    downloaded: '{name} is downloaded.',
    fundOnly: 'There is no checked copy, because {why}; the findings were downloaded on their own.',
    checkFirst: 'Check first; then you can download the result.',
    sheets: 'Sheets',
    more: 'Showing rows 1-400 and columns A-AN of {rows} rows and {cols} columns.',
    empty: "Open a workbook to see its sheets here, with Fordel's marks on the cells.",
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    language: 'Dansk',
  },
} satisfies Record<Lang, Record<string, string>>;

export type WebTexts = (typeof WEB_TEXTS)['da'];
