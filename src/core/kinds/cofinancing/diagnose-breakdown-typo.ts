/**
 * A breakdown table (one source by focus area) whose total for a period disagrees with its summary table
 * because of one slip of the keyboard in the breakdown: the one cell of that period whose value, less the
 * difference, is the same number with two digits swapped, one digit wrong, or one too few or too many.
 * The breakdown's own totals may already include the slip (formulas), so only the summary tells.
 * When the summary's cell is just as plausibly the slip, both are said and the diagnosis is only possible.
 */
import { checkCofinancing } from './rules/all-rules';
import type { CofinancingInput } from './rules/input';
import { text, type Finding } from '../../findings/finding';
import { parseA1Range } from '../../grid/a1';
import { oereToPlain } from '../../money/oere';
import type { CofinancingContext } from './diagnose-cells';
import type { Diagnosis } from '../../diagnose/diagnosis';
import { vanished } from '../../diagnose/diagnosis';
import { digitSlip, SLIP_WORDS, type DigitSlip } from '../../diagnose/digits';
import { kr, oereOf, quote } from '../../diagnose/say';

/** The whole period's place among a breakdown-mismatch finding's periods. */
export const OVERALL = -1;

/** Whole kroner as digits when there are no øre, else øre: the digits a person typed. */
function typedDigits(oere: bigint): string {
  return oere % 100n === 0n ? (oere / 100n).toString() : oere.toString();
}

function slip(typed: bigint, right: bigint): DigitSlip | null {
  if (typed < 0n || right < 0n) return null;
  const whole = typed % 100n === 0n && right % 100n === 0n;
  return whole
    ? digitSlip(typedDigits(typed), typedDigits(right))
    : digitSlip(typed.toString(), right.toString());
}

/** The period a breakdown-mismatch finding is about: its total row cell, or the column of its parts. */
export function periodOf(input: CofinancingInput, cell: string): number | null {
  const tr = input.totalRow;
  if (tr?.total?.cell === cell) return OVERALL;
  const p = tr?.amounts.findIndex((a) => a?.cell === cell) ?? -1;
  if (p >= 0) return p;
  const at = parseA1Range(cell.split(',')[0].trim());
  if (!at) return null;
  const col = input.rows[0]?.amounts.findIndex((a) => a && parseA1Range(a.cell)?.left === at.left) ?? -1;
  return col >= 0 ? col : null;
}

export function breakdownTypos(ctx: CofinancingContext): Diagnosis[] {
  const { input } = ctx;
  const mismatches = ctx.open.filter((f) => f.rule === 'breakdown-mismatch' && f.sheet === input.sheet);
  if (mismatches.length === 0) return [];
  const byPeriod = new Map<number, Finding>();
  for (const f of mismatches) {
    const p = periodOf(input, f.cell);
    if (p !== null && !byPeriod.has(p)) byPeriod.set(p, f);
  }
  const overall = byPeriod.get(OVERALL) ?? null;
  const periods = [...byPeriod.keys()].filter((p) => p !== OVERALL);
  const out: Diagnosis[] = [];
  for (const p of periods) {
    const d = periodTypo(ctx, p, byPeriod.get(p)!, periods.length === 1 ? overall : null);
    if (d) out.push(d);
  }
  return out;
}

function periodTypo(
  ctx: CofinancingContext,
  p: number,
  f: Finding,
  overall: Finding | null,
): Diagnosis | null {
  const { input } = ctx;
  const breakdownSays = oereOf(f.actual);
  const summarySays = oereOf(f.expected);
  if (breakdownSays === null || summarySays === null) return null;
  const gap = breakdownSays - summarySays;
  const candidates = input.rows.flatMap((row, i) => {
    const a = row.amounts[p];
    const s = a ? slip(a.value, a.value - gap) : null;
    return a && s ? [{ i, row, cell: a.cell, typed: a.value, right: a.value - gap, slip: s }] : [];
  });
  // Two cells that would both put the period right: nothing says which one it is.
  if (candidates.length !== 1) return null;
  const c = candidates[0];

  const explains = [f];
  if (overall) {
    const o = { actual: oereOf(overall.actual), expected: oereOf(overall.expected) };
    if (o.actual !== null && o.expected !== null && o.actual - o.expected === gap) explains.push(overall);
  }
  // A row total typed before the slip was made no longer fits the row; the fix clears it too.
  const fixed: CofinancingInput = {
    ...input,
    rows: input.rows.map((r, k) =>
      k !== c.i
        ? r
        : { ...r, amounts: r.amounts.map((a, q) => (q === p && a ? { ...a, value: c.right } : a)) },
    ),
  };
  const rowTotal = c.row.total?.cell;
  const cleared = vanished(ctx.open, checkCofinancing(fixed, ctx.rules).findings);
  explains.push(...cleared.filter((x) => x.rule === 'total-mismatch' && x.cell === rowTotal));

  const period = input.periods[p]?.label ?? '';
  const summaryCell = f.related?.[0] ?? '';
  const who = c.row.label.trim() || c.row.labelCell;
  const other = slip(summarySays, breakdownSays);
  const alsoSummary = other
    ? text(
        ` Det kan også være ${summaryCell}, der er forkert (${SLIP_WORDS[other].da}): med ${kr(breakdownSays, 'da')} dér stemmer de to tabeller også.`,
        ` It may also be ${summaryCell} that is wrong (${SLIP_WORDS[other].en}): with ${kr(breakdownSays, 'en')} there the two tables agree as well.`,
      )
    : text('', '');
  const how = other ? { da: 'måske', en: 'possibly' } : { da: 'sandsynligvis', en: 'probably' };
  return {
    rule: 'digit-typo',
    sheet: input.sheet,
    cell: c.cell,
    confidence: other ? 'possible' : 'likely',
    message: text(
      `${c.cell} (${quote(who).da}, ${period}) er ${how.da} en tastefejl: der står ${kr(c.typed, 'da')}, men med ${kr(c.right, 'da')} stemmer opdelingen i ${period} med den sammenfattende tabel (${summaryCell}: ${kr(summarySays, 'da')}); ${SLIP_WORDS[c.slip].da}.${alsoSummary.da}`,
      `${c.cell} (${quote(who).en}, ${period}) is ${how.en} a typo: it says ${kr(c.typed, 'en')}, but with ${kr(c.right, 'en')} the breakdown agrees with the summary table in ${period} (${summaryCell}: ${kr(summarySays, 'en')}); ${SLIP_WORDS[c.slip].en}.${alsoSummary.en}`,
    ),
    expected: oereToPlain(c.right),
    actual: oereToPlain(c.typed),
    explains,
  };
}
