/**
 * Inserts a table Fordel made (a new split, core/population/table-plan.ts) at a place in a sheet, only
 * when every cell it needs is empty right then and no Excel Table is in it or right beside it: a table is
 * never written over the user's data, and Excel's AutoCorrect would take a table written next to an
 * Excel Table into it (office-js#2093, #6745). Text cells are formatted as text first, so a party called
 * "=1+1" stays text; formulas go in as formulas. One sync after the check, unless the table is too big
 * for one request on the web (the same byte budget as every other write): then a few, in row order.
 */
import { a1Range, columnLetters, parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import type { TablePlan } from '../../core/population/table-plan';
import type { WriteReport } from '../../workbook/port';
import type { ExcelRun } from './excel-run';
import { rangeAction } from './request-cost';

export interface InsertAt {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

const a1 = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;

export async function insertTable(
  run: ExcelRun,
  at: InsertAt,
  plan: TablePlan,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<WriteReport> {
  let syncs = 0;
  try {
    return await run({ delayForCellEdit: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(at.sheet);
      const range = ws.getRangeByIndexes(at.top, at.left, plan.rows, plan.cols);
      range.load('formulas');
      const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
      await ctx.sync();
      syncs++;
      const tableRanges = tables.items
        .filter((t) => t.worksheet.name.toLowerCase() === at.sheet.toLowerCase())
        .map((t) => ({ name: t.name, range: t.getRange().load('address') }));
      if (tableRanges.length) {
        await ctx.sync();
        syncs++;
      }
      const area = {
        top: at.top,
        left: at.left,
        bottom: at.top + plan.rows - 1,
        right: at.left + plan.cols - 1,
      };
      for (const t of tableRanges) {
        const pos = parseA1Range(
          t.range.address.slice(t.range.address.lastIndexOf('!') + 1).replace(/\$/g, ''),
        );
        if (pos && touches(pos, area)) {
          return {
            written: false,
            cells: 0,
            syncs,
            refused: besideTable(t.name, a1Range(pos), a1Range(area)),
          };
        }
      }
      const taken: string[] = [];
      range.formulas.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== '' && v !== null) taken.push(a1(at.top + r, at.left + c));
        }),
      );
      if (taken.length) {
        const where = `${a1(at.top, at.left)}:${a1(at.top + plan.rows - 1, at.left + plan.cols - 1)}`;
        return {
          written: false,
          cells: 0,
          syncs,
          refused: text(
            `Fordel skrev intet: ${taken[0]} er ikke tom${taken.length > 1 ? ` (og ${taken.length - 1} celler mere)` : ''}, og tabellen skal bruge ${where}. Vælg en celle med ${plan.rows} tomme rækker og ${plan.cols} tomme kolonner.`,
            `Fordel wrote nothing: ${taken[0]} is not empty${taken.length > 1 ? ` (nor ${taken.length - 1} more cells)` : ''}, and the table needs ${where}. Select a cell with ${plan.rows} empty rows and ${plan.cols} empty columns.`,
          ),
        };
      }
      const formats: string[][] = Array.from({ length: plan.rows }, () =>
        Array<string>(plan.cols).fill('General'),
      );
      const cells: (string | number)[][] = Array.from({ length: plan.rows }, () =>
        Array<string | number>(plan.cols).fill(''),
      );
      for (const c of plan.cells) {
        if (c.formula !== undefined) cells[c.row][c.col] = `=${c.formula}`;
        else if (c.value !== undefined) cells[c.row][c.col] = c.value;
        formats[c.row][c.col] = typeof c.value === 'string' ? '@' : (c.numFmt ?? 'General');
      }
      const boldRows = new Set(plan.cells.filter((c) => c.bold).map((c) => c.row));
      for (const [from, to] of rowBatches(at.sheet, formats, cells, boldRows, maxBytes)) {
        const part = ws.getRangeByIndexes(at.top + from, at.left, to - from, plan.cols);
        part.numberFormat = formats.slice(from, to);
        part.formulas = cells.slice(from, to);
        for (let row = from; row < to; row++) {
          if (boldRows.has(row))
            ws.getRangeByIndexes(at.top + row, at.left, 1, plan.cols).format.font.bold = true;
        }
        await ctx.sync();
        syncs++;
      }
      return { written: true, cells: plan.cells.length, syncs };
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      written: false,
      cells: 0,
      syncs,
      refused: text(`Excel afviste indsættelsen (${reason}).`, `Excel refused the insertion (${reason}).`),
    };
  }
}

/** The area overlaps the Excel Table, or starts right below it or right of it, where AutoCorrect grows it. */
function touches(table: RangePos, area: RangePos): boolean {
  const rows = area.top <= table.bottom + 1 && table.top <= area.bottom;
  const cols = area.left <= table.right + 1 && table.left <= area.right;
  return rows && cols;
}

function besideTable(name: string, table: string, area: string): Text {
  return text(
    `Fordel skrev intet: tabellen skal bruge ${area}, som ligger i eller lige op ad Excel-tabellen »${name}« (${table}), og Excel ville gøre den til en del af den. Vælg en celle med mindst én tom række eller kolonne imellem.`,
    `Fordel wrote nothing: the table needs ${area}, which is in or right next to the Excel Table "${name}" (${table}), and Excel would make it part of that Table. Select a cell with at least one empty row or column in between.`,
  );
}

/**
 * Rows [from, to) per sync, each batch's number formats, formulas and bold rows within the byte budget as
 * office.js sends them (request-cost.ts); one batch when the budget allows, as it does off the web.
 */
function rowBatches(
  sheet: string,
  formats: readonly (readonly string[])[],
  cells: readonly (readonly (string | number)[])[],
  bold: ReadonlySet<number>,
  maxBytes: number,
): [number, number][] {
  const cost = (fmt: number, val: number, n: number, bolds: number) =>
    rangeAction(sheet, fmt, 0, n) + rangeAction(sheet, val, 0, n) + bolds * rangeAction(sheet, 10, 2);
  const out: [number, number][] = [];
  let from = 0;
  let [fmt, val, n, bolds] = [0, 0, 0, 0];
  for (let r = 0; r < cells.length; r++) {
    const f = JSON.stringify(formats[r]).length;
    const v = JSON.stringify(cells[r]).length;
    const b = bold.has(r) ? 1 : 0;
    if (r > from && cost(fmt + f, val + v, n + cells[r].length, bolds + b) > maxBytes) {
      out.push([from, r]);
      from = r;
      [fmt, val, n, bolds] = [0, 0, 0, 0];
    }
    [fmt, val, n, bolds] = [fmt + f, val + v, n + cells[r].length, bolds + b];
  }
  out.push([from, cells.length]);
  return out;
}
