/**
 * The user's list: per table, the diagnoses first take the findings they explain, findings of one rule
 * that share a cause become a group, and the rest stay single. Items come in table order, and within a
 * table in sheet order; findings outside every table come last.
 */
import type { CheckParams } from '../check/params';
import type { ResultItem } from '../check/result';
import { CATALOGUE } from '../findings/catalogue';
import type { Finding } from '../findings/finding';
import { parseA1Range, type RangePos } from '../grid/a1';
import type { SheetGrid } from '../grid/grid';
import type { UserEdit } from '../output/plan';
import type { TableOutput } from '../output/table-output';
import type { TableLayout } from '../tables/layout';
import { findingKey, type Diagnosis } from './diagnosis';
import { kindFor } from '../kinds/registry';
import { coveringRange, groupMessage, isGroupable, worstSeverity } from './group';
import { splitFix } from '../kinds/split/fix';

export interface ItemsInput {
  readonly tables: readonly TableLayout[];
  readonly outputs: readonly TableOutput[];
  /** Every finding of the check, as reported. */
  readonly findings: readonly Finding[];
  readonly grids: ReadonlyMap<string, SheetGrid>;
  readonly params: CheckParams;
}

export interface ItemsResult {
  readonly items: ResultItem[];
  /** Every diagnosis made, with the findings it explains (the `--json` diagnoses list). */
  readonly diagnoses: { readonly tableId: string; readonly diagnosis: Diagnosis }[];
  /** The certain split fixes by table id. */
  readonly fixes: ReadonlyMap<string, readonly UserEdit[]>;
}

export function buildItems(input: ItemsInput): ItemsResult {
  const owner = tableOfFinding(input);
  const items: ResultItem[] = [];
  const diagnoses: ItemsResult['diagnoses'][number][] = [];
  const fixes = new Map<string, readonly UserEdit[]>();
  const outputOf = new Map(input.outputs.map((o) => [o.layout.id, o]));

  for (const table of input.tables) {
    const own = input.findings.filter((f) => owner.get(f) === table.id);
    const out = outputOf.get(table.id);
    const made = diagnose(table, out, own, input);
    const mine = new Set(own);
    const claimed = new Set<Finding>();
    const tableItems: ResultItem[] = [];
    for (const d of made) {
      const explains = d.explains.filter((f) => mine.has(f) && !claimed.has(f));
      if (explains.length === 0) continue;
      explains.forEach((f) => claimed.add(f));
      const kept = { ...d, explains: sheetOrder(explains) };
      diagnoses.push({ tableId: table.id, diagnosis: kept });
      tableItems.push(diagnosisItem(table.id, kept));
    }
    tableItems.push(
      ...plainItems(
        table.id,
        own.filter((f) => !claimed.has(f)),
      ),
    );

    const grid = input.grids.get(table.sheet);
    if (out?.facts?.kind === 'apportionment' && table.kind === 'apportionment' && grid) {
      const edits = splitFix(out.facts, table, grid, own, made);
      if (edits) {
        fixes.set(table.id, edits);
        const at = tableItems.findIndex((it) =>
          it.findings.some((f) => f.rule === 'split-mismatch' || f.rule === 'split-unallocated'),
        );
        if (at >= 0)
          tableItems[at] = { ...tableItems[at], fix: { kind: 'apply-split', tableId: table.id, edits } };
      }
    }
    items.push(...sortItems(tableItems));
  }
  const loose = input.findings.filter((f) => !owner.has(f));
  items.push(...sortItems(plainItems(null, loose)));
  return { items: uniqueIds(items), diagnoses, fixes };
}

function diagnose(
  table: TableLayout,
  out: TableOutput | undefined,
  own: readonly Finding[],
  input: ItemsInput,
): Diagnosis[] {
  if (!out?.facts) return [];
  const made = kindFor(table).diagnose({
    output: out,
    grid: input.grids.get(table.sheet),
    params: input.params,
    findings: own,
  });
  // A diagnosis may only explain findings of its own table, as reported.
  const byKey = new Map(own.map((f) => [findingKey(f), f]));
  const mine = new Set(own);
  return made.map((d) => ({
    ...d,
    explains: d.explains
      .map((f) => (mine.has(f) ? f : byKey.get(findingKey(f))))
      .filter((f) => f !== undefined),
  }));
}

function diagnosisItem(tableId: string, d: Diagnosis): ResultItem {
  return {
    id: `${tableId}|${d.rule}|${d.cell}`,
    kind: 'diagnosis',
    rule: d.rule,
    severity: worstSeverity(d.explains, CATALOGUE[d.rule].severity),
    tableId,
    sheet: d.sheet,
    cell: d.cell,
    message: d.message,
    confidence: d.confidence,
    count: d.explains.length,
    findings: d.explains,
  };
}

function plainItems(tableId: string | null, findings: readonly Finding[]): ResultItem[] {
  const prefix = tableId ?? 'workbook';
  const out: ResultItem[] = [];
  const singles: Finding[] = [];
  for (const same of sameCellAndValues(findings)) {
    if (same.length > 1) out.push(sameFixItem(prefix, tableId, same));
    else singles.push(same[0]);
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of singles) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  for (const [rule, fs] of byRule) {
    const sameSheet = fs.every((f) => f.sheet === fs[0].sheet);
    if (fs.length >= 2 && sameSheet && tableId !== null && isGroupable(fs[0].rule)) {
      const sorted = sheetOrder(fs);
      out.push({
        id: `${prefix}|group|${rule}`,
        kind: 'group',
        rule: fs[0].rule,
        severity: worstSeverity(fs, 'info'),
        tableId,
        sheet: fs[0].sheet,
        cell: coveringRange(sorted),
        message: groupMessage(fs[0].rule, sorted),
        count: fs.length,
        findings: sorted,
      });
      continue;
    }
    for (const f of fs) out.push(sameFixItem(prefix, tableId, [f]));
  }
  return out;
}

/** One finding, or findings at one cell that want the same value there, as one item led by the first. */
function sameFixItem(prefix: string, tableId: string | null, same: readonly Finding[]): ResultItem {
  const f = same[0];
  return {
    id: `${prefix}|${f.rule}|${f.sheet}|${f.cell}`,
    kind: 'finding',
    rule: f.rule,
    severity: worstSeverity(same, f.severity),
    tableId,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    count: same.length,
    findings: same,
  };
}

/**
 * Findings at one cell that want the same value there are one thing to fix, whichever rules made them: a
 * grand total that both its row and its column disagree with by the same amount is one wrong cell.
 */
function sameCellAndValues(findings: readonly Finding[]): Finding[][] {
  const byKey = new Map<string, Finding[]>();
  let alone = 0;
  for (const f of findings) {
    // A finding without values says nothing of what the cell should hold: it stays on its own.
    const key =
      f.expected === undefined || f.actual === undefined
        ? `alone|${alone++}`
        : `${f.sheet}|${f.cell}|${f.expected}|${f.actual}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey.values()];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function position(cell: string): RangePos {
  return parseA1Range(cell) ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

function sheetOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const p = position(a.cell);
    const q = position(b.cell);
    return a.sheet.localeCompare(b.sheet) || p.top - q.top || p.left - q.left;
  });
}

function sortItems(items: readonly ResultItem[]): ResultItem[] {
  return [...items].sort((a, b) => {
    const p = position(a.cell);
    const q = position(b.cell);
    return (
      a.sheet.localeCompare(b.sheet) ||
      p.top - q.top ||
      p.left - q.left ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    );
  });
}

function uniqueIds(items: readonly ResultItem[]): ResultItem[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const n = seen.get(it.id) ?? 0;
    seen.set(it.id, n + 1);
    return n === 0 ? it : { ...it, id: `${it.id}#${n + 1}` };
  });
}

/**
 * Which table each finding belongs to: the table whose check made it, else the table whose range (or
 * the two rows above it, where titles and notes stand) holds its cell.
 */
function tableOfFinding(input: ItemsInput): Map<Finding, string> {
  const made = new Map<string, string>();
  for (const o of input.outputs)
    for (const f of o.findings) if (!made.has(findingKey(f))) made.set(findingKey(f), o.layout.id);
  const out = new Map<Finding, string>();
  for (const f of input.findings) {
    const id = made.get(findingKey(f)) ?? input.tables.find((t) => inside(f, t))?.id;
    if (id !== undefined) out.set(f, id);
  }
  return out;
}

/** A finding belongs to a table when its cell lies in it, or in the title and note rows just above it. */
export function inside(f: Finding, t: TableLayout): boolean {
  if (f.sheet !== t.sheet) return false;
  const at = parseA1Range(f.cell);
  if (!at) return false;
  const r = t.range;
  return at.top >= r.top - 2 && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
}
