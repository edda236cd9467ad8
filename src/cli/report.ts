/**
 * What the command line prints: a readable summary per table, or one JSON document for scripts.
 */
import { kindLabel } from '../core/kinds/kind-names';
import type { Finding, Lang, Severity, Text } from '../core/findings/finding';
import { a1Range } from '../core/grid/a1';
import type {
  CheckResult,
  ResultItem,
  TableReading,
  TableVerdict,
  TableVerdictKind,
} from '../core/check/result';
import { shownSeverities } from '../core/check/readings';
import { inside } from '../core/diagnose/items';
import {
  itemLines,
  jsonDiagnoses,
  jsonFinding,
  jsonItems,
  type JsonDiagnosis,
  type JsonFinding,
  type JsonItem,
} from './report-items';
import type { TableKind } from '../core/tables/layout';

const SEVERITY: Record<Severity, Text> = {
  error: { da: 'FEJL', en: 'ERROR' },
  warning: { da: 'ADVARSEL', en: 'WARNING' },
  info: { da: 'INFO', en: 'INFO' },
};

export interface JsonReading {
  readonly title: string;
  readonly decisions: { role: string; cells: string; because: string }[];
  readonly unsure: boolean;
  readonly unsureBecause: string[];
  /** The reading's score (0-1), its margin over a rival reading (null when none was weighed) and evidence. */
  readonly confidence?: { score: number; margin: number | null; evidence: string[] };
  readonly verdict?: TableVerdictKind;
}

export interface JsonReport {
  readonly tables: { sheet: string; range: string; kind: TableKind; reading?: JsonReading }[];
  readonly findings: JsonFinding[];
  /** Each cause Fordel diagnosed, with the findings it explains. */
  readonly diagnoses?: JsonDiagnosis[];
  /** The user's list as the pane shows it: diagnoses, groups and single findings, in table then sheet order. */
  readonly items?: JsonItem[];
  /** Items the user marked as fine in the workbook (its settings sheet), left out of items and findings. */
  readonly accepted?: JsonAccepted[];
}

export interface JsonAccepted {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly note?: string;
  readonly at?: string;
}

type Reported = Pick<CheckResult, 'tables' | 'findings'> &
  Partial<Pick<CheckResult, 'readings' | 'verdicts' | 'items' | 'diagnoses' | 'accepted'>>;

export function jsonReport(result: Reported, lang: Lang): JsonReport {
  return {
    ...tablesAndFindings(result, lang),
    ...(result.items
      ? { diagnoses: jsonDiagnoses(result.diagnoses ?? [], lang), items: jsonItems(result.items, lang) }
      : {}),
    ...(result.accepted?.length
      ? {
          accepted: result.accepted.map(({ item, accepted }) => ({
            rule: item.rule,
            severity: item.severity,
            sheet: item.sheet,
            cell: item.cell,
            message: item.message[lang],
            ...(accepted.note ? { note: accepted.note } : {}),
            ...(accepted.at ? { at: accepted.at } : {}),
          })),
        }
      : {}),
  };
}

/**
 * The part of the JSON report a folder run's summary keeps: its tables and findings, without the diagnoses
 * and the list of items, which a summary row does not show.
 */
export function tablesAndFindings(result: Reported, lang: Lang): Pick<JsonReport, 'tables' | 'findings'> {
  return {
    tables: result.tables.map((t, i) => {
      const reading = result.readings?.[i];
      return {
        sheet: t.sheet,
        range: a1Range(t.range),
        kind: t.kind,
        ...(reading ? { reading: jsonReading(reading, result.verdicts?.[i], lang) } : {}),
      };
    }),
    findings: result.findings.map((f) => jsonFinding(f, lang)),
  };
}

function jsonReading(r: TableReading, v: TableVerdict | undefined, lang: Lang): JsonReading {
  return {
    title: r.title,
    decisions: r.decisions.map((d) => ({ role: d.role, cells: d.cells, because: d.because[lang] })),
    unsure: r.unsure,
    unsureBecause: r.unsureBecause.map((u) => u[lang]),
    ...(r.confidence
      ? {
          confidence: {
            score: r.confidence.score,
            margin: r.confidence.margin,
            evidence: r.confidence.evidence.map((e) => e[lang]),
          },
        }
      : {}),
    ...(v ? { verdict: v.verdict } : {}),
  };
}

/** The reading in a few lines: what each decision rests on, and what Fordel is unsure of. */
export function readingLines(r: TableReading, lang: Lang): string[] {
  const head = lang === 'da' ? 'Læst sådan' : 'Read as';
  const lines = r.decisions.map((d) => `    ${d.cells ? `${d.cells}: ` : ''}${d.because[lang]}`);
  if (r.unsure) {
    lines.push(`    ${lang === 'da' ? 'Usikker, ingen dom' : 'Unsure, no verdict'}:`);
    for (const u of r.unsureBecause) lines.push(`      ${u[lang]}`);
  }
  return lines.length ? [`  ${head}:`, ...lines] : [];
}

/** Findings grouped under the table whose range holds their cell; the rest come last. */
export function textReport(
  result: Pick<CheckResult, 'tables' | 'findings' | 'notes'> &
    Partial<Pick<CheckResult, 'readings' | 'items'>>,
  lang: Lang,
): string {
  if (result.items) return itemsReport({ ...result, items: result.items }, lang);
  const t = (da: string, en: string): string => (lang === 'da' ? da : en);
  const lines: string[] = [];
  const placed = new Set<Finding>();
  if (!result.tables.length)
    lines.push(t('Fordel fandt ingen tabeller at kontrollere.', 'Fordel found no tables to check.'));
  for (const [i, table] of result.tables.entries()) {
    const own = result.findings.filter((f) => !placed.has(f) && inside(f, table));
    own.forEach((f) => placed.add(f));
    const title = table.title ? ` - ${table.title}` : '';
    lines.push(`${table.sheet}!${a1Range(table.range)}  ${kindLabel(table.kind)[lang]}${title}`);
    const reading = result.readings?.[i];
    if (reading) lines.push(...readingLines(reading, lang));
    if (!own.length) lines.push(`  ${t('Ingen fund.', 'No findings.')}`);
    for (const f of own) lines.push(findingLine(f, lang));
    lines.push('');
  }
  const rest = result.findings.filter((f) => !placed.has(f));
  if (rest.length) {
    lines.push(t('Øvrige fund', 'Other findings'));
    for (const f of rest) lines.push(findingLine(f, lang, true));
    lines.push('');
  }
  for (const note of result.notes ?? []) lines.push(`${t('Bemærk', 'Note')}: ${note[lang]}`);
  lines.push(countLine(result.findings, lang));
  return lines.join('\n') + '\n';
}

/** The report from the user's list: diagnoses and groups in place of the findings they stand for. */
function itemsReport(
  result: Pick<CheckResult, 'tables' | 'findings' | 'notes'> &
    Partial<Pick<CheckResult, 'readings'>> & { items: readonly ResultItem[] },
  lang: Lang,
): string {
  const t = (da: string, en: string): string => (lang === 'da' ? da : en);
  const lines: string[] = [];
  if (!result.tables.length)
    lines.push(t('Fordel fandt ingen tabeller at kontrollere.', 'Fordel found no tables to check.'));
  for (const [i, table] of result.tables.entries()) {
    const own = result.items.filter((it) => it.tableId === table.id);
    const title = table.title ? ` - ${table.title}` : '';
    lines.push(`${table.sheet}!${a1Range(table.range)}  ${kindLabel(table.kind)[lang]}${title}`);
    const reading = result.readings?.[i];
    if (reading) lines.push(...readingLines(reading, lang));
    if (!own.length) lines.push(`  ${t('Ingen fund.', 'No findings.')}`);
    for (const it of own) lines.push(...itemLines(it, lang, SEVERITY[it.severity][lang]));
    lines.push('');
  }
  const rest = result.items.filter(
    (it) => it.tableId === null || !result.tables.some((x) => x.id === it.tableId),
  );
  if (rest.length) {
    lines.push(t('Øvrige fund', 'Other findings'));
    for (const it of rest) lines.push(...itemLines(it, lang, SEVERITY[it.severity][lang], true));
    lines.push('');
  }
  for (const note of result.notes ?? []) lines.push(`${t('Bemærk', 'Note')}: ${note[lang]}`);
  const n = result.items.length;
  lines.push(
    t(
      `${result.findings.length} fund samlet i ${n} ${n === 1 ? 'punkt' : 'punkter'}.`,
      `${result.findings.length} findings in ${n} ${n === 1 ? 'item' : 'items'}.`,
    ),
  );
  lines.push(countLine(result.findings, lang, result.items));
  return lines.join('\n') + '\n';
}

function findingLine(f: Finding, lang: Lang, withSheet = false): string {
  const where = withSheet ? `${f.sheet}!${f.cell}` : f.cell;
  return `  ${SEVERITY[f.severity][lang].padEnd(8)} ${where.padEnd(withSheet ? 16 : 8)} ${f.message[lang]}`;
}

export function countLine(findings: readonly Finding[], lang: Lang, items?: readonly ResultItem[]): string {
  const shown = shownSeverities(findings, items);
  const n = (s: Severity): number => shown.filter((x) => x === s).length;
  const [e, w, i] = [n('error'), n('warning'), n('info')];
  return lang === 'da'
    ? `${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}, ${i} info`
    : `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`;
}
