/**
 * Reads deadlines and as-of dates. A number is an Excel date serial, except a whole number from
 * 1900 to 2200 in a cell without a date format: that is a year someone typed ("2026"), and like
 * "udgangen af 2026" it means 31 December. Text is read in the ways Danish documents write dates;
 * a month alone means its last day, because these are deadlines. Never throws.
 */
import { isCellError, type RawValue } from '../grid/grid';
import { isDateFormat } from './excel-format';
import { daysInMonth, FAKE_LEAP_DAY_SERIAL, isoDate, serialToIso } from './excel-serial';
import { msg } from './number-messages';
import { cleanText } from './parse-number-text';
import { fail, type NumberFail } from './read-number';

export type DateRead = { ok: true; iso: string } | NumberFail;

const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  marts: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
}; // prettier-ignore

/**
 * Words in front that do not change the date: "senest 31-12-2026", "pr. 1. januar 2026", "frem mod 2020"
 * (Vækstforum's "frem mod 2020": by the end of 2020), "til og med 31. december 2027".
 */
const LEAD =
  /^(?:senest|inden|pr\.?|per|den|d\.|by|as of|udgangen af|ultimo|slutningen af|end of|frem mod|frem til|til og med|t\.o\.m\.|i løbet af|i)\s+/;

export function readDate(raw: RawValue, opts: { format?: string | null } = {}): DateRead {
  try {
    return read(raw, opts.format ?? null);
  } catch {
    return fail('not-a-number', msg.notADate(typeof raw === 'string' ? raw : String(raw)));
  }
}

function read(raw: RawValue, format: string | null): DateRead {
  if (raw === null || raw === undefined) return fail('missing-value', msg.empty());
  if (typeof raw === 'boolean') return fail('not-a-number', msg.boolean(raw));
  if (typeof raw === 'number') return readSerial(raw, format);
  if (isCellError(raw))
    return raw.noResult
      ? fail('formula-no-result', msg.formulaNoResult())
      : fail('formula-error', msg.formulaError(String(raw.error)));
  if (typeof raw !== 'string') return fail('not-a-number', msg.notADate(String(raw)));
  const s = cleanText(raw).toLowerCase();
  if (s === '') return fail('missing-value', msg.empty());
  return readText(s, raw);
}

function readSerial(n: number, format: string | null): DateRead {
  if (!Number.isFinite(n)) return fail('not-a-number', msg.notFinite());
  if (Number.isInteger(n) && n >= 1900 && n <= 2200 && !isDateFormat(format)) {
    return { ok: true, iso: `${n}-12-31` };
  }
  // A time of day (the fraction) does not move a deadline.
  const serial = Math.floor(n);
  if (serial === FAKE_LEAP_DAY_SERIAL) return fail('not-a-number', msg.fakeLeapDay());
  const iso = serialToIso(serial);
  return iso ? { ok: true, iso } : fail('not-a-number', msg.serialOutOfRange(n));
}

function readText(text: string, raw: string): DateRead {
  let s = text;
  for (let m = LEAD.exec(s); m; m = LEAD.exec(s)) s = s.slice(m[0].length);
  // "primo 2026" is the start of the year (end of January), "medio 2026" the middle (end of June).
  const part = /^(primo|medio)\s+(\d{4})$/.exec(s);
  if (part) {
    const iso = endOfMonth(Number(part[2]), part[1] === 'primo' ? 1 : 6);
    return iso ? { ok: true, iso } : fail('not-a-number', msg.impossibleDate(raw));
  }

  const found = matchDate(s);
  if (found === 'no-match') return fail('not-a-number', msg.notADate(raw));
  if (!found) return fail('not-a-number', msg.impossibleDate(raw));
  return { ok: true, iso: found };
}

/** ISO date, null when the shape is right but the date does not exist, 'no-match' otherwise. */
function matchDate(s: string): string | null | 'no-match' {
  let m = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[4]), Number(m[3]), Number(m[1]));

  // ISO, possibly with a time that ExcelJS or a CSV export added.
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(
    s,
  );
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));

  // "4. kvartal 2026", "Q4 2026", "2. halvår 2026": the last day of the period.
  m = /^(?:q([1-4])|([1-4])\.\s*kvartal)\s+(\d{4})$/.exec(s);
  if (m) return endOfMonth(Number(m[3]), Number(m[1] ?? m[2]) * 3);
  m = /^([12])\.\s*halvår\s+(\d{4})$/.exec(s);
  if (m) return endOfMonth(Number(m[2]), Number(m[1]) * 6);

  m = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]];
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : 'no-match';
  }

  m = /^([a-zæøå]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]];
    return month ? endOfMonth(Number(m[2]), month) : 'no-match';
  }

  m = /^(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[1]), 12, 31);

  return 'no-match';
}

function endOfMonth(year: number, month: number): string | null {
  if (year < 1900 || year > 9999) return null;
  return isoDate(year, month, daysInMonth(year, month));
}
