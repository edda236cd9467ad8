/** Why a worksheet is reported instead of read: the same words from either reader. */
import { text } from '../../core/findings/finding';
import { a1, type RangePos } from '../../core/grid/a1';
import type { UnreadSheet } from '../../core/check/unread-sheets';
import { SPARSE_LIMITS } from './read-limits';

export const DAMAGED_SHEET = text(
  'arkets indhold i filen er beskadiget. Åbn projektmappen i Excel eller LibreOffice, gem den igen, og kør Fordel igen.',
  "the sheet's content in the file is damaged. Open the workbook in Excel or LibreOffice, save it again and run Fordel again.",
);

/**
 * A used range (0-based, bottom -1 when the sheet is empty) too large for one rectangle, or too large and
 * too thinly filled (`filled` cells with anything in them): the sheet's report, or null when it can be read.
 * A few cells far apart would cost gigabytes as a grid. Both readers ask here, so they refuse the same sheets.
 */
export function tooSparse(name: string, used: RangePos, filled: number): UnreadSheet | null {
  const { top, left, bottom, right } = used;
  const area = bottom < 0 ? 0 : (bottom - top + 1) * (right - left + 1);
  const readable =
    area <= SPARSE_LIMITS.maxArea &&
    (area <= SPARSE_LIMITS.sparseFromArea || filled * SPARSE_LIMITS.minFilledShare >= area);
  if (readable) return null;
  const far = a1(bottom, right);
  const span = `${a1(top, left)}:${far}`;
  const n = filled.toLocaleString('da-DK');
  return {
    name,
    cell: far,
    why: text(
      `arket bruges fra ${span}, men kun ${n} ${filled === 1 ? 'celle har' : 'celler har'} indhold, og så spredte celler kan Fordel ikke læse. Slet indholdet i ${far} (og andre fjerne celler), og kør igen.`,
      `the sheet is used from ${span} but only ${filled.toLocaleString('en-GB')} ${filled === 1 ? 'cell holds' : 'cells hold'} anything, and Fordel cannot read cells spread that far apart. Delete the content of ${far} (and other far-away cells) and run again.`,
    ),
  };
}
