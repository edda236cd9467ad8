/**
 * Inserts a table Fordel made (a new split, core/population/table-plan.ts) at a place in a sheet, only
 * when every cell it needs is empty right then: a table is never written over the user's data. Text
 * cells are formatted as text first, so a party called "=1+1" stays text; formulas go in as formulas.
 * One batch, one sync after the check: all or nothing.
 */
import { columnLetters } from '../../core/grid/a1';
import { text } from '../../core/findings/finding';
import type { TablePlan } from '../../core/population/table-plan';
import type { WriteReport } from '../../workbook/port';
import type { ExcelRun } from './office-workbook';

export interface InsertAt {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
}

const a1 = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;

export async function insertTable(run: ExcelRun, at: InsertAt, plan: TablePlan): Promise<WriteReport> {
  let syncs = 0;
  try {
    return await run({ delayForCellEdit: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(at.sheet);
      const range = ws.getRangeByIndexes(at.top, at.left, plan.rows, plan.cols);
      range.load('formulas');
      await ctx.sync();
      syncs++;
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
      range.numberFormat = formats;
      range.formulas = cells;
      for (const row of new Set(plan.cells.filter((c) => c.bold).map((c) => c.row))) {
        ws.getRangeByIndexes(at.top + row, at.left, 1, plan.cols).format.font.bold = true;
      }
      await ctx.sync();
      syncs++;
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
