/**
 * A reading under which most of a table is wrong is more likely a misreading than a table with that many
 * errors: a finance colleague who finds every second row off looks at the table again before reporting
 * anything. Such a table gets no verdict, only one `reading-unsure` info that says so and what to correct.
 *
 * Causes are counted after the diagnoses: one rounding of the shares behind eight amounts is one cause, a
 * total typed wrong behind three symptoms is one cause, so a real table with a real error or two is judged.
 */
import type { Finding, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { finding } from '../findings/make';
import { a1, parseA1Range } from '../grid/a1';
import { cellAt, type SheetGrid } from '../grid/grid';
import type { TableOutput } from '../output/table-output';
import type { ReadingConfidence, TableLayout } from '../tables/layout';
import type { ResultItem } from './result';
import type { RuleCode } from '../findings/catalogue';
import { READING_DOUBT } from '../reader/labels';

export interface Implausible {
  readonly tableId: string;
  readonly why: Text;
}

/** How many of a table's rows hold figures, and on how many of them a sum fails under its reading. */
export interface SumsUnderReading {
  readonly rows: number;
  readonly broken: number;
  /** A split laid out across: its lines are the sheet's columns, and so are the counts above. */
  readonly across?: boolean;
}

export function sumsUnderReading(
  t: TableLayout,
  items: readonly ResultItem[],
  grid: SheetGrid,
): SumsUnderReading {
  // A split laid out across has its parties as columns: its lines are the sheet's columns.
  const across = t.kind === 'apportionment' && t.orientation === 'across';
  return {
    rows: across ? columnsWithFigures(grid, t) : rowsWithFigures(grid, t),
    broken: rowsInDoubt(
      items.filter((it) => it.tableId === t.id),
      across,
    ).size,
    ...(across ? { across } : {}),
  };
}

/** Tables whose reading the sheet's own arithmetic contradicts on most of their rows. */
export function implausibleReadings(
  tables: readonly TableLayout[],
  items: readonly ResultItem[],
  grids: ReadonlyMap<string, SheetGrid>,
): Implausible[] {
  const out: Implausible[] = [];
  for (const t of tables) {
    if (t.kind === 'kpi' || t.source === 'override' || t.unsure?.length) continue;
    const grid = grids.get(t.sheet);
    if (!grid) continue;
    const sums = sumsUnderReading(t, items, grid);
    const { rows, broken } = sums;
    if (broken < READING_DOUBT.minRows || broken < rows * READING_DOUBT.shareOfRows) continue;
    out.push({ tableId: t.id, why: whyInDoubt(broken, rows, sums.across) });
  }
  return out;
}

/**
 * The reading's score: the share of its rows on which the sheet's sums hold. No rival reading is weighed
 * here, so there is no margin; a reading in doubt says so in its unsure list instead.
 */
export function confidenceOf(sums: SumsUnderReading): ReadingConfidence {
  const { rows, broken } = sums;
  const held = Math.max(0, rows - broken);
  const [one, many] = sums.across
    ? [text('kolonne', 'column'), text('kolonner', 'columns')]
    : [text('række', 'row'), text('rækker', 'rows')];
  const lines = (lang: 'da' | 'en') => (rows === 1 ? one : many)[lang];
  return {
    score: rows === 0 ? 1 : Math.round((held / rows) * 100) / 100,
    margin: null,
    evidence: [
      broken === 0
        ? text(
            `Ingen sum er brudt i tabellens ${rows} ${lines('da')} med tal.`,
            `No sum fails in the table's ${rows} ${lines('en')} with figures.`,
          )
        : text(
            `En sum er brudt i ${broken} af tabellens ${rows} ${lines('da')} med tal.`,
            `A sum fails in ${broken} of the table's ${rows} ${lines('en')} with figures.`,
          ),
    ],
  };
}

/** The table's output once its reading is in doubt: no rules, no columns, one info naming the doubt. */
export function doubtedOutput(output: TableOutput, why: Text): TableOutput {
  const t = output.layout;
  return {
    layout: t,
    findings: [finding('reading-unsure', t.sheet, a1(t.range.top, t.range.left), why)],
    columns: [],
    validated: new Map(),
    reading: { decisions: output.reading?.decisions ?? [], unsure: [why] },
  };
}

/**
 * The findings that say a sum does not hold: the sheet's own arithmetic against the reading. A split's
 * amount against its key is left out: one wrong amount or total moves every party's exact share, so those
 * differences say nothing about whether the table was read right. So is a breakdown against its summary: that
 * is one table against another, not the table's own arithmetic.
 */
const SUM_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'total-mismatch',
  'budget-total-mismatch',
  'budget-subtotal-typo',
  'cell-breaks-totals',
]);

/** Sheet rows where a sum does not hold; a diagnosis counts once, at its own cell, for all it explains. */
function rowsInDoubt(items: readonly ResultItem[], across: boolean): Set<number> {
  const rows = new Set<number>();
  for (const it of items) {
    if (it.severity !== 'error' && it.severity !== 'warning') continue;
    const cells =
      it.kind === 'diagnosis'
        ? SUM_RULES.has(it.rule) || it.findings.some((f) => SUM_RULES.has(f.rule))
          ? [it.cell]
          : []
        : it.findings.filter((f) => SUM_RULES.has(f.rule)).map((f: Finding) => f.cell);
    for (const c of cells) {
      const at = parseA1Range(c);
      if (at) rows.add(across ? at.left : at.top);
    }
  }
  return rows;
}

/** Rows below the header that hold anything (numbers typed as text count too). */
function rowsWithFigures(grid: SheetGrid, t: TableLayout): number {
  let n = 0;
  for (let r = t.headerRow + 1; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const v = cellAt(grid, r, c);
      if (v !== null && v !== '') {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Columns right of the line names that hold anything: the parties and totals of a split across. */
function columnsWithFigures(grid: SheetGrid, t: TableLayout): number {
  // With no column of line names, the first column is a party.
  const names = t.kind === 'apportionment' ? t.headerCol : undefined;
  let n = 0;
  for (let c = names === undefined ? t.range.left : names + 1; c <= t.range.right; c++) {
    for (let r = t.range.top; r <= t.range.bottom; r++) {
      const v = cellAt(grid, r, c);
      if (v !== null && v !== '') {
        n++;
        break;
      }
    }
  }
  return n;
}

function whyInDoubt(bad: number, rows: number, across = false): Text {
  const [da, en] = across ? ['kolonner', 'columns'] : ['rækker', 'rows'];
  return text(
    `Læst sådan går tallene ikke op i ${bad} af tabellens ${rows} ${da}. Så mange fejl ligner mere en forkert læsning end en tabel med fejl, så Fordel dømmer ikke tabellen. Se »Sådan læste Fordel tabellen«, og ret læsningen (totalrækken, nøglen, beløbskolonnen eller tabeltypen), hvis den er forkert.`,
    `Read this way, the figures do not add up in ${bad} of the table's ${rows} ${en}. That many errors look more like a wrong reading than a table with errors, so Fordel gives no verdict. See "How Fordel read the table", and correct the reading (the total row, the key, the amount column or the kind of table) if it is wrong.`,
  );
}
