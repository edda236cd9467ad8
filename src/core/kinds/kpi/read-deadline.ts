/**
 * A KPI row's deadline. A date as the seeds write it ("31. december 2026", "ultimo 2025", "frem mod 2020",
 * a bare year, a date cell) is read as a day; words that name no day ("løbende", "hvert år", "2 år efter
 * vejledningen") are an open deadline, not an unreadable date. A mistyped date ("31-13-2025",
 * "31. decmber 2025") is still a finding at its cell.
 */
import { a1 } from '../../grid/a1';
import { cellAt, formatAt, isBlank } from '../../grid/grid';
import type { Located } from '../../located';
import { isNil } from '../../numbers/nil';
import { readDate } from '../../numbers/read-date';
import { readFailureFinding } from '../../numbers/read-failure';
import type { CellReader } from '../../check/read-cells';

export interface DeadlineRead {
  readonly deadline: Located<string> | null;
  /** Words that name no day, as written. */
  readonly open: Located<string> | null;
  /** Nothing written (blank or a dash). */
  readonly empty: boolean;
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const WORD = /(?:^|\s)\p{L}{3,}/u;

export function readDeadline(r: CellReader, row: number, col: number): DeadlineRead {
  const raw = cellAt(r.grid, row, col);
  const cell = a1(row, col);
  if (isBlank(raw) || isNil(raw)) return { deadline: null, open: null, empty: true };
  const read = readDate(raw, { format: formatAt(r.grid, row, col) });
  if (read.ok) return { deadline: { value: read.iso, cell }, open: null, empty: false };
  if (typeof raw === 'string' && WORD.test(raw) && !YEAR.test(raw))
    return { deadline: null, open: { value: raw.replace(/\s+/g, ' ').trim(), cell }, empty: false };
  r.findings.push(readFailureFinding(read, r.grid.name, cell));
  return { deadline: null, open: null, empty: false };
}
