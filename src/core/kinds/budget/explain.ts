/** How a budget was read: its lines and columns, how the hierarchy was found, the unit and how many sums were checked. */
import type { CheckParams } from '../../check/params';
import type { ReadingDecision } from '../../check/result';
import { text } from '../../findings/finding';
import { a1, a1Range } from '../../grid/a1';
import { decimal } from '../../decimal/decimal';
import { formatNumber, formatPercent } from '../../money/format';
import type { BudgetColumn, BudgetColumnRole, BudgetLayout } from '../../tables/layout';
import type { ExplainTools } from '../explain-tools';
import { matchingRatio } from './check';
import { ratioWords } from './rules/matching';
import { normalizeLabel } from '../../reader/labels';
import { FINANCING_HEADING, FINANCING_TOTAL } from './words';

const ROLE_NAMES: Readonly<Record<BudgetColumnRole, readonly [string, string]>> = {
  accounts: ['regnskab', 'accounts'],
  budget: ['budget', 'budget'],
  original: ['oprindeligt budget', 'original budget'],
  supplementary: ['tillægsbevillinger', 'supplementary appropriations'],
  corrected: ['korrigeret budget', 'corrected budget'],
  proposal: ['forslag', 'proposal'],
  estimate: ['budgetoverslag', 'budget estimate'],
  spent: ['forbrug', 'spent'],
  expected: ['forventet regnskab', 'expected outcome'],
  deviation: ['afvigelse', 'deviation'],
  'deviation-pct': ['afvigelse i pct.', 'deviation in percent'],
  amount: ['beløb', 'amounts'],
};

export function explainBudget(t: BudgetLayout, say: ExplainTools, params: CheckParams): ReadingDecision[] {
  const out: ReadingDecision[] = [];
  const first = t.lines[0]?.row ?? t.headerRow + 1;
  const last = t.lines[t.lines.length - 1]?.row ?? first;
  const n = t.lines.length;
  out.push({
    role: 'lines',
    cells: a1Range({ top: first, left: t.labelCol, bottom: last, right: t.labelCol }),
    because: text(
      n === 1 ? 'én budgetlinje' : `${count(n, 'da')} budgetlinjer`,
      n === 1 ? 'one budget line' : `${count(n, 'en')} budget lines`,
    ),
  });
  if (t.codeCol !== null)
    out.push({
      role: 'code-col',
      cells: say.col(t.codeCol),
      because: text('kontonumrene', 'the account codes'),
    });
  // Neighbouring columns of one role (six years of amounts) are one decision, not six.
  for (const run of runsOf(t.columns)) {
    const [da, en] = ROLE_NAMES[run[0].role];
    const labels = run.map((c) => c.label).filter(Boolean);
    const cells =
      run.length === 1
        ? a1(t.headerRow, run[0].col)
        : a1Range({
            top: t.headerRow,
            left: run[0].col,
            bottom: t.headerRow,
            right: run[run.length - 1].col,
          });
    const named = labels.length ? ` (${labels.join(', ')})` : '';
    const d = run.length === 1 ? run[0].derived : undefined;
    // Read by its numbers: say which columns it is made of, since no heading said it.
    const of = (col: number) => `»${t.columns.find((c) => c.col === col)?.label ?? ''}«`;
    const how = d
      ? text(
          `, læst ud fra tallene: ${of(d.from)} ${d.op} ${of(d.and)}`,
          `, read from its numbers: ${of(d.from).replace(/[»«]/g, '"')} ${d.op} ${of(d.and).replace(/[»«]/g, '"')}`,
        )
      : text('', '');
    out.push({
      role: 'budget-col',
      cells,
      because: text(`${da}${named}${how.da}`, `${en}${named}${how.en}`),
    });
  }
  const parents = new Set(t.lines.filter((l) => l.parent !== null && !l.breakdown).map((l) => l.parent)).size;
  const how =
    t.hierarchy === 'codes'
      ? text(
          `kontonumrene danner et hierarki med ${count(parents, 'da')} sumlinjer, bekræftet af summerne`,
          `the account codes form a hierarchy of ${count(parents, 'en')} summing lines, confirmed by the sums`,
        )
      : t.hierarchy === 'outline' || t.hierarchy === 'indent'
        ? text(
            `${t.hierarchy === 'outline' ? 'rækkernes gruppering (disposition)' : 'indrykningen af linjerne'} danner et hierarki med ${count(parents, 'da')} sumlinjer, bekræftet af summerne`,
            `${t.hierarchy === 'outline' ? "the rows' outline grouping" : "the lines' indentation"} forms a hierarchy of ${count(parents, 'en')} summing lines, confirmed by the sums`,
          )
        : t.hierarchy === 'sums'
          ? text(
              `${parents === 1 ? 'én sumlinje' : `${parents} sumlinjer`} fundet ved summerne`,
              `${parents === 1 ? 'one summing line' : `${parents} summing lines`} found by the sums`,
            )
          : text(
              'ingen sumlinjer; linjerne står side om side',
              'no summing lines; the lines stand side by side',
            );
  out.push({ role: 'hierarchy', cells: '', because: how });
  const breakdowns = t.lines.filter((l) => l.breakdown).length;
  if (breakdowns)
    out.push({
      role: 'breakdown-rows',
      cells: '',
      because: text(
        `${breakdowns === 1 ? 'én heraf-linje' : `${breakdowns} heraf-linjer`} er en del af linjen over og tælles ikke igen`,
        `${breakdowns === 1 ? 'one "of which" line is' : `${breakdowns} "of which" lines are`} part of the line above and not counted again`,
      ),
    });
  const keyFigures = t.lines.filter((l) => l.statistic).length;
  if (keyFigures)
    out.push({
      role: 'key-figures',
      cells: '',
      because: text(
        `${keyFigures === 1 ? 'én linje er et nøgletal' : `${keyFigures} linjer er nøgletal`} (gennemsnit, andel, indeks) og summeres ikke`,
        `${keyFigures === 1 ? 'one line is a key figure' : `${keyFigures} lines are key figures`} (average, share, index) and are not summed`,
      ),
    });
  const min = t.statedRules?.minOwnShare;
  if (min)
    out.push({
      role: 'rules',
      cells: '',
      because: text(
        `egenfinansiering (kontant og timer) mindst ${formatPercent(min, 'da')} af finansieringen (arket siger »${t.statedRules!.words}«)`,
        `own financing (cash and hours) at least ${formatPercent(min, 'en')} of the financing (the sheet says "${t.statedRules!.words}")`,
      ),
    });
  const ratio = matchingRatio(t, params);
  const financed = t.lines.some((l) => {
    const label = normalizeLabel(l.label);
    return FINANCING_TOTAL.test(label) || FINANCING_HEADING.test(label);
  });
  if (ratio && financed) {
    const words = ratioWords(ratio);
    const said = t.statedRules?.matchingRatio
      ? text(` (arket siger »${t.statedRules.words}«)`, ` (the sheet says "${t.statedRules.words}")`)
      : text(' (valgt af brugeren)', ' (chosen by the user)');
    out.push({
      role: 'rules',
      cells: '',
      because: text(
        `finansieringen skal matches efter ${words.da}${said.da}`,
        `the financing must match by ${words.en}${said.en}`,
      ),
    });
  }
  // Said only where a figure is negative or in parentheses: beside plain costs it is noise.
  const signed = t.lines.some((l) => t.columns.some((c) => /^[-\u2212(]/.test(say.label(l.row, c.col))));
  if (signed)
    out.push({
      role: 'sign',
      cells: '',
      because: text('minus er indtægter, ikke en fejl', 'minus is income, not an error'),
    });
  return out;
}

const count = (n: number, lang: 'da' | 'en') => formatNumber(decimal(n), lang);

function runsOf(columns: readonly BudgetColumn[]): BudgetColumn[][] {
  const runs: BudgetColumn[][] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.role === c.role && prev.col === c.col - 1 && !prev.derived && !c.derived) last.push(c);
    else runs.push([c]);
  }
  return runs;
}
