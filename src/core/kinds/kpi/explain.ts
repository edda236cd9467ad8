/** How a target list was read: the targets' names, the target values and the actuals. */
import type { ReadingDecision } from '../../check/result';
import { text } from '../../findings/finding';
import type { KpiLayout } from '../../tables/layout';
import type { ExplainTools } from '../explain-tools';

export function explainKpi(t: KpiLayout, say: ExplainTools): ReadingDecision[] {
  const c = t.columns;
  const heading = (col: number) => say.named(t.headerRow, col, say.unheaded(col));
  const out: ReadingDecision[] = [
    {
      role: 'target-col',
      cells: say.col(c.target),
      because: text('navnene på målene', 'the names of the targets'),
    },
    {
      role: 'value-col',
      cells: say.col(c.targetValue),
      because: text(
        `målværdien i ${heading(c.targetValue).da}`,
        `the target value in ${heading(c.targetValue).en}`,
      ),
    },
  ];
  if (t.series?.length) {
    const years = t.series.map((y) => y.year).join(', ');
    const first = t.series[0].col;
    const last = t.series[t.series.length - 1].col;
    out.push({
      role: 'series',
      cells: `${say.col(first)}:${say.col(last)}`,
      because: text(
        `resultaterne år for år (${years}): det seneste udfyldte år er resultatet, det første udgangspunktet; målet gælder ${t.targetYear}`,
        `the results year by year (${years}): the latest year filled is the actual, the first the baseline; the target is for ${t.targetYear}`,
      ),
    });
    return out;
  }
  if (c.actual !== undefined)
    out.push({
      role: 'actual-col',
      cells: say.col(c.actual),
      because: text(`resultatet i ${heading(c.actual).da}`, `the actual in ${heading(c.actual).en}`),
    });
  return out;
}
