/**
 * The shape of a real-layout case: workbooks laid out the way Danish finance staff lay out their sheets
 * (after the seed documents in ../shared/seeds), each with what a careful colleague would report about it.
 * Cases are data; evaluate.ts compares them with what Fordel says.
 */
import type ExcelJS from 'exceljs';
import type { CheckParams } from '../../src/core/check/params';
import type { RuleCode } from '../../src/core/findings/catalogue';
import { a1, parseA1 } from '../../src/core/grid/a1';
import type { RawValue, SheetGrid } from '../../src/core/grid/grid';
import { buildCase as buildHardeningCase, toGrid as hardeningGrid } from '../hardening/corpus/types';

/** The variant classes of issue 9, one report line each. */
export type VariantClass =
  | 'seed-tabeller'
  | 'seed-maal'
  | 'totalraekker'
  | 'overskrifter'
  | 'perioder-i-raekker'
  | 'flere-overskriftsraekker'
  | 'placering-og-noter'
  | 'talformater'
  | 'maal-kvalifikatorer'
  | 'kpi-retning'
  | 'frister'
  | 'regler-i-arket'
  | 'budgetter'
  | 'ikke-finans';

/** planted: holds errors a colleague would catch; correct: must give no error and no warning; nonfinance: no finance table, no error and no warning. */
export type CaseKind = 'planted' | 'correct' | 'nonfinance';

export interface CorpusSheet {
  readonly name: string;
  /** Rows from A1; merged cells other than the top-left are null, as Excel shows them. */
  readonly rows: RawValue[][];
  /** Number formats by A1 cell. */
  readonly formats?: Readonly<Record<string, string>>;
  /** Cells that hold a formula, by A1, with the formula text (the value in `rows` is its last result). */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  /** 0-based columns the user has hidden (helper columns). */
  readonly hiddenCols?: readonly number[];
}

/**
 * A finding a careful colleague would report. `at` lists where it may sit: each entry is a cell or an area,
 * and the finding's cell (or range) must lie inside one of them.
 */
export interface ExpectedFinding {
  readonly rule: RuleCode;
  readonly sheet: string;
  readonly at: readonly string[];
  /** Plain decimals as in --json: kroner for money, percent for shares. */
  readonly expected?: string;
  readonly actual?: string;
  /** Allowed difference for expected/actual (default: exact). */
  readonly tol?: number;
  /** A consequence that may be reported (not missed if absent), but only with these values. */
  readonly optional?: boolean;
  /** Other ways a careful reader may report the same problem; any one of them counts. */
  readonly or?: readonly ExpectedFinding[];
}

export type TableVerdictKind = 'ok' | 'warnings' | 'errors' | 'unsure';

export interface ExpectedTable {
  readonly sheet: string;
  /** A cell inside the table (a data cell, not the title). */
  readonly at: string;
  /** What the table must get; several when more than one reading is defensible. */
  readonly verdict: readonly TableVerdictKind[];
}

/** 'none': no met / not met / at risk on that row (on track, or unsure). */
export type KpiVerdictKind = 'met' | 'not-met' | 'at-risk' | 'none';

export interface ExpectedKpi {
  readonly sheet: string;
  /** 1-based sheet row of the target. */
  readonly row: number;
  readonly verdict: readonly KpiVerdictKind[];
  /** What the row says, for the report ("Vejledte virksomheder under 3 år: 300 mod 385, frist passeret"). */
  readonly note?: string;
}

export interface CorpusCase {
  /** Stable id, used by known-gaps.ts. */
  readonly id: string;
  readonly variant: VariantClass;
  readonly kind: CaseKind;
  /** One line: what the sheet is and where it comes from. */
  readonly title: string;
  readonly sheets: readonly CorpusSheet[];
  readonly findings: readonly ExpectedFinding[];
  readonly tables: readonly ExpectedTable[];
  readonly kpis?: readonly ExpectedKpi[];
  readonly params?: Partial<CheckParams>;
  /** Also checked through a real .xlsx written with ExcelJS (number formats, formulas, merges). */
  readonly xlsx?: boolean;
}

/** The date every case is judged at: after "ultimo 2025", "medio 2026" and "1. kvartal 2026", before "2. halvår 2026". */
export const AS_OF = '2026-11-24';

export const BASE_PARAMS: CheckParams = { lang: 'da', asOf: AS_OF };

/** The case's sheet as the check sees it. */
export function toGrid(s: CorpusSheet): SheetGrid {
  const base = hardeningGrid({
    name: s.name,
    rows: s.rows,
    formats: s.formats,
    merges: s.merges,
    hiddenCols: s.hiddenCols,
  });
  if (!s.formulas) return base;
  const formulas = base.values.map((row, r) => row.map((_, c) => s.formulas![a1(r, c)] !== undefined));
  return { ...base, formulas };
}

/** Writes the case into an ExcelJS workbook as a user's Excel would hold it, formulas with their results. */
export async function buildWorkbook(wb: ExcelJS.Workbook, c: CorpusCase): Promise<void> {
  await buildHardeningCase(wb, {
    name: c.id,
    findings: [],
    sheets: c.sheets.map((s) => ({
      name: s.name,
      rows: s.rows,
      formats: s.formats,
      merges: s.merges,
      hiddenCols: s.hiddenCols,
    })),
  });
  for (const s of c.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    for (const [ref, formula] of Object.entries(s.formulas ?? {})) {
      const p = parseA1(ref)!;
      const result = s.rows[p.row]?.[p.col];
      ws.getCell(p.row + 1, p.col + 1).value = {
        formula: formula.replace(/^=/, ''),
        result: result as number,
      } as ExcelJS.CellFormulaValue;
    }
  }
}
