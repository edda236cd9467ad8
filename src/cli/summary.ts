/**
 * The folder run's summary: one row per file (verdict, tables, counts, message) and one row per finding,
 * as a workbook with the sheets "Filer" and "Fund", or as one CSV (a row per finding, the file's columns
 * repeated; a file without findings gets one row). Written through a temporary file like the checked copy.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { text, type Lang } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import type { FileSummary } from './outcome';
import { refuseInputAsOutput } from '../adapters/xlsx/output-path';
import { saveThroughTemp } from '../adapters/xlsx/temp-files';
import { plainBook, type PlainSheet } from '../adapters/xlsx/plain-book';
import { contentSum } from '../core/output/sheet-marks';
import { settingsToValues } from '../core/output/settings-sheet';
import { SETTINGS_SHEET, type FordelSettings } from '../core/output/plan';
import { verdictText } from './verdict-text';

export { verdictText };

export const FILE_HEAD = {
  da: ['Fil', 'Resultat', 'Slutkode', 'Tabeller', 'Fejl', 'Advarsler', 'Info', 'Besked'],
  en: ['File', 'Result', 'Exit code', 'Tables', 'Errors', 'Warnings', 'Info', 'Message'],
};
export const FINDING_HEAD = {
  da: ['Fil', 'Ark', 'Celle', 'Alvor', 'Regel', 'Besked', 'Forventet', 'Faktisk'],
  en: ['File', 'Sheet', 'Cell', 'Severity', 'Rule', 'Message', 'Expected', 'Actual'],
};
const SEVERITY = {
  da: { error: 'fejl', warning: 'advarsel', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function tablesText(s: FileSummary): string {
  return s.tables.map((t) => `${t.sheet}!${t.range} (${t.kind})`).join('; ');
}

function fileRow(s: FileSummary, lang: Lang): (string | number)[] {
  const verdict = verdictText(s.verdict, lang);
  return [s.file, verdict, s.code, tablesText(s), s.errors, s.warnings, s.infos, s.message ?? ''];
}

function findingRows(s: FileSummary, lang: Lang): string[][] {
  return s.findings.map((f) => [
    s.file,
    f.sheet,
    f.cell,
    SEVERITY[lang][f.severity],
    f.rule,
    f.message,
    f.expected ?? '',
    f.actual ?? '',
  ]);
}

/** Refused before any file is checked when the summary would replace one of the workbooks read. */
export async function guardSummaryPath(file: string, inputs: readonly string[]): Promise<void> {
  await refuseInputAsOutput(file, inputs, `--summary ${file}`);
}

export async function writeSummary(
  file: string,
  files: readonly FileSummary[],
  lang: Lang,
  overwrite: boolean,
  inputs: readonly string[] = files.map((f) => f.file),
): Promise<void> {
  await guardSummaryPath(file, inputs);
  const target = path.resolve(file);
  const exists = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (exists && !overwrite) {
    throw new InputError(
      text(
        `Filen findes allerede: ${file} (brug --overwrite for at erstatte den).`,
        `The file already exists: ${file} (use --overwrite to replace it).`,
      ),
    );
  }
  const bytes = /\.csv$/i.test(file)
    ? Buffer.from(summaryCsv(files, lang), 'utf8')
    : await summaryXlsx(files, lang);
  try {
    await saveThroughTemp(target, bytes);
  } catch (e) {
    const why = (e as Error).message;
    throw new InputError(
      text(`Oversigten kan ikke gemmes: ${file} (${why})`, `The summary cannot be saved: ${file} (${why})`),
    );
  }
}

/** Semicolons and a byte-order mark, so Danish Excel opens it in columns with æøå intact. */
export function summaryCsv(files: readonly FileSummary[], lang: Lang): string {
  const head = [...FILE_HEAD[lang], ...FINDING_HEAD[lang].slice(1)];
  const lines: (string | number)[][] = [head];
  for (const s of files) {
    const own = fileRow(s, lang);
    const found = findingRows(s, lang);
    if (!found.length) lines.push([...own, '', '', '', '', '', '', '']);
    for (const f of found) lines.push([...own, ...f.slice(1)]);
  }
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function csvCell(v: string | number): string {
  let s = String(v);
  // A cell starting with = + - @ would become a formula in Excel: keep it text.
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function summaryXlsx(files: readonly FileSummary[], lang: Lang): Promise<Buffer> {
  const sheetNames = lang === 'da' ? ['Filer', 'Fund'] : ['Files', 'Findings'];
  const sheets: PlainSheet[] = [
    {
      name: sheetNames[0],
      rows: [FILE_HEAD[lang], ...files.map((s) => fileRow(s, lang))],
      widths: [40, 16, 10, 50, 8, 10, 8, 80],
    },
    {
      name: sheetNames[1],
      rows: [FINDING_HEAD[lang], ...files.flatMap((s) => findingRows(s, lang))],
      widths: [40, 18, 10, 10, 24, 80, 14, 14],
    },
  ];
  return plainBook([...sheets, markSheet(sheets)]);
}

/**
 * Fordel's mark: its settings sheet with a checksum of each sheet as written, so that a later folder run
 * knows this workbook for Fordel's own output (own-output.ts), and a user's workbook of the same name, or
 * this one once the user has written in it, for theirs.
 */
function markSheet(sheets: readonly PlainSheet[]): PlainSheet {
  const settings: FordelSettings = {
    version: 1,
    overrides: [],
    owned: [],
    ownedSheets: sheets.map((s) => s.name),
    // The sum of the values as they read back: a number no cell can hold is written as its text.
    sheetMarks: sheets.map((s) => ({
      name: s.name,
      sum: contentSum(
        s.rows.map((r) => r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))),
        0,
        0,
      ),
    })),
  };
  return { name: SETTINGS_SHEET, rows: settingsToValues(settings), widths: [], veryHidden: true };
}
