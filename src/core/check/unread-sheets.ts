/**
 * A sheet the adapter could not read (damaged XML, or cells spread so far apart that reading them would
 * cost gigabytes) is never left out without a word: it becomes an error finding naming the sheet and
 * the cell concerned, so a workbook with an unread sheet can never pass as free of errors.
 */
import { text, type Finding, type Text } from '../findings/finding';
import { finding } from '../findings/make';

export interface UnreadSheet {
  readonly name: string;
  /** The cell the message is about ('A1' when the whole sheet is). */
  readonly cell: string;
  /** Why, in a sentence that says what the user can do. */
  readonly why: Text;
}

export function unreadSheetFindings(unread: readonly UnreadSheet[] | undefined): Finding[] {
  return (unread ?? []).map((u) =>
    finding(
      'sheet-not-read',
      u.name,
      u.cell,
      text(
        `Arket »${u.name}« er ikke læst, så dets tabeller er ikke kontrolleret: ${u.why.da}`,
        `The sheet "${u.name}" was not read, so its tables were not checked: ${u.why.en}`,
      ),
    ),
  );
}
