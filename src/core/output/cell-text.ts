/**
 * Excel holds at most 32.767 characters in a cell. Text Fordel copies or writes is cut to fit, so a
 * file that arrived with a longer cell (written by another tool) can still get its output.
 */
export const MAX_CELL_TEXT = 32_767;

export function fitCell(s: string): string {
  return s.length <= MAX_CELL_TEXT ? s : `${s.slice(0, MAX_CELL_TEXT - 1)}…`;
}
