/** Why a worksheet is reported instead of read: the same words from either reader. */
import { text } from '../../core/findings/finding';
import type { UnreadSheet } from '../../core/check/unread-sheets';

export const DAMAGED_SHEET = text(
  'arkets indhold i filen er beskadiget. Åbn projektmappen i Excel eller LibreOffice, gem den igen, og kør Fordel igen.',
  "the sheet's content in the file is damaged. Open the workbook in Excel or LibreOffice, save it again and run Fordel again.",
);

export function tooSparse(name: string, far: string, span: string, filled: number): UnreadSheet {
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
