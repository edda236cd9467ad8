/**
 * Text that Excel turns into a date or time when it is typed, or written through Range.values, into a
 * cell without the text format. Sources: the Excel.Range.values reference remarks (strings shaped like
 * a date of the user's locale, and ISO dates, are stored as dates) and Microsoft Support "Stop
 * automatically changing numbers to dates" (format the cells as Text before entering the value). The
 * fake covers the shapes Fordel's own output can take - "Nov 2024", "Sep-24", "1-2", "3/4",
 * "2024-01-15", "10:30" - read as English (United States); the exact day Excel picks does not matter
 * to the tests, only that the text stops being text.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The fake's "this year", for dates typed without one. */
const THIS_YEAR = 2026;

function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86_400_000);
}

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

export function typedDate(s: string): { serial: number; format: string } | null {
  const t = s.trim();
  let m = /^([a-z]{3,9})[ -](\d{2}|\d{4})$/i.exec(t); // "Nov 2024", "Sep-24"
  if (m && monthOf(m[1])) {
    const n = serial(fullYear(m[2]), monthOf(m[1])!, 1);
    return n === null ? null : { serial: n, format: 'mmm-yy' };
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t); // "1-2", "3/4": month and day of this year
  if (m) {
    const n = serial(THIS_YEAR, Number(m[1]), Number(m[2]));
    return n === null ? null : { serial: n, format: 'd-mmm' };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? null;
  if (m) {
    const n = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    return n === null ? null : { serial: n, format: 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const n = serial(fullYear(m[3]), Number(m[1]), Number(m[2]));
    return n === null ? null : { serial: n, format: 'm/d/yyyy' };
  }
  m = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60)
    return { serial: (Number(m[1]) * 60 + Number(m[2])) / 1440, format: 'h:mm' };
  return null;
}
