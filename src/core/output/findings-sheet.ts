/** The findings sheet: one row per finding, with a link to the cell it concerns. */
import type { Finding, Lang, Severity, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { sheetRef } from '../grid/a1';
import { fitCell } from './cell-text';
import type { OutValue, OwnedSheet } from './plan';
import type { TableReading } from '../check/result';

const SEVERITY: Record<Severity, Text> = {
  error: text('Fejl', 'Error'),
  warning: text('Advarsel', 'Warning'),
  info: text('Info', 'Info'),
};

const HEADERS: Text[] = [
  text('Alvor', 'Severity'),
  text('Regel', 'Rule'),
  text('Ark', 'Sheet'),
  text('Celle', 'Cell'),
  text('Besked', 'Message'),
  text('Forventet', 'Expected'),
  text('Faktisk', 'Actual'),
];

const READ: Text = text('Læsning', 'Reading');
const UNSURE: Text = text('Usikker', 'Unsure');

function splitId(id: string): [string, string] {
  const at = id.lastIndexOf('!');
  return [id.slice(0, at), id.slice(at + 1)];
}

export const FINDINGS_SHEET: Text = text('Fordel-fund', 'Fordel findings');

export function findingsSheet(
  name: string,
  findings: readonly Finding[],
  lang: Lang,
  checkedAt: string,
  readings: readonly TableReading[] = [],
): OwnedSheet {
  const title: OutValue[] = [
    lang === 'da'
      ? `Fordel: ${findings.length} fund, kontrolleret ${checkedAt}`
      : `Fordel: ${findings.length} findings, checked ${checkedAt}`,
  ];
  const rows: OutValue[][] = [title, HEADERS.map((h) => h[lang])];
  for (const f of findings) {
    const first = f.cell.split(':')[0];
    rows.push([
      SEVERITY[f.severity][lang],
      f.rule,
      f.sheet,
      { link: sheetRef(f.sheet, first), text: f.cell },
      fitCell(f.message[lang]),
      f.expected === undefined ? null : fitCell(f.expected),
      f.actual === undefined ? null : fitCell(f.actual),
    ]);
  }
  const bold = [0, 1];
  if (readings.length) {
    // How each table was read, so a verdict can be traced to what it rests on.
    rows.push([]);
    bold.push(rows.length);
    rows.push([lang === 'da' ? 'Sådan læste Fordel tabellerne' : 'How Fordel read the tables']);
    for (const r of readings) {
      const [sheet, cell] = splitId(r.tableId);
      bold.push(rows.length);
      rows.push([
        r.unsure ? UNSURE[lang] : READ[lang],
        r.kind,
        sheet,
        { link: sheetRef(sheet, cell), text: cell },
        fitCell(r.title),
        null,
        null,
      ]);
      for (const d of r.decisions)
        rows.push([null, d.role, null, d.cells || null, fitCell(d.because[lang]), null, null]);
      for (const u of r.unsureBecause) rows.push([null, 'unsure', null, null, fitCell(u[lang]), null, null]);
    }
  }
  return {
    name,
    values: rows,
    numberFormats: ['@', '@', '@', '@', '@', '@', '@'],
    columnWidths: [10, 24, 16, 10, 80, 14, 14],
    boldRows: bold,
  };
}
