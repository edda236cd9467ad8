/**
 * The user's list in the command line's words: one line per diagnosis, group or finding, and under a
 * diagnosis or group the cells of the findings it stands for; in JSON, the diagnoses with the findings
 * each explains, and the items as the pane shows them.
 */
import type { ResultItem } from '../core/check/result';
import type { Diagnosis } from '../core/diagnose/diagnosis';
import type { Finding, Lang, Severity } from '../core/findings/finding';
import { RULE_NAMES } from '../core/findings/rule-names';
import { a1 } from '../core/grid/a1';
import { amountUnitName } from '../core/money/format';

const CONFIDENCE: Record<NonNullable<ResultItem['confidence']>, { da: string; en: string }> = {
  certain: { da: 'sikker', en: 'certain' },
  likely: { da: 'sandsynlig', en: 'likely' },
  possible: { da: 'mulig', en: 'possible' },
};

function cellCount(n: number, lang: Lang): string {
  return lang === 'da' ? `${n} ${n === 1 ? 'celle' : 'celler'}` : `${n} ${n === 1 ? 'cell' : 'cells'}`;
}

/** At most this many cells are named under an item; the rest are counted. */
const MAX_CELLS = 8;

export function itemLines(item: ResultItem, lang: Lang, severity: string, withSheet = false): string[] {
  const where = withSheet ? `${item.sheet}!${item.cell}` : item.cell;
  const lines = [`  ${severity.padEnd(8)} ${where.padEnd(withSheet ? 16 : 8)} ${item.message[lang]}`];
  if (item.kind === 'finding') return lines;
  // Two findings at one cell (a total that breaks its column and the grand total) name the cell once.
  const cells = [
    ...new Set(item.findings.map((f) => (f.sheet === item.sheet ? f.cell : `${f.sheet}!${f.cell}`))),
  ];
  const shown =
    cells.length > MAX_CELLS ? [...cells.slice(0, MAX_CELLS - 1), '…', cells[cells.length - 1]] : cells;
  const sure = item.confidence ? `${CONFIDENCE[item.confidence][lang]}; ` : '';
  const what =
    item.kind === 'diagnosis'
      ? lang === 'da'
        ? `${RULE_NAMES[item.rule].da} (${sure}forklarer ${item.count} fund)`
        : `${RULE_NAMES[item.rule].en} (${sure}explains ${item.count} findings)`
      : lang === 'da'
        ? `${item.count} fund`
        : `${item.count} findings`;
  lines.push(`  ${''.padEnd(8)} ${''.padEnd(withSheet ? 16 : 8)} ↳ ${what}: ${shown.join(', ')}`);
  if (item.fix) {
    lines.push(
      `  ${''.padEnd(8)} ${''.padEnd(withSheet ? 16 : 8)} ↳ ${
        lang === 'da'
          ? `Kan rettes: fordel check ... --apply-split '${item.fix.tableId}' indsætter den præcise fordeling (${cellCount(item.fix.edits.length, lang)}).`
          : `Can be fixed: fordel check ... --apply-split '${item.fix.tableId}' inserts the exact split (${cellCount(item.fix.edits.length, lang)}).`
      }`,
    );
  }
  return lines;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
}

export interface JsonDiagnosis {
  table: string;
  rule: string;
  confidence: string;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
  explains: JsonFinding[];
}

export interface JsonItem {
  id: string;
  kind: ResultItem['kind'];
  table: string | null;
  rule: string;
  severity: string;
  confidence?: string;
  sheet: string;
  cell: string;
  message: string;
  count: number;
  findings: JsonFinding[];
  fix?: {
    kind: 'apply-split';
    table: string;
    cells: { sheet: string; cell: string; value: number; previous: unknown }[];
  };
}

export function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message[lang],
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  };
}

export function jsonDiagnoses(
  diagnoses: readonly { tableId: string; diagnosis: Diagnosis }[],
  lang: Lang,
): JsonDiagnosis[] {
  return diagnoses.map(({ tableId, diagnosis: d }) => ({
    table: tableId,
    rule: d.rule,
    confidence: d.confidence,
    sheet: d.sheet,
    cell: d.cell,
    message: d.message[lang],
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
    explains: d.explains.map((f) => jsonFinding(f, lang)),
  }));
}

export function jsonItems(items: readonly ResultItem[], lang: Lang): JsonItem[] {
  return items.map((it) => ({
    id: it.id,
    kind: it.kind,
    table: it.tableId,
    rule: it.rule,
    severity: it.severity,
    ...(it.confidence ? { confidence: it.confidence } : {}),
    sheet: it.sheet,
    cell: it.cell,
    message: it.message[lang],
    count: it.count,
    findings: it.findings.map((f) => jsonFinding(f, lang)),
    ...(it.fix
      ? {
          fix: {
            kind: it.fix.kind,
            table: it.fix.tableId,
            cells: it.fix.edits.map((e) => ({
              sheet: e.sheet,
              cell: a1(e.row, e.col),
              value: e.value,
              previous: e.previous,
              // What is written is in the cell's own unit; a table in t.kr. or mio. kr. says which.
              ...(e.amountScale ? { unit: amountUnitName(e.amountScale, lang) } : {}),
            })),
          },
        }
      : {}),
  }));
}
