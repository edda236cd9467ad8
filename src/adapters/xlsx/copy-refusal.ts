/**
 * Why a file gets the findings on their own instead of a checked copy: Fordel writes copies of .xlsx and
 * .xlsm packages only (package-copy.ts), and only of those its copy can patch safely.
 */
import { text, type Text } from '../../core/findings/finding';
import type { BookKind } from './read-book';

const FORMAT_NAME: Record<BookKind, string> = {
  xlsx: '.xlsx',
  xlsm: '.xlsm',
  xlsb: '.xlsb',
  xls: '.xls',
  ods: '.ods',
};

/** Why a file of this kind gets no copy, or null for a package Fordel can copy. */
export function copyRefusal(kind: BookKind): Text | null {
  if (kind === 'xlsx' || kind === 'xlsm') return null;
  const f = FORMAT_NAME[kind];
  return text(
    `Fordel skriver kun kontrollerede kopier af .xlsx- og .xlsm-filer, og denne er ${f}`,
    `Fordel only writes checked copies of .xlsx and .xlsm files, and this one is ${f}`,
  );
}

/** Why a package the copy cannot patch safely gets no copy. */
export const notCopyable = (): Text =>
  text(
    'filens opbygning kan ikke skrives tilbage uden at ændre den',
    "the file's structure cannot be written back without changing it",
  );
