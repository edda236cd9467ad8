/** How a co-financing table was read: periods, total row and column, own financing and the rule applied. */
import type { CheckParams } from '../../check/params';
import type { ReadingDecision } from '../../check/result';
import { text } from '../../findings/finding';
import { a1, a1Range, type CellPos } from '../../grid/a1';
import { formatNumber, formatPercent } from '../../money/format';
import type { CofinancingLayout } from '../../tables/layout';
import { amountScaleExplained, otherTotalsExplained, type ExplainTools } from '../explain-tools';
import { periodLabelPos, periodsDownRows, sourceLabelPos } from './axes';
import { periodLabel } from '../../reader/labels';
import { minOwnShareOf } from './check';

export function explainCofinancing(
  t: CofinancingLayout,
  say: ExplainTools,
  params: CheckParams,
): ReadingDecision[] {
  const out: ReadingDecision[] = [];
  const add = (role: string, cells: string, because: ReadingDecision['because']) =>
    out.push({ role, cells, because });
  const byRows = periodsDownRows(t);
  const cellOf = (p: CellPos) => a1(p.row, p.col);
  if (t.periodCols.length) {
    const first = periodLabelPos(t, t.periodCols[0].col);
    const last = periodLabelPos(t, t.periodCols[t.periodCols.length - 1].col);
    const labels = t.periodCols.map((p) => p.label).join(', ');
    // A financing plan with one amount column and no periods ("Kilde | Andel | Beløb"): its amounts.
    const noPeriod = t.periodCols.length === 1 && periodLabel(t.periodCols[0].label) === null;
    add(
      'periods',
      a1Range({ top: first.row, left: first.col, bottom: last.row, right: last.col }),
      say.why(
        'periods',
        noPeriod
          ? text(
              `beløbene i »${labels}«, én kolonne uden perioder`,
              `the amounts in "${labels}", one column with no periods`,
            )
          : byRows
            ? text(`perioderne ${labels}, ned ad rækkerne`, `the periods ${labels}, down the rows`)
            : text(`perioderne ${labels}`, `the periods ${labels}`),
      ),
    );
  }
  if (t.shareCol !== undefined) {
    const p = periodLabelPos(t, t.shareCol);
    add(
      'share-col',
      cellOf(p),
      text(
        `andelene i »${say.label(p.row, p.col)}« følger af beløbene og holdes op mod dem`,
        `the shares in "${say.label(p.row, p.col)}" follow from the amounts and are checked against them`,
      ),
    );
  }
  // With the periods down the rows the layout's total column is the sheet's total row, and the other way round:
  // the reading names them as the user sees them.
  if (t.totalCol !== null) {
    const p = periodLabelPos(t, t.totalCol);
    add(
      byRows ? 'total-row' : 'total-col',
      cellOf(p),
      say.why(
        'total-col',
        say.labelled(
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
      byRows ? 'total-col' : 'total-row',
      cellOf(p),
      say.why(
        'total-row',
        say.labelled(p.row, p.col, text('totalrækken, uden tekst', 'the total row, without a label')),
      ),
    );
  }
  if (!byRows) out.push(...otherTotalsExplained(t.otherTotalRows, t.labelCol, say, a1));
  const breakdown = t.breakdownRows ?? [];
  if (breakdown.length && t.because?.['breakdown-rows']) {
    const first = sourceLabelPos(t, Math.min(...breakdown.map((b) => b.row)));
    const last = sourceLabelPos(t, Math.max(...breakdown.map((b) => b.row)));
    const cells = a1Range({ top: first.row, left: first.col, bottom: last.row, right: last.col });
    add('breakdown-rows', cells, t.because['breakdown-rows']);
  }
  const subs = t.subtotalRows ?? [];
  if (subs.length && t.because?.['subtotal-rows']) {
    add(
      'subtotal-rows',
      subs.map((s) => cellOf(sourceLabelPos(t, s.row))).join(', '),
      t.because['subtotal-rows'],
    );
  }
  if (t.noteRows?.length && t.because?.['note-rows']) {
    add('note-rows', t.noteRows.map((r) => cellOf(sourceLabelPos(t, r))).join(', '), t.because['note-rows']);
  }
  const yearTotals = t.periodSubtotalCols ?? [];
  if (yearTotals.length) {
    const cells = yearTotals.map((s) => periodLabelPos(t, s.col));
    const names = cells.map((p) => `»${say.label(p.row, p.col)}«`).join(', ');
    const namesEn = cells.map((p) => `"${say.label(p.row, p.col)}"`).join(', ');
    add(
      'period-subtotal-cols',
      cells.map(cellOf).join(', '),
      text(
        `${names} er summen af perioderne før ${yearTotals.length === 1 ? 'den' : 'hver af dem'}`,
        `${namesEn} ${yearTotals.length === 1 ? 'is' : 'are each'} the sum of the periods before ${yearTotals.length === 1 ? 'it' : 'them'}`,
      ),
    );
  }
  out.push(...amountScaleExplained(t));
  const own = t.sourceRows.filter((s) => s.type === 'own').map((s) => s.label);
  if (own.length)
    add('own-rows', '', text(`egenfinansiering: ${own.join(', ')}`, `own financing: ${own.join(', ')}`));
  const rule = minOwnShareOf(t, params);
  const ratio = t.statedRules?.matchingRatio ?? params.matchingRatio ?? null;
  const stated = t.statedRules
    ? text(` (arket siger »${t.statedRules.words}«)`, ` (the sheet says "${t.statedRules.words}")`)
    : null;
  const scheme = t.statedRules?.scheme;
  // Where the minimum comes from: the sheet's words, the user's setting, or the scheme the sheet names.
  const whence =
    rule?.from === 'sheet'
      ? stated!
      : rule?.from === 'scheme' && scheme
        ? text(
            ` (${scheme.name}s krav; arket nævner »${scheme.named}«)`,
            ` (the requirement of ${scheme.name}; the sheet says "${scheme.named}")`,
          )
        : text(' (indstillingen)', ' (the setting)');
  if (own.length && rule) {
    add(
      'rule',
      '',
      text(
        `egenfinansiering mindst ${formatPercent(rule.min, 'da')}${whence.da}`,
        `own financing at least ${formatPercent(rule.min, 'en')}${whence.en}`,
      ),
    );
  } else if (own.length) {
    add(
      'rule',
      '',
      text(
        'intet minimum for egenfinansieringen: arket angiver intet og nævner ingen ordning med et',
        'no minimum own share: the sheet states none and names no scheme with one',
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
  return out;
}
