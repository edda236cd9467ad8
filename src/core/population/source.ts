/**
 * Where the built-in population figures come from, and the line that must go with them wherever they
 * are shown (a table Fordel makes, a reading, the findings). Danmarks Statistik publishes FOLK1A under
 * CC BY 4.0, which asks for the attribution.
 */
import { text, type Text } from '../findings/text';

export const FOLK1A_SOURCE = {
  publisher: { da: 'Danmarks Statistik', en: 'Statistics Denmark' },
  table: 'FOLK1A',
  licence: 'CC BY 4.0',
  url: 'https://www.statistikbanken.dk/FOLK1A',
} as const;

const MONTHS_DA = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-01-01" as "1. januar 2026" / "1 January 2026". */
export function dateWords(date: string): Text {
  const [y, m, d] = date.split('-').map(Number);
  return text(`${d}. ${MONTHS_DA[m - 1]} ${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`);
}

/** "Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026". */
export function attribution(date: string): Text {
  const when = dateWords(date);
  return text(
    `Kilde: ${FOLK1A_SOURCE.publisher.da}, ${FOLK1A_SOURCE.table}, ${when.da}`,
    `Source: ${FOLK1A_SOURCE.publisher.en}, ${FOLK1A_SOURCE.table}, ${when.en}`,
  );
}

/** "FOLK1A pr. 1. januar 2025" / "FOLK1A at 1 January 2025", as the reading says it. */
export function figuresOf(date: string): Text {
  const when = dateWords(date);
  return text(`FOLK1A pr. ${when.da}`, `FOLK1A at ${when.en}`);
}
