/**
 * Lines of words among a table's lines that head or remark on them ("Nye deltagere fra 2026:", "* Foreløbige
 * tal"): the reading says which, so a user sees why such a line is neither a party nor a source.
 */
import { text, type Text } from '../findings/finding';
import type { SheetCells } from './cells';

export function noteLinesReading(cells: SheetCells, col: number, rows: readonly number[]): Text {
  const names = rows.map((r) => `»${cells.text(r, col)}«`).join(', ');
  const namesEn = rows.map((r) => `"${cells.text(r, col)}"`).join(', ');
  return rows.length === 1
    ? text(
        `${names} er en overskrift eller en note, ikke en del af tallene`,
        `${namesEn} is a heading or a note, not one of the figures`,
      )
    : text(
        `${names} er overskrifter eller noter, ikke en del af tallene`,
        `${namesEn} are headings or notes, not among the figures`,
      );
}
