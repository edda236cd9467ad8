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
  if (c.actual !== undefined)
    out.push({
      role: 'actual-col',
      cells: say.col(c.actual),
      because: text(`resultatet i ${heading(c.actual).da}`, `the actual in ${heading(c.actual).en}`),
    });
  return out;
}
