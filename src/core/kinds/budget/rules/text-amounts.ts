/**
 * Numbers stored as text in an amount column look right on screen but fall out of Excel's SUM: one
 * warning per column, naming the cells and the amount the sum misses.
 */
import { add, ZERO, type Decimal } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { cellAt, type SheetGrid } from '../../../grid/grid';
import type { BudgetInput } from '../check';
import { amountText, plainAmount } from '../say';

export function textAmountFindings(grid: SheetGrid, input: BudgetInput): Finding[] {
  const { layout: t, values } = input;
  const out: Finding[] = [];
  t.columns.forEach((c, j) => {
    const cells: string[] = [];
    let missed: Decimal = ZERO;
    t.lines.forEach((line, i) => {
      const v = values[i][j];
      if (v === null || typeof cellAt(grid, line.row, c.col) !== 'string') return;
      cells.push(a1(line.row, c.col));
      missed = add(missed, v);
    });
    if (cells.length === 0) return;
    const shown = cells.length > 6 ? `${cells.slice(0, 6).join(', ')} …` : cells.join(', ');
    const amount = amountText(missed, input.scale);
    const n = cells.length;
    // Read with the point as decimal sign: say so, with the first cell as it stands, so it can be checked.
    const first = t.lines.find((l) => typeof cellAt(grid, l.row, c.col) === 'string');
    const example = first ? String(cellAt(grid, first.row, c.col)).trim() : '';
    const point = input.pointColumns?.[j]
      ? text(
          ` Tallene har punktum som decimaltegn og er læst sådan (»${example}« som ${example.replace('.', ',')}).`,
          ` The numbers use a decimal point and are read so ("${example}" as ${example}).`,
        )
      : text('', '');
    out.push(
      finding(
        'budget-text-amounts',
        input.sheet,
        cells.length === 1 ? cells[0] : `${cells[0]}:${cells[cells.length - 1]}`,
        text(
          `${n === 1 ? 'Ét tal' : `${n} tal`} i kolonnen »${c.label}« står som tekst; Excels SUM springer ${n === 1 ? 'det' : 'dem'} over og mangler ${amount.da} (${shown}).${point.da}`,
          `${n === 1 ? 'One number' : `${n} numbers`} in the column "${c.label}" ${n === 1 ? 'is' : 'are'} stored as text; Excel's SUM skips ${n === 1 ? 'it' : 'them'} and misses ${amount.en} (${shown}).${point.en}`,
        ),
        { expected: plainAmount(missed, input.scale), related: cells.slice(0, 50) },
      ),
    );
  });
  return out;
}
