/** Turns what a detector found into a TableLayout: id, title, price level, source. */
import { a1, a1Range, columnLetters, type RangePos } from '../grid/a1';
import { finding } from '../findings/make';
import type { Finding } from '../findings/finding';
import { text } from '../findings/finding';
import { isFormulaAt } from '../grid/grid';
import type { LayoutSource, TableLayout } from '../tables/layout';
import { isSingleTextRow, rowText } from './body';
import { BLANK, ERROR, type SheetCells } from './cells';
import type { Detected } from './detect-types';
import { findPriceLevel } from './price-level';
import { statedRules } from './stated-rules';
import { noteLines, sideNoteLines, titleLines } from './titles';
import { findStatedTotal } from './stated-totals';
import { tableAmountScale } from './table-unit';

export function tableId(sheet: string, range: RangePos): string {
  return `${sheet}!${a1(range.top, range.left)}`;
}

export function assemble(
  cells: SheetCells,
  block: RangePos,
  found: Detected,
  source: LayoutSource,
  excelTable?: string,
): TableLayout {
  const sheet = cells.grid.name;
  // Above the header area: a group title merged over the years is part of the header, not the title.
  const title = titleLines(cells, block, found.range.top).join(' ').trim();
  // A note under the table may start in its block's first column, left of the figures (a split across
  // whose group title stands in column A): "Det samlede beløb er 14.451.000 kr." in A6 is its note too.
  const under = { ...found.range, left: Math.min(found.range.left, block.left) };
  const notes = [...found.notes, ...noteLines(cells, under)];
  const header = rowText(cells, found.headerRow, found.range.left, found.range.right);
  const priceLevel = findPriceLevel([title, ...notes, header]);
  // A budget's financing part may state its own minimum share too.
  const rules =
    found.part.kind === 'cofinancing'
      ? statedRules(
          [title, ...notes, ...sideNoteLines(cells, found.range)],
          [header, ...found.part.sourceRows.map((s) => s.label)],
        )
      : found.part.kind === 'budget'
        ? statedRules([title, ...notes, ...sideNoteLines(cells, found.range)])
        : undefined;
  // A split with no header row starts at its last title line, which may be the one stating the total or
  // the unit of its amounts.
  const titleAsHeader = isSingleTextRow(cells, found.headerRow, found.range.left, found.range.right)
    ? [header]
    : [];
  const amountScale = tableAmountScale(cells, found, [title, ...titleAsHeader, ...notes]);
  const stated =
    found.part.kind === 'apportionment' ? findStatedTotal([title, ...titleAsHeader, ...notes]) : null;
  const layout = {
    ...found.part,
    id: tableId(sheet, found.range),
    sheet,
    range: found.range,
    headerRow: found.headerRow,
    source,
    ...(title ? { title } : {}),
    ...(excelTable ? { excelTable } : {}),
    ...(priceLevel ? { priceLevel } : {}),
    ...(rules ? { statedRules: rules } : {}),
    ...(amountScale !== undefined && amountScale !== 1 ? { amountScale } : {}),
    ...(stated ? { statedTotal: stated } : {}),
  };
  return layout as TableLayout;
}

/**
 * Hidden rows inside a table are still counted; the user should know. In a split laid out across the parties
 * are columns: hidden columns are what is counted unseen (a hidden row there is no part of the split).
 */
export function hiddenRowsFinding(cells: SheetCells, layout: TableLayout, filtered: boolean): Finding | null {
  const grid = cells.grid;
  const range = layout.range;
  const across = layout.kind === 'apportionment' && layout.orientation === 'across';
  const hidden = across
    ? (grid.hiddenCols ?? []).filter(
        (c) => c >= range.left && c <= range.right && counted(cells, range, c, true),
      )
    : (grid.hiddenRows ?? []).filter(
        (r) => r >= range.top && r <= range.bottom && counted(cells, range, r, false),
      );
  if (!filtered && hidden.length === 0) return null;
  const where = a1Range(range);
  const rows = hidden.map((r) => (across ? columnLetters(r) : String(r + 1))).join(', ');
  if (across && !filtered) {
    return finding(
      'hidden-or-filtered',
      grid.name,
      where,
      text(
        `Tabellen i ${where} har skjulte kolonner (${rows}). Fordel tæller dem med.`,
        `The table in ${where} has hidden columns (${rows}). Fordel counts them.`,
      ),
      { related: hidden.map((c) => a1(range.top, c)) },
    );
  }
  return finding(
    'hidden-or-filtered',
    grid.name,
    where,
    filtered
      ? text(
          `Tabellen ${layout.excelTable ?? where} er filtreret. Fordel tæller alle rækker med, også de skjulte.`,
          `The table ${layout.excelTable ?? where} is filtered. Fordel counts every row, hidden ones included.`,
        )
      : text(
          `Tabellen i ${where} har skjulte rækker (${rows}). Fordel tæller dem med.`,
          `The table in ${where} has hidden rows (${rows}). Fordel counts them.`,
        ),
    { related: hidden.map((r) => a1(r, range.left)) },
  );
}

/**
 * A hidden line is counted unseen when it holds a figure, a formula or a name in the table's label line or
 * column. A hidden helper line beside the figures ("tjekket", a blank spacer) counts nothing the user misses.
 */
function counted(cells: SheetCells, range: RangePos, line: number, across: boolean): boolean {
  const at = (i: number): [number, number] => (across ? [i, line] : [line, i]);
  const [first, last] = across ? [range.top, range.bottom] : [range.left, range.right];
  if (cells.kind(...at(first)) !== BLANK) return true;
  for (let i = first; i <= last; i++) {
    const [r, c] = at(i);
    if (cells.isNumeric(r, c) || isFormulaAt(cells.grid, r, c) || cells.kind(r, c) === ERROR) return true;
  }
  return false;
}

export function notUnderstoodFinding(
  sheet: string,
  range: RangePos,
  why?: { da: string; en: string },
): Finding {
  const where = a1Range(range);
  return finding(
    'table-not-understood',
    sheet,
    where,
    text(
      `Området ${where} ligner en tabel, men Fordel kan ikke se, om det er en finansieringstabel, en fordeling eller en målliste.${why ? ` ${why.da}` : ''} Angiv typen under Tabeller, hvis den skal kontrolleres.`,
      `The range ${where} looks like a table, but Fordel cannot tell whether it is co-financing, an apportionment or a target list.${why ? ` ${why.en}` : ''} Set its kind under Tables if it should be checked.`,
    ),
  );
}
