/**
 * Excel's 1900 date system: serial 1 is 1 January 1900. Excel also counts a 29 February 1900
 * that never existed (serial 60, kept for compatibility with Lotus 1-2-3), so every serial from
 * 61 on is one day ahead of a plain day count.
 */

export const FAKE_LEAP_DAY_SERIAL = 60;
/** 31 December 9999, the last date Excel can show. */
export const LAST_SERIAL = 2958465;

const DAY_MS = 86_400_000;

/** ISO date of a whole serial, or null for 0, negatives, serial 60 and beyond 9999. */
export function serialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > LAST_SERIAL) return null;
  if (serial === FAKE_LEAP_DAY_SERIAL) return null;
  const base = serial < FAKE_LEAP_DAY_SERIAL ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + serial * DAY_MS).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
