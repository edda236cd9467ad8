/**
 * Columns computed from others must agree with them: Korrigeret budget = Oprindeligt budget +
 * Tillægsbevillinger; Afvigelse = budget minus expected outcome (or the other way round, as the sheet's
 * own rows show); Afvigelse i pct. = Afvigelse / budget. A convention is checked only when most rows follow it.
 */
import { add, compare, decimal, mul, sub, toPlainString, ZERO, type Decimal } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import type { BudgetColumnRole } from '../../../tables/layout';
import type { BudgetInput } from '../check';
import { withinRounding } from '../rounding';
import { amountText, plainAmount } from '../say';
import { BUDGET_LIMITS } from '../words';
import type { SumRelation } from './agreeing-totals';

type Formula = {
  readonly f: (v: (j: number) => Decimal | null) => Decimal | null;
  /** The formula in the sheet's own headings: »Korr. budget« - »Forventet regnskab«. */
  readonly says: string;
  /** The columns it takes, each added (1) or subtracted (-1): a figure typed wrong in one of them breaks it. */
  readonly terms?: readonly Term[];
};

/** A column of a formula (index into the budget's columns) and whether it is added or subtracted. */
export interface Term {
  readonly col: number;
  readonly sign: 1 | -1;
}

export interface DerivedCheck {
  readonly findings: Finding[];
  /** Every line of a column that is the sum of two others, with its finding when it broke. */
  readonly relations: SumRelation[];
  /** The columns each finding's formula takes. */
  readonly terms: Map<Finding, readonly Term[]>;
}

export function derivedColumnFindings(input: BudgetInput): DerivedCheck {
  // Columns read by their numbers are checked by the sum or difference they were read as, below.
  const col = (role: BudgetColumnRole) =>
    input.layout.columns.findIndex((c) => c.role === role && !c.derived);
  const h = (j: number) => `»${input.layout.columns[j].label}«`;
  const out: Finding[] = [];
  const relations: SumRelation[] = [];
  const terms = new Map<Finding, readonly Term[]>();
  const push = (r: DerivedCheck) => {
    out.push(...r.findings);
    relations.push(...r.relations);
    r.terms.forEach((v, k) => terms.set(k, v));
  };
  const [orig, supp, corr, exp, dev, pct, budget, spent] = [
    col('original'),
    col('supplementary'),
    col('corrected'),
    col('expected'),
    col('deviation'),
    col('deviation-pct'),
    col('budget'),
    col('spent'),
  ];
  if (orig >= 0 && supp >= 0 && corr >= 0) {
    push(
      compareColumn(input, corr, [
        { f: (v) => sum2(v(orig), v(supp)), says: `${h(orig)} + ${h(supp)}`, terms: plus(orig, supp) },
      ]),
    );
  }
  const base = corr >= 0 ? corr : budget >= 0 ? budget : orig;
  const outcome = exp >= 0 ? exp : spent;
  if (dev >= 0 && base >= 0 && outcome >= 0) {
    push(
      compareColumn(input, dev, [
        {
          f: (v) => diff(v(base), v(outcome)),
          says: `${h(base)} - ${h(outcome)}`,
          terms: minus(base, outcome),
        },
        {
          f: (v) => diff(v(outcome), v(base)),
          says: `${h(outcome)} - ${h(base)}`,
          terms: minus(outcome, base),
        },
      ]),
    );
  }
  if (pct >= 0 && dev >= 0 && base >= 0) {
    out.push(...percentColumn(input, pct, dev, base));
  }
  input.layout.columns.forEach((c, j) => {
    const d = c.derived;
    const [a, b] = d ? [at(input, d.from), at(input, d.and)] : [-1, -1];
    if (!d || a < 0 || b < 0) return;
    const f = d.op === '+' ? sum2 : diff;
    const ab = d.op === '+' ? plus(a, b) : minus(a, b);
    push(compareColumn(input, j, [{ f: (v) => f(v(a), v(b)), says: `${h(a)} ${d.op} ${h(b)}`, terms: ab }]));
  });
  return { findings: out, relations, terms };
}

const plus = (a: number, b: number): Term[] => [
  { col: a, sign: 1 },
  { col: b, sign: 1 },
];
const minus = (a: number, b: number): Term[] => [
  { col: a, sign: 1 },
  { col: b, sign: -1 },
];

/** The index among the budget's columns of a sheet column (-1 when it is not one of them). */
const at = (input: BudgetInput, col: number) => input.layout.columns.findIndex((c) => c.col === col);

const sum2 = (a: Decimal | null, b: Decimal | null) =>
  a === null && b === null ? null : add(a ?? ZERO, b ?? ZERO);
const diff = (a: Decimal | null, b: Decimal | null) =>
  a === null && b === null ? null : sub(a ?? ZERO, b ?? ZERO);

const none = (): DerivedCheck => ({ findings: [], relations: [], terms: new Map() });

/** Checks a column against the one formula (of the candidates) that most rows follow. */
function compareColumn(input: BudgetInput, target: number, formulas: readonly Formula[]): DerivedCheck {
  const { layout: t, values } = input;
  const rows = t.lines.map((_, i) => i).filter((i) => values[i][target] !== null);
  if (rows.length === 0) return none();
  const leaves = leafLines(input, rows);
  const slack = Math.max(...input.decimals);
  const holds = ({ f }: Formula, i: number) => {
    const want = f((j) => values[i][j]);
    return (
      want !== null &&
      withinRounding(sub(values[i][target]!, want), 2, Math.min(slack, input.decimals[target]))
    );
  };
  // The convention is read from the item lines: a wrong item makes every sum above it wrong too. With few
  // items one typo is half of them; the totals then speak too, since a total holds the formula only when
  // its own figures are right (a typo in an item leaves the total, typed from the true figures, holding).
  const share = (f: Formula, of: readonly number[]) => of.filter((i) => holds(f, i)).length / of.length;
  const best = formulas
    .map((f) => ({ f, n: Math.max(share(f, leaves), share(f, rows)) }))
    .sort((a, b) => b.n - a.n)[0];
  if (best.n < BUDGET_LIMITS.conventionShare) return none();
  const c = t.columns[target];
  const findings = firstCauses(input, rows, (i) => !holds(best.f, i)).flatMap((i) => {
    const want = best.f.f((j) => values[i][j]);
    if (want === null) return [];
    const cell = a1(t.lines[i].row, c.col);
    const [has, should] = [amountText(values[i][target]!, input.scale), amountText(want, input.scale)];
    return [
      finding(
        'budget-derived-mismatch',
        input.sheet,
        cell,
        text(
          `${cell} (»${t.lines[i].label}«, ${c.label}) er ${has.da}, men ${best.f.says} giver ${should.da}, som de andre rækker regner.`,
          `${cell} ("${t.lines[i].label}", ${c.label}) is ${has.en}, but ${best.f.says.replace(/[»«]/g, '"')} gives ${should.en}, as the other rows compute it.`,
        ),
        {
          expected: plainAmount(want, input.scale),
          actual: plainAmount(values[i][target]!, input.scale),
        },
      ),
    ];
  });
  const terms = new Map(best.f.terms ? findings.map((f) => [f, best.f.terms!] as const) : []);
  return { findings, relations: sumRelations(input, target, rows, best.f, findings), terms };
}

/**
 * The lines of a column that is the sum of two others, as sums a total over them can be put right by: a
 * column total that agrees once the line that breaks the formula is put right is not flagged as well.
 */
function sumRelations(
  input: BudgetInput,
  target: number,
  rows: readonly number[],
  formula: Formula,
  findings: readonly Finding[],
): SumRelation[] {
  if (!formula.terms || formula.terms.some((x) => x.sign < 0)) return [];
  const [a, b] = formula.terms.map((x) => x.col);
  const slack = Math.min(Math.max(...input.decimals), input.decimals[target]);
  const at = new Map(findings.map((f) => [f.cell, f]));
  return rows.map((line) => ({
    total: { line, col: target },
    parts: [
      { line, col: a },
      { line, col: b },
    ],
    holds: (d: Decimal) => withinRounding(d, 2, slack),
    finding: at.get(a1(input.layout.lines[line].row, input.layout.columns[target].col)) ?? null,
  }));
}

/** Afvigelse i pct. = Afvigelse / budget x 100, shown with the column's own decimals (or as a fraction of 1). */
function percentColumn(input: BudgetInput, pct: number, dev: number, base: number): Finding[] {
  const { layout: t, values } = input;
  const rows = t.lines
    .map((_, i) => i)
    .filter(
      (i) =>
        values[i][pct] !== null &&
        values[i][dev] !== null &&
        values[i][base] !== null &&
        !isZero(values[i][base]!),
    );
  if (rows.length === 0) return [];
  const shown = input.decimals[pct];
  const expect = (i: number, factor: number) =>
    ratio(mul(values[i][dev]!, decimal(factor)), values[i][base]!, shown + 1);
  // The sheet writes 4,5 or 0,045 for 4,5 %: the scale most rows follow is the sheet's.
  const scales = [100, 1].map((factor) => ({
    factor,
    n: rows.filter((i) => near(values[i][pct]!, expect(i, factor), shown)).length,
  }));
  const best = scales.sort((a, b) => b.n - a.n)[0];
  if (best.n / rows.length < BUDGET_LIMITS.conventionShare) return [];
  const c = t.columns[pct];
  return firstCauses(input, rows, (i) => !near(values[i][pct]!, expect(i, best.factor), shown)).map((i) => {
    const cell = a1(t.lines[i].row, c.col);
    const want = expect(i, best.factor);
    return finding(
      'budget-derived-mismatch',
      input.sheet,
      cell,
      text(
        `${cell} (»${t.lines[i].label}«, ${c.label}) stemmer ikke med afvigelsen og budgettet i samme række.`,
        `${cell} ("${t.lines[i].label}", ${c.label}) does not agree with the deviation and the budget in its row.`,
      ),
      { expected: toPlainString(want), actual: toPlainString(values[i][pct]!) },
    );
  });
}

const isZero = (d: Decimal) => compare(d, ZERO) === 0;

/** a / b to `places` decimals, rounded half away from zero. */
function ratio(a: Decimal, b: Decimal, places: number): Decimal {
  // Scale both to integers, then divide with the extra places in bigint.
  const s = Math.max(a.scale, b.scale);
  const ai = a.digits * 10n ** BigInt(s - a.scale);
  const bi = b.digits * 10n ** BigInt(s - b.scale);
  const num = ai * 10n ** BigInt(places + 1);
  let q = num / bi;
  q = q >= 0n ? (q + 5n) / 10n : (q - 5n) / 10n;
  return { digits: q, scale: places };
}

function near(shown: Decimal, want: Decimal, decimals: number): boolean {
  // The sheet rounds to its own decimals: half a unit of its last place, and one more for the rounding above.
  const slack = { digits: 10n, scale: decimals + 1 };
  const d = sub(shown, want);
  return compare(d, slack) <= 0 && compare(d, { digits: -10n, scale: decimals + 1 }) >= 0;
}

/** Lines with no items of their own (every line, in a flat budget). */
function leafLines(input: BudgetInput, rows: readonly number[]): number[] {
  const parents = new Set(input.layout.lines.map((l) => l.parent));
  const leaves = rows.filter((i) => !parents.has(input.layout.lines[i].row));
  return leaves.length > 0 ? leaves : [...rows];
}

/** The failing lines, without a sum whose failure an item below it already explains. */
function firstCauses(input: BudgetInput, rows: readonly number[], fails: (i: number) => boolean): number[] {
  const lines = input.layout.lines;
  const failing = new Set(rows.filter(fails).map((i) => lines[i].row));
  const byRow = new Map(lines.map((l) => [l.row, l]));
  const below = new Set<number>();
  for (const row of failing) {
    for (let p = byRow.get(row)?.parent ?? null; p !== null; p = byRow.get(p)?.parent ?? null) below.add(p);
  }
  return rows.filter((i) => failing.has(lines[i].row) && !below.has(lines[i].row));
}
