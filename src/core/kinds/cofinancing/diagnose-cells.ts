/**
 * Co-financing totals that are off, traced to one cell or one row:
 * - a row total and a column total off by the same amount that cross in one cell point at that cell,
 *   with the value that makes both right (or, if the cell is right, both totals are to be corrected);
 * - column totals off by exactly one row's amounts: that row is a total counted as a source, a source
 *   counted twice, or a row outside the totals' range.
 * Each diagnosis takes the findings that the same rules, run again with the fix, no longer give.
 */
import { checkCofinancing } from './rules/all-rules';
import type { CofinancingInput, CofinancingRules } from './rules/input';
import { sumAll } from './rules/parts';
import { text, type Finding } from '../../findings/finding';
import { columnLetters, parseA1 } from '../../grid/a1';
import { oereToPlain } from '../../money/oere';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { vanished } from '../../diagnose/diagnosis';
import { digitSlip, SLIP_WORDS } from '../../diagnose/digits';
import { abs, kr, quote } from '../../diagnose/say';

export interface CofinancingContext {
  readonly input: CofinancingInput;
  readonly rules: CofinancingRules;
  readonly open: readonly Finding[];
}

function rerun(ctx: CofinancingContext, input: CofinancingInput): Finding[] {
  return vanished(ctx.open, checkCofinancing(input, ctx.rules).findings);
}

/** Parts minus stated total per source row (null when unknown or right). */
function rowGaps(input: CofinancingInput): (bigint | null)[] {
  return input.rows.map((r) => {
    const s = r.total ? sumAll(r.amounts) : null;
    return s === null || !r.total || s === r.total.value ? null : s - r.total.value;
  });
}

/** Parts minus stated total per period column (0 when right, null when unknown). */
function columnGaps(input: CofinancingInput): (bigint | null)[] {
  return input.periods.map((_, p) => {
    const t = input.totalRow?.amounts[p];
    const s = sumAll(input.rows.map((r) => r.amounts[p] ?? null));
    return !t || s === null ? null : s - t.value;
  });
}

export function cofinancingCells(ctx: CofinancingContext): Diagnosis[] {
  return [...crossingCells(ctx), ...extraRow(ctx)];
}

function crossingCells(ctx: CofinancingContext): Diagnosis[] {
  const { input } = ctx;
  const rg = rowGaps(input);
  const cg = columnGaps(input);
  const out: Diagnosis[] = [];
  rg.forEach((gap, i) => {
    if (gap === null) return;
    const cols = cg.flatMap((g, p) => (g === gap ? [p] : []));
    if (cols.length !== 1) return;
    const p = cols[0];
    if (rg.filter((g) => g === gap).length !== 1) return;
    const cell = input.rows[i].amounts[p];
    const rowTotal = input.rows[i].total;
    const colTotal = input.totalRow?.amounts[p];
    if (!cell || !rowTotal || !colTotal) return;
    const right = cell.value - gap;
    const fixed: CofinancingInput = {
      ...input,
      rows: input.rows.map((r, k) =>
        k !== i ? r : { ...r, amounts: r.amounts.map((a, q) => (q === p && a ? { ...a, value: right } : a)) },
      ),
    };
    const explains = rerun(ctx, fixed);
    if (!explains.some((f) => f.cell === rowTotal.cell) || !explains.some((f) => f.cell === colTotal.cell))
      return;
    const slip = cell.value >= 0n && right >= 0n ? digitSlip(whole(cell.value), whole(right)) : null;
    const slipText = slip
      ? { da: ` (${SLIP_WORDS[slip].da})`, en: ` (${SLIP_WORDS[slip].en})` }
      : { da: '', en: '' };
    out.push({
      rule: 'cell-breaks-totals',
      sheet: input.sheet,
      cell: cell.cell,
      confidence: 'likely',
      message: text(
        `${cell.cell} er sandsynligvis forkert${slipText.da}: med ${kr(right, 'da')} i stedet for ${kr(cell.value, 'da')} stemmer både ${rowTotal.cell} og ${colTotal.cell}. Er ${kr(cell.value, 'da')} rigtigt, skal ${rowTotal.cell} og ${colTotal.cell} i stedet ${gap > 0n ? 'hæves' : 'sænkes'} med ${kr(abs(gap), 'da')}`,
        `${cell.cell} is probably wrong${slipText.en}: with ${kr(right, 'en')} instead of ${kr(cell.value, 'en')} both ${rowTotal.cell} and ${colTotal.cell} are right. If ${kr(cell.value, 'en')} is right, ${rowTotal.cell} and ${colTotal.cell} must instead be ${gap > 0n ? 'raised' : 'lowered'} by ${kr(abs(gap), 'en')}.`,
      ),
      expected: oereToPlain(right),
      actual: oereToPlain(cell.value),
      explains,
    });
  });
  return out;
}

function whole(oere: bigint): string {
  return oere % 100n === 0n ? (oere / 100n).toString() : oere.toString();
}

/** Column totals that are exactly one row short or one row over. */
function extraRow(ctx: CofinancingContext): Diagnosis[] {
  const { input } = ctx;
  const cg = columnGaps(input);
  if (input.rows.length < 2 || cg.some((g) => g === null) || cg.every((g) => g === 0n)) return [];
  const matches = input.rows.flatMap((r, k) =>
    r.amounts.every((a, p) => a !== null && a.value === cg[p]) ? [k] : [],
  );
  if (matches.length !== 1) return [];
  const k = matches[0];
  const row = input.rows[k];
  const without: CofinancingInput = { ...input, rows: input.rows.filter((_, i) => i !== k) };
  const all = rerun(ctx, without);
  const totals = new Set(
    [...(input.totalRow?.amounts ?? []), input.totalRow?.total].flatMap((a) => (a ? [a.cell] : [])),
  );
  const onTotals = all.filter((f) => f.rule === 'total-mismatch' && totals.has(f.cell));
  if (onTotals.length === 0) return [];
  const line = lineName(input, row.labelCell);
  const name = quote(row.label);
  const tr = input.totalRow!;
  const totalsLine = lineName(input, tr.labelCell);
  const others = input.periodsDownRows
    ? { da: 'de andre kolonner', en: 'the other columns' }
    : { da: 'de andre rækker', en: 'the other rows' };
  const isTotal = row.amounts.every(
    (a, p) => a !== null && tr.amounts[p] !== null && a.value === tr.amounts[p]!.value,
  );
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const twin = input.rows.findIndex(
    (r, i) =>
      i !== k &&
      norm(r.label) === norm(row.label) &&
      r.amounts.every((a, p) => a?.value === row.amounts[p]?.value),
  );
  if (isTotal) {
    return [
      {
        rule: 'total-as-party',
        sheet: input.sheet,
        cell: row.labelCell,
        confidence: 'likely',
        message: text(
          `${cap(line.da)} (${name.da}) er summen af ${others.da}, men tælles med som en finansieringskilde; derfor er totalerne i ${totalsLine.da} det dobbelte af kilderne. Flyt ${line.the.da} ud af tabellen, eller ret Fordels aflæsning.`,
          `${cap(line.en)} (${name.en}) is the sum of ${others.en} but is counted as a source; that is why the totals in ${totalsLine.en} are twice the sources. Move the ${line.the.en} out of the table, or correct Fordel's reading.`,
        ),
        explains: all,
      },
    ];
  }
  if (twin >= 0 && twin < k) {
    return [
      {
        rule: 'party-counted-twice',
        sheet: input.sheet,
        cell: row.labelCell,
        confidence: 'likely',
        message: text(
          `${name.da} står både i ${input.rows[twin].labelCell} og ${row.labelCell} med de samme beløb og tælles med to gange i totalerne. Slet ${line.da}, hvis det er den samme kilde.`,
          `${name.en} is in both ${input.rows[twin].labelCell} and ${row.labelCell} with the same amounts and is counted twice in the totals. Delete ${line.en} if it is the same source.`,
        ),
        explains: all,
      },
    ];
  }
  const edge = k === 0 || k === input.rows.length - 1;
  const over = cg.some((g) => (g ?? 0n) > 0n);
  if (!over) return [];
  return [
    {
      rule: 'row-outside-total',
      sheet: input.sheet,
      cell: row.labelCell,
      confidence: edge ? 'likely' : 'possible',
      message: text(
        `Totalerne i ${totalsLine.da} er summen af ${others.da} uden ${line.da} (${name.da}): ${line.the.da} ligger uden for totalernes område. Udvid totalerne til ${line.the.da}, eller flyt ${line.the.da} ud af tabellen, hvis den ikke hører med.`,
        `The totals in ${totalsLine.en} are the sum of ${others.en} without ${line.en} (${name.en}): the ${line.the.en} lies outside the totals' range. Extend the totals to the ${line.the.en}, or move the ${line.the.en} out of the table if it does not belong.`,
      ),
      explains: onTotals,
    },
  ];
}

/** "række 5", or "kolonne D" when the sources run across the columns (periods down the rows). */
function lineName(
  input: CofinancingInput,
  labelCell: string,
): { da: string; en: string; the: { da: string; en: string } } {
  const p = parseA1(labelCell);
  if (input.periodsDownRows) {
    const letter = p ? columnLetters(p.col) : labelCell;
    return { da: `kolonne ${letter}`, en: `column ${letter}`, the: { da: 'kolonnen', en: 'column' } };
  }
  const n = (p?.row ?? 0) + 1;
  return { da: `række ${n}`, en: `row ${n}`, the: { da: 'rækken', en: 'row' } };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
