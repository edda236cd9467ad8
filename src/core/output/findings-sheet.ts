/** The findings sheet: one row per finding, with a link to the cell it concerns. */
import type { Finding, Lang, Severity, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { sheetRef } from '../grid/a1';
import { fitCell } from './cell-text';
import type { OutValue, OwnedSheet } from './plan';

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

export const FINDINGS_SHEET: Text = text('Fordel-fund', 'Fordel findings');

export function findingsSheet(
  name: string,
  findings: readonly Finding[],
  lang: Lang,
  checkedAt: string,
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
  return {
    name,
    values: rows,
    numberFormats: ['@', '@', '@', '@', '@', '@', '@'],
    columnWidths: [10, 24, 16, 10, 80, 14, 14],
    boldRows: [0, 1],
  };
}
