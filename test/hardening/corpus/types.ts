/**
 * The shape of a hostile-sheet case and the two ways to give it to Fordel: as grids straight to the
 * check, and as a real .xlsx written with ExcelJS and opened like the command line opens it.
 */
import type ExcelJS from 'exceljs';
import type { CheckParams } from '../../../src/core/check/params';
import type { RuleCode } from '../../../src/core/findings/catalogue';
import { a1, parseA1, parseA1Range } from '../../../src/core/grid/a1';
import { gridFromRows, isCellError, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';

export interface CorpusSheet {
  readonly name: string;
  /** Rows from A1; merged cells other than the top-left are null, as Excel shows them. */
  readonly rows: RawValue[][];
  /** Number formats by A1 cell. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  /** 0-based, like SheetGrid. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenCols?: readonly number[];
  /** An Excel Table over part of the rows; filtered when some of its rows are hidden. */
  readonly table?: { readonly name: string; readonly ref: string };
  readonly protected?: boolean;
}

export interface ExpectedFinding {
  readonly rule: RuleCode;
  readonly sheet: string;
  readonly cell: string;
  /** A piece of the Danish message. */
  readonly da?: string;
  readonly expected?: string;
  readonly actual?: string;
}

export interface CorpusCase {
  readonly name: string;
  readonly sheets: readonly CorpusSheet[];
  /** Every finding, exactly: nothing more, nothing less. */
  readonly findings: readonly ExpectedFinding[];
  /** Why a write is refused (rule write-refused), when it is. */
  readonly refusals?: readonly ExpectedFinding[];
  readonly params?: Partial<CheckParams>;
}

export function f(
  rule: RuleCode,
  cell: string,
  more: Omit<ExpectedFinding, 'rule' | 'cell' | 'sheet'> & { sheet?: string } = {},
): ExpectedFinding {
  return { rule, cell, sheet: more.sheet ?? 'Ark1', ...more };
}

export function sheet1(rows: RawValue[][], more: Omit<CorpusSheet, 'name' | 'rows'> = {}): CorpusSheet[] {
  return [{ name: 'Ark1', rows, ...more }];
}

function filtered(s: CorpusSheet): boolean {
  const range = s.table ? parseA1Range(s.table.ref) : null;
  return Boolean(range && (s.hiddenRows ?? []).some((r) => r >= range.top && r <= range.bottom));
}

/** The case's sheet as the check sees it, without any file in between. */
export function toGrid(s: CorpusSheet): SheetGrid {
  const base = gridFromRows(s.name, s.rows);
  const formats = base.values.map((row, r) => row.map((_, c) => s.formats?.[a1(r, c)] ?? 'General'));
  const range = s.table ? parseA1Range(s.table.ref) : null;
  return {
    ...base,
    formats,
    hiddenRows: s.hiddenRows ?? [],
    hiddenCols: s.hiddenCols ?? [],
    merges: (s.merges ?? []).map((m) => parseA1Range(m)!),
    tables: range ? [{ name: s.table!.name, range, showTotals: false, filtered: filtered(s) }] : [],
    protected: s.protected ?? false,
  };
}

function cellValue(v: RawValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Writes the case's sheets into an ExcelJS workbook the way a user's Excel would hold them. */
export async function buildCase(wb: ExcelJS.Workbook, c: CorpusCase): Promise<void> {
  for (const s of c.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, col) => {
        if (v !== null) ws.getCell(r + 1, col + 1).value = cellValue(v);
      }),
    );
    for (const [ref, fmt] of Object.entries(s.formats ?? {})) {
      const p = parseA1(ref)!;
      ws.getCell(p.row + 1, p.col + 1).numFmt = fmt;
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const col of s.hiddenCols ?? []) ws.getColumn(col + 1).hidden = true;
    if (s.table) {
      const range = parseA1Range(s.table.ref)!;
      const header = s.rows[range.top].slice(range.left, range.right + 1);
      ws.addTable({
        name: s.table.name,
        ref: a1(range.top, range.left),
        headerRow: true,
        columns: header.map((h) => ({ name: String(h), filterButton: true })),
        rows: s.rows
          .slice(range.top + 1, range.bottom + 1)
          .map((row) => row.slice(range.left, range.right + 1).map((v) => cellValue(v) as ExcelJS.CellValue)),
      });
    }
    if (s.protected) await ws.protect('', {});
  }
}
