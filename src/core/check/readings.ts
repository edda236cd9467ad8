/**
 * Each table's reading - which row is the total and why, which column is the key, the periods, each
 * target's direction, the rule applied - and its verdict. A verdict is only as good as its reading: an
 * unsure reading gives the verdict 'unsure', never 'ok' or 'errors'.
 */
import type { Finding, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { a1, a1Range, columnLetters, parseA1Range, type CellPos } from '../grid/a1';
import { cellAt, type SheetGrid } from '../grid/grid';
import { amountUnitName, formatNumber, formatPercent } from '../money/format';
import type { TableOutput } from '../output/table-output';
import { periodLabelPos, periodsDownRows, sourceLabelPos } from '../tables/cofinancing-axes';
import type { TableLayout } from '../tables/layout';
import type { CheckParams } from './params';
import type { ReadingDecision, ResultItem, TableReading, TableVerdict } from './result';

export function readingOf(
  grid: SheetGrid | undefined,
  t: TableLayout,
  output: TableOutput | undefined,
  params: CheckParams,
): TableReading {
  const decisions: ReadingDecision[] = [];
  const why = (role: string, fallback: Text): Text => t.because?.[role] ?? fallback;
  const add = (role: string, cells: string, because: Text) => decisions.push({ role, cells, because });
  const label = (row: number, col: number): string => {
    const v = grid ? cellAt(grid, row, col) : null;
    return v === null || typeof v === 'object' ? '' : String(v).trim();
  };
  const col = (c: number) => `${columnLetters(c)}${t.headerRow + 1}`;
  // A heading in quotes, or - when the cell is empty - what Fordel took it to be; never an empty »«.
  const named = (row: number, c: number, none: Text): Text => {
    const l = label(row, c);
    return l ? text(`»${l}«`, `"${l}"`) : none;
  };
  const unheaded = (c: number): Text =>
    text(
      `kolonne ${columnLetters(c)}, som ingen overskrift har`,
      `column ${columnLetters(c)}, which has no heading`,
    );
  const labelled = (row: number, c: number, none: Text): Text => {
    const l = label(row, c);
    return l ? text(`mærket »${l}«`, `labelled "${l}"`) : none;
  };
  // A second total row is named too: the user sees both totals were checked against the parts.
  const otherTotals = (rows: readonly number[] | undefined, labelCol: number) => {
    for (const row of rows ?? []) {
      const name = label(row, labelCol);
      add(
        'other-total-row',
        a1(row, labelCol),
        text(
          `${name ? `»${name}« ` : 'rækken '}er også en total; den er kontrolleret mod de samme dele`,
          `${name ? `"${name}" ` : 'the row '}is a total too; it was checked against the same parts`,
        ),
      );
    }
  };

  // Amounts in t.kr. or mio. kr. are checked and reported in kroner; the reading says which unit it found.
  const amountScale = () => {
    if (t.kind === 'kpi' || !t.amountScale || t.amountScale === 1) return;
    const [da, en] = [amountUnitName(t.amountScale, 'da'), amountUnitName(t.amountScale, 'en')];
    add(
      'amount-scale',
      '',
      text(
        `beløbene står i ${da}; Fordel regner og svarer i kroner`,
        `the amounts are in ${en}; Fordel checks and answers in kroner`,
      ),
    );
  };

  if (t.kind === 'cofinancing') {
    const byRows = periodsDownRows(t);
    const cellOf = (p: CellPos) => a1(p.row, p.col);
    if (t.periodCols.length) {
      const first = periodLabelPos(t, t.periodCols[0].col);
      const last = periodLabelPos(t, t.periodCols[t.periodCols.length - 1].col);
      const labels = t.periodCols.map((p) => p.label).join(', ');
      add(
        'periods',
        a1Range({ top: first.row, left: first.col, bottom: last.row, right: last.col }),
        why(
          'periods',
          byRows
            ? text(`perioderne ${labels}, ned ad rækkerne`, `the periods ${labels}, down the rows`)
            : text(`perioderne ${labels}`, `the periods ${labels}`),
        ),
      );
    }
    if (t.totalCol !== null) {
      const p = periodLabelPos(t, t.totalCol);
      add(
        'total-col',
        cellOf(p),
        why(
          'total-col',
          labelled(
            p.row,
            p.col,
            text('totalkolonnen, uden overskrift', 'the total column, without a heading'),
          ),
        ),
      );
    }
    if (t.totalRow !== null) {
      const p = sourceLabelPos(t, t.totalRow);
      add(
        'total-row',
        cellOf(p),
        why(
          'total-row',
          labelled(p.row, p.col, text('totalrækken, uden tekst', 'the total row, without a label')),
        ),
      );
    }
    if (!byRows) otherTotals(t.otherTotalRows, t.labelCol);
    amountScale();
    const own = t.sourceRows.filter((s) => s.type === 'own').map((s) => s.label);
    if (own.length)
      add('own-rows', '', text(`egenfinansiering: ${own.join(', ')}`, `own financing: ${own.join(', ')}`));
    const min = t.statedRules?.minOwnShare ?? params.minOwnShare;
    const ratio = t.statedRules?.matchingRatio ?? params.matchingRatio ?? null;
    const stated = t.statedRules
      ? text(` (arket siger »${t.statedRules.words}«)`, ` (the sheet says "${t.statedRules.words}")`)
      : null;
    if (own.length) {
      const pct = min ? formatPercent(min, 'da') : '50 %';
      const pctEn = min ? formatPercent(min, 'en') : '50%';
      add(
        'rule',
        '',
        text(
          `egenfinansiering mindst ${pct}${t.statedRules?.minOwnShare ? stated!.da : ''}`,
          `own financing at least ${pctEn}${t.statedRules?.minOwnShare ? stated!.en : ''}`,
        ),
      );
    }
    if (ratio) {
      add(
        'rule',
        '',
        text(
          `modfinansiering ${formatNumber(ratio, 'da')}:1${t.statedRules?.matchingRatio ? stated!.da : ''}`,
          `matching ${formatNumber(ratio, 'en')}:1${t.statedRules?.matchingRatio ? stated!.en : ''}`,
        ),
      );
    }
  } else if (t.kind === 'apportionment') {
    add(
      'party-col',
      col(t.partyCol),
      why('party-col', text('kolonnen med parternes navne', 'the column of party names')),
    );
    if (t.keyCol !== null) {
      add(
        'key-col',
        col(t.keyCol),
        why(
          'key-col',
          t.keyKind === 'population'
            ? text(
                `nøglen er ${named(t.headerRow, t.keyCol, unheaded(t.keyCol)).da} (antal)`,
                `the key is ${named(t.headerRow, t.keyCol, unheaded(t.keyCol)).en} (counts)`,
              )
            : text(
                `nøglen er ${named(t.headerRow, t.keyCol, unheaded(t.keyCol)).da} (andele i procent)`,
                `the key is ${named(t.headerRow, t.keyCol, unheaded(t.keyCol)).en} (shares in percent)`,
              ),
        ),
      );
    }
    if (t.shareCol != null) add('share-col', col(t.shareCol), text('de trykte andele', 'the printed shares'));
    const fractionsIn = t.keyKind === 'percent' ? t.keyCol : (t.shareCol ?? null);
    if (t.sharesAsFractions && fractionsIn !== null && t.because?.['share-scale']) {
      add('share-scale', col(fractionsIn), t.because['share-scale']);
    }
    if (t.amountCol !== null) {
      add(
        'amount-col',
        col(t.amountCol),
        why(
          'amount-col',
          text(
            `beløbene i ${named(t.headerRow, t.amountCol, unheaded(t.amountCol)).da}`,
            `the amounts in ${named(t.headerRow, t.amountCol, unheaded(t.amountCol)).en}`,
          ),
        ),
      );
    }
    if (t.totalRow !== null) {
      add(
        'total-row',
        a1(t.totalRow, t.partyCol),
        why(
          'total-row',
          labelled(t.totalRow, t.partyCol, text('totalrækken, uden tekst', 'the total row, without a label')),
        ),
      );
    }
    otherTotals(t.otherTotalRows, t.partyCol);
    amountScale();
  } else {
    const c = t.columns;
    add('target-col', col(c.target), text('navnene på målene', 'the names of the targets'));
    add(
      'value-col',
      col(c.targetValue),
      text(
        `målværdien i ${named(t.headerRow, c.targetValue, unheaded(c.targetValue)).da}`,
        `the target value in ${named(t.headerRow, c.targetValue, unheaded(c.targetValue)).en}`,
      ),
    );
    if (c.actual !== undefined)
      add(
        'actual-col',
        col(c.actual),
        text(
          `resultatet i ${named(t.headerRow, c.actual, unheaded(c.actual)).da}`,
          `the actual in ${named(t.headerRow, c.actual, unheaded(c.actual)).en}`,
        ),
      );
  }
  decisions.push(...(output?.reading?.decisions ?? []));
  const unsureBecause = [...(t.unsure ?? []), ...(output?.reading?.unsure ?? [])];
  const title = t.title || (grid ? headerText(grid, t) : '') || t.id;
  return { tableId: t.id, title, kind: t.kind, decisions, unsure: unsureBecause.length > 0, unsureBecause };
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

/** The findings whose cell lies in the table, or in the title lines just above it. */
export function findingsOfTable(t: TableLayout, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.sheet !== t.sheet) return false;
    const at = parseA1Range(f.cell);
    if (!at) return false;
    const r = t.range;
    return at.top >= r.top - 2 && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
  });
}
