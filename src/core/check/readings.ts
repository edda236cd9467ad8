/**
 * Each table's reading - which row is the total and why, which column is the key, the periods, each
 * target's direction, the rule applied - and its verdict. A verdict is only as good as its reading: an
 * unsure reading gives the verdict 'unsure', never 'ok' or 'errors'.
 */
import type { Finding } from '../findings/finding';
import { cellAt, type SheetGrid } from '../grid/grid';
import type { TableOutput } from '../output/table-output';
import { explainTools } from '../kinds/explain-tools';
import { kindFor } from '../kinds/registry';
import type { TableLayout } from '../tables/layout';
import type { CheckParams } from './params';
import type { ReadingDecision, ResultItem, TableReading, TableVerdict } from './result';

export function readingOf(
  grid: SheetGrid | undefined,
  t: TableLayout,
  output: TableOutput | undefined,
  params: CheckParams,
): TableReading {
  const decisions: ReadingDecision[] = [...kindFor(t).explain(explainTools(grid, t), params)];
  decisions.push(...(output?.reading?.decisions ?? []));
  const unsureBecause = [...(t.unsure ?? []), ...(output?.reading?.unsure ?? [])];
  const title = t.title || (grid ? headerText(grid, t) : '') || t.id;
  return {
    tableId: t.id,
    title,
    kind: t.kind,
    decisions,
    unsure: unsureBecause.length > 0,
    unsureBecause,
    ...(t.confidence ? { confidence: t.confidence } : {}),
  };
}

function headerText(grid: SheetGrid, t: TableLayout): string {
  const parts: string[] = [];
  for (let c = t.range.left; c <= t.range.right && parts.length < 4; c++) {
    const v = cellAt(grid, t.headerRow, c);
    if (v !== null && typeof v !== 'object' && String(v).trim()) parts.push(String(v).trim());
  }
  return parts.join(' | ');
}

export function verdictOf(
  reading: TableReading,
  findings: readonly Finding[],
  items: readonly ResultItem[] = [],
): TableVerdict {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  // A diagnosis that is an error in itself (a total counted as a party) counts as one, even when the
  // symptoms it explains were only warnings.
  const diagnosed = items.filter(
    (it) =>
      it.kind === 'diagnosis' &&
      it.tableId === reading.tableId &&
      it.severity === 'error' &&
      !it.findings.some((f) => f.severity === 'error'),
  ).length;
  const [errors, warnings, infos] = [n('error') + diagnosed, n('warning'), n('info')];
  const verdict = reading.unsure ? 'unsure' : errors ? 'errors' : warnings ? 'warnings' : 'ok';
  return { tableId: reading.tableId, verdict, errors, warnings, infos };
}

/**
 * How grave each finding is as the list shows it: its own severity, or that of the diagnosis that shows it
 * when that is graver (a digit slip is an error, though the amount it explains only warned). The counts
 * under the list then say what its FEJL and ADVARSEL words say.
 */
export function shownSeverities(
  findings: readonly Finding[],
  items: readonly ResultItem[] = [],
): Finding['severity'][] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const shownAs = new Map<Finding, Finding['severity']>();
  for (const it of items) {
    if (it.kind !== 'diagnosis') continue;
    for (const f of it.findings) {
      const now = shownAs.get(f);
      if (now === undefined || rank[it.severity] < rank[now]) shownAs.set(f, it.severity);
    }
  }
  return findings.map((f) => {
    const shown = shownAs.get(f);
    return shown !== undefined && rank[shown] < rank[f.severity] ? shown : f.severity;
  });
}
