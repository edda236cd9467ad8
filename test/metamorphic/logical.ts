/**
 * The transformations that change what a table holds around its truth without changing the truth: where the
 * total sits and what it is called, subtotals and "heraf" rows, header words, and the parties' names and order.
 * They work on a laid-out copy of the truth (LTable); values stay exact and every row and column keeps its id.
 */
import { decimalsOf } from './danish';
import {
  municipalityCode,
  remarks,
  runningNumber,
  sharesOfTotal,
  TRAILING_SPACES,
  type ExtraCol,
} from './everyday';
import type { Transform } from './families';
import { misspell, slipsOf } from './misspell';
import {
  accountColumn,
  BUDGET_CODE_STYLES,
  FOOTNOTE_MARKS,
  footnoteLine,
  FOOTNOTES,
  budgetCode,
  cvrColumn,
  formulaColumn,
  PCT_HEADS,
  TITLE_DATES,
  TOTAL_CASES,
  totalLabelCase,
} from './public-sector';
import { MUNICIPALITY_CODES } from './municipality-codes';
import {
  codeRightColumn,
  dateColumn,
  populationShares,
  HERAF_INDENTED,
  HERAF_INDENTS,
  HERAF_LINE,
  MERGED_GROUP_TITLES,
  BUDGET_STAGES,
  refErrorColumn,
  spentAndLeft,
} from './sent-tables';
import type { Rng } from './rng';
import { englishHeads, englishTotal, HERAF_TOTAL, numberRemarks } from './round-ten';
import { count, money, pct, sumPct, type LCol, type LRow, type TableTruth, type Val } from './truth';

export interface LTable {
  title: string;
  corner: string;
  cols: LCol[];
  rows: LRow[];
  /** A total stated outside the table, and where. */
  stated?: { where: 'title' | 'note' | 'above'; kr: bigint };
  /** A split's rate per inhabitant ("2,35 kr. pr. indbygger"), moved from the title to a cell above or a note. */
  rate?: { where: 'above' | 'note'; text: string };
  /** A footnote under the table, explaining a mark after a name ("1) Indtrådt 1. juli 2026."). */
  footnote?: string;
  /** yearRow: the years in a row of their own above "Budget"/"Overslag". */
  /** mergedOver: the corner and total head merged over two header rows, this group title over the rest. */
  header: {
    heads: boolean;
    groupTitle: string | null;
    unitRow: boolean;
    yearRow?: boolean;
    mergedOver?: string;
  };
  /**
   * Columns a colleague adds: a number or code left of the names, one right of them (mid), remarks or shares
   * at the right; a label merged over two columns.
   */
  extra?: { lead: ExtraCol | null; mid?: ExtraCol | null; trail: ExtraCol[]; mergedLabel: boolean };
}

const SYNONYMS: Record<string, readonly string[]> = {
  key: ['Folketal', 'Antal indbyggere', 'Befolkning 1.1.2026', 'Indb.'],
  share: ['Pct.', 'Procent', 'Fordelingsnøgle', 'Andel i pct.', 'Nøgle'],
  amount: ['Kr.', 'Bidrag', 'Andel af udgift', 'Finansiering (kr.)', 'Betaling'],
  total: ['Total', 'Samlet', 'Sum', 'I alt for perioden'],
  corner: ['Deltager', 'Medlem', 'Navn', 'Kilde'],
};
/** Words no vocabulary of table headers holds. */
const UNKNOWN = ['Kolonne B', 'Tal', 'Beregnet', 'Værdi', 'Felt 3', 'Opgørelse', 'Data'];
const TOTAL_WORDS = ['Total', 'Sum', 'Samlet', 'Alt i alt', 'Totalt', 'Samlet finansiering', 'I alt, kr.'];
const SUBTOTAL_WORDS = ['Gruppe X i alt', 'Delsum X', 'Subtotal X', 'I alt gruppe X'];
const GROUP_TITLES = ['Finansiering', 'Budget', 'Fordeling', 'Bidrag'];
const BREAKDOWN_WORDS: Record<string, readonly [string, string]> = {
  'breakdown-heraf': ['heraf driftstilskud', 'heraf anlægstilskud'],
  'breakdown-deraf': ['deraf løn', 'deraf øvrig drift'],
  'breakdown-indent': ['    Løn', '    Øvrig drift'],
};

export function officialName(name: string): string {
  if (name === 'København') return 'Københavns Kommune';
  if (name === 'Bornholm') return 'Bornholms Regionskommune';
  return `${name} Kommune`;
}

/** A spelling the register tolerates: space for hyphen, å for aa; else the name in lower case. */
export function typo(name: string): string {
  if (name.includes('-')) return name.replace(/-/g, ' ').replace(/aa/g, 'å');
  if (/aa/.test(name)) return name.replace(/aa/, 'å');
  return name.toLowerCase();
}

const sumMoney = (vals: readonly Val[]): Val =>
  money(vals.reduce((a, v) => a + (v.t === 'money' ? v.kr : 0n), 0n));

function sumVals(vals: readonly Val[]): Val {
  if (vals.every((v) => v.t === 'count')) return count(vals.reduce((a, v) => a + (v as { n: number }).n, 0));
  if (vals.every((v) => v.t === 'pct')) return pct(sumPct(vals.map((v) => (v as { p: string }).p)));
  return sumMoney(vals);
}

/**
 * `fresh`: the stream of the variants added last (everyday.ts), so a variant without them draws as before and
 * one with them has the same layout otherwise.
 */
export function applyLogical(t: TableTruth, ts: readonly Transform[], rng: Rng, fresh: Rng = rng): LTable {
  const has = (f: string, v?: string): boolean => ts.some((x) => x.family === f && (!v || x.variant === v));
  const variant = (f: string): string | undefined => ts.find((x) => x.family === f)?.variant;
  const lt: LTable = {
    title: t.title,
    corner: t.corner,
    cols: [...t.cols],
    rows: [...t.rows],
    header: { heads: true, groupTitle: null, unitRow: false },
  };
  const plantedRows = new Set(t.planted.map((p) => p.row));

  // Names: upper case, the official name with "Kommune", a tolerated misspelling; row order shuffled.
  const names = variant('names');
  if (names === 'misspelt' || names === 'misspelt-key') {
    // One municipality's name with a slip the register tolerates.
    const kind = names === 'misspelt' ? 'slip' : 'key';
    const named = lt.rows.filter((r) => r.municipality && slipsOf(r.label, kind).length > 0);
    if (named.length) {
      const row = rng.pick(named);
      const label = misspell(row.label, rng, kind)!;
      lt.rows = lt.rows.map((r) => (r === row ? { ...r, label } : r));
    }
  } else if (names === 'trailing-space') {
    // Some names with a space (or a no-break space) left at the end; at least one.
    const parts = lt.rows.filter((r) => r.role === 'part' && r.label);
    const chosen = new Set(fresh.sample(parts, fresh.int(1, parts.length)));
    lt.rows = lt.rows.map((r) =>
      chosen.has(r) ? { ...r, label: r.label + fresh.pick(TRAILING_SPACES) } : r,
    );
  } else if (names === 'code-in-label') {
    // The code before the name in one cell, as Statistikbanken writes it ("101 København").
    lt.rows = lt.rows.map((r) =>
      r.municipality ? { ...r, label: `${MUNICIPALITY_CODES[r.municipality]} ${r.label}` } : r,
    );
  } else if (names === 'footnote-mark') {
    // One or two parts marked, the mark explained below the table.
    const parts = lt.rows.filter((r) => r.role === 'part' && r.label);
    const chosen = new Set(fresh.sample(parts, Math.min(parts.length, fresh.int(1, 2))));
    const mark = fresh.pick(FOOTNOTE_MARKS);
    lt.rows = lt.rows.map((r) => (chosen.has(r) ? { ...r, label: r.label + mark } : r));
    lt.footnote = footnoteLine(mark, fresh.pick(FOOTNOTES));
  } else if (names === 'by-amount') {
    // Sorted largest first by what the rows show (the amount, or the period's total), as Excel's sort does.
    const col = t.cols.some((c) => c.id === 'total') ? 'total' : t.cols[t.cols.length - 1].id;
    const kr = (r: LRow): bigint => (r.cells[col]?.t === 'money' ? (r.cells[col] as { kr: bigint }).kr : 0n);
    const sorted = lt.rows
      .filter((r) => r.role === 'part')
      .sort((a, b) => (kr(b) > kr(a) ? 1 : kr(b) < kr(a) ? -1 : 0));
    let i = 0;
    lt.rows = lt.rows.map((r) => (r.role === 'part' ? sorted[i++] : r));
  } else if (names && names !== 'shuffle') {
    lt.rows = lt.rows.map((r) => {
      if (!r.municipality) return r;
      const label =
        names === 'upper'
          ? r.label.toUpperCase()
          : names === 'kommune'
            ? officialName(r.label)
            : typo(r.label);
      return { ...r, label };
    });
  }
  if (names === 'shuffle') {
    const partRows = lt.rows.filter((r) => r.role === 'part');
    const shuffled = rng.shuffle(partRows);
    let i = 0;
    lt.rows = lt.rows.map((r) => (r.role === 'part' ? shuffled[i++] : r));
  }

  // Totals.
  const totals = variant('totals');
  const totalRow = lt.rows.find((r) => r.role === 'total');
  if (totalRow && totals) {
    const relabel = (label: string): void => {
      lt.rows = lt.rows.map((r) => (r.role === 'total' ? { ...r, label } : r));
    };
    if (totals === 'first' || totals === 'col-first-row-first') {
      lt.rows = [totalRow, ...lt.rows.filter((r) => r !== totalRow)];
    }
    if (totals === 'col-first' || totals === 'col-first-row-first') {
      lt.cols = [...lt.cols.filter((c) => c.role === 'total'), ...lt.cols.filter((c) => c.role !== 'total')];
    }
    if (totals === 'label-word') relabel(rng.pick(TOTAL_WORDS));
    if (totals === 'label-none') relabel('');
    if (totals === 'label-region') relabel(rng.pick(t.totalNames ?? ['I alt']));
    if (totals === 'label-case') relabel(totalLabelCase(totalRow.label, fresh.pick(TOTAL_CASES)));
    if (totals === 'rate-only') lt.rows = lt.rows.filter((r) => r !== totalRow);
    if ((totals === 'rate-above' || totals === 'rate-note') && t.rate) {
      const text = `${t.rate} kr. pr. indbygger`;
      lt.title = lt.title.replace(`: ${text}`, '');
      lt.rate = { where: totals === 'rate-above' ? 'above' : 'note', text };
    }
    if (totals === 'rate-sum-row' || totals === 'stated-above-sum-row') {
      // The I alt row sums what the rows hold, the wrong amount included; the total stated above is the truth.
      const amount = totalRow.cells.amount as { kr: bigint };
      const typed = lt.rows
        .filter((r) => r.role === 'part')
        .reduce((a, r) => a + (r.cells.amount as { kr: bigint }).kr, 0n);
      lt.rows = lt.rows.map((r) =>
        r === totalRow ? { ...r, cells: { ...r.cells, amount: money(typed) } } : r,
      );
      if (totals === 'stated-above-sum-row') lt.stated = { where: 'above', kr: amount.kr };
    } else if (totals.startsWith('stated-')) {
      const amount = totalRow.cells.amount;
      lt.rows = lt.rows.filter((r) => r !== totalRow);
      if (amount?.t === 'money')
        lt.stated = { where: totals.slice('stated-'.length) as 'title' | 'note' | 'above', kr: amount.kr };
    }
    if (totals === 'subtotals' || totals === 'subtotals-first')
      lt.rows = withSubtotals(t, lt.rows, totals, rng);
    if (totals === 'breakdown-heraf-line' || totals === 'breakdown-heraf-subtotal')
      lt.rows = withBreakdown(lt, totals, plantedRows, fresh);
    else if (totals.startsWith('breakdown-')) lt.rows = withBreakdown(lt, totals, plantedRows, rng);
  }

  // Header: words, rows.
  const header = variant('header');
  if (header === 'synonyms' || header === 'unknown-words') {
    const pickFor = (role: string): string =>
      header === 'synonyms' ? rng.pick(SYNONYMS[role] ?? UNKNOWN) : rng.pick(UNKNOWN);
    lt.cols = lt.cols.map((c) => (c.role === 'period' ? c : { ...c, head: pickFor(c.role) }));
    lt.corner = pickFor('corner');
  }
  if (header === 'english' && t.kind !== 'budget') {
    const english = englishHeads(
      lt.cols,
      t.kind,
      t.rows.some((r) => r.municipality),
      fresh,
    );
    lt.cols = english.cols;
    lt.corner = english.corner;
    lt.rows = lt.rows.map((r) => (r.role === 'total' ? { ...r, label: englishTotal(r.label) } : r));
  }
  if (header === 'none') lt.header.heads = false;
  if (header === 'periods-text')
    lt.cols = lt.cols.map((c) => (c.role === 'period' ? { ...c, head: `${c.year}`, year: undefined } : c));
  if (header === 'group-title' || header === 'three-rows') lt.header.groupTitle = rng.pick(GROUP_TITLES);
  if (header === 'unit-row' || header === 'three-rows') lt.header.unitRow = true;
  if (has('units') && variant('units')!.endsWith('unit-row')) lt.header.unitRow = true;
  if (header === 'year-row') lt.header.yearRow = true;
  if (header === 'budget-codes') {
    // "B2026" over the budget year, "BO2027" or "BO1" over each estimate year after it.
    const style = fresh.pick(BUDGET_CODE_STYLES);
    const first = Math.min(...lt.cols.flatMap((c) => (c.year !== undefined ? [c.year] : [])));
    lt.cols = lt.cols.map((c) =>
      c.role === 'period' && c.year !== undefined
        ? { ...c, head: budgetCode(style, c.year, first), year: undefined }
        : c,
    );
  }
  if (header === 'pct-head') {
    const head = fresh.pick(PCT_HEADS);
    lt.cols = lt.cols.map((c) => (c.role === 'share' ? { ...c, head } : c));
  }
  if (header === 'dated-title') lt.title += fresh.pick(TITLE_DATES);
  if (header === 'budget-stages' || header === 'budget-stages-spent') {
    // The two periods and the total as a project budget's stages.
    const periods = lt.cols.filter((c) => c.role === 'period');
    const second = fresh.pick(BUDGET_STAGES.second);
    lt.cols = lt.cols.map((c) =>
      c === periods[0]
        ? { ...c, head: BUDGET_STAGES.first, year: undefined }
        : c === periods[1]
          ? { ...c, head: second, year: undefined }
          : c.role === 'total'
            ? { ...c, head: BUDGET_STAGES.total }
            : c,
    );
  }
  if (header === 'merged-two-rows')
    lt.header.mergedOver = fresh.pick(
      MERGED_GROUP_TITLES[lt.cols.some((c) => c.role === 'period') ? 'periods' : 'split'],
    );

  // Columns a colleague adds, over the rows as they now stand.
  const columns = variant('columns');
  // A split's amount before its key: the same columns in another order.
  if (columns === 'amount-before-key')
    lt.cols = [...lt.cols.filter((c) => c.role === 'amount'), ...lt.cols.filter((c) => c.role !== 'amount')];
  if (columns) {
    lt.extra = {
      lead:
        columns === 'running-number'
          ? runningNumber(lt.rows, fresh)
          : columns === 'municipality-code'
            ? municipalityCode(lt.rows, fresh)
            : columns === 'cvr'
              ? cvrColumn(lt.rows, fresh)
              : columns === 'account'
                ? accountColumn(lt.rows, fresh)
                : null,
      mid:
        columns === 'code-right'
          ? codeRightColumn(lt.rows, fresh)
          : columns === 'share-before-population'
            ? populationShares(lt.rows, fresh)
            : null,
      trail:
        columns === 'population-share'
          ? [populationShares(lt.rows, fresh)]
          : columns === 'date'
            ? [dateColumn(lt.rows, fresh)]
            : columns === 'ref-error'
              ? [refErrorColumn(lt.rows, fresh)]
              : columns === 'remarks'
                ? [remarks(lt.rows, fresh)]
                : columns === 'remarks-numbers'
                  ? [numberRemarks(lt.rows, fresh)]
                  : columns === 'share-of-total'
                    ? [sharesOfTotal(t, lt.rows, fresh)]
                    : columns === 'check' || columns === 'hidden-helper'
                      ? [formulaColumn(lt.rows, columns === 'check' ? 'check' : 'helper', fresh)]
                      : [],
      mergedLabel: columns === 'merged-label',
    };
  }
  // Budget stages may go on with "Forbrug" and "Rest", next to the table's own columns.
  if (header === 'budget-stages-spent') {
    const stages = spentAndLeft(t, lt.rows, fresh);
    lt.extra = {
      lead: lt.extra?.lead ?? null,
      mid: lt.extra?.mid ?? null,
      trail: [...stages, ...(lt.extra?.trail ?? [])],
      mergedLabel: lt.extra?.mergedLabel ?? false,
    };
  }
  return lt;
}

/** Parts in two or three contiguous groups, each with its subtotal row, and the grand total summing the subtotals. */
function withSubtotals(t: TableTruth, rows: LRow[], how: string, rng: Rng): LRow[] {
  // A co-financing subtotal holds its group's true sum, so a wrong part breaks its row and its column
  // relation at one cell; a split's subtotal sums what its rows hold.
  const trueVal = (r: LRow, c: string): Val => {
    const p = t.kind === 'cofinancing' && t.planted.find((x) => x.row === r.id && x.col === c);
    return p ? money(p.expected) : r.cells[c];
  };
  const word = rng.pick(SUBTOTAL_WORDS);
  const partRows = rows.filter((r) => r.role === 'part');
  const total = rows.find((r) => r.role === 'total')!;
  const nGroups = partRows.length >= 6 ? rng.int(2, 3) : 2;
  const cuts = rng
    .sample(
      Array.from({ length: partRows.length - 1 }, (_, i) => i + 1),
      nGroups - 1,
    )
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, partRows.length];
  const groups = bounds.slice(1).map((end, g) => partRows.slice(bounds[g], end));
  const letters = ['A', 'B', 'C'];
  const subIds: string[] = [];
  const out: LRow[] = [];
  const first = rows[0] === total;
  if (first) out.push(total);
  groups.forEach((g, gi) => {
    const id = `sub${gi}`;
    subIds.push(id);
    const cols = Object.keys(g[0].cells);
    const sub: LRow = {
      id,
      label: word.replace('X', letters[gi]),
      role: 'subtotal',
      sumOf: g.map((r) => r.id),
      cells: Object.fromEntries(cols.map((c) => [c, sumVals(g.map((r) => trueVal(r, c)))])),
    };
    if (how === 'subtotals-first') out.push(sub, ...g);
    else out.push(...g, sub);
  });
  if (!first) out.push({ ...total, sumOf: subIds });
  else out[0] = { ...total, sumOf: subIds };
  return out;
}

/** Two "heraf" rows under one source that split it exactly; the total does not count them again. */
function withBreakdown(lt: LTable, how: string, plantedRows: Set<string>, rng: Rng): LRow[] {
  const candidates = lt.rows.filter(
    (r) =>
      r.role === 'part' &&
      !plantedRows.has(r.id) &&
      Object.values(r.cells).every((v) => v.t === 'money' && v.kr >= 0n) &&
      Object.values(r.cells).some((v) => v.t === 'money' && v.kr > 0n),
  );
  if (!candidates.length) return lt.rows;
  const parent = rng.pick(candidates);
  // "Heraf:" on a line of its own, the breakdown's lines under it indented by typed spaces.
  const line = how === 'breakdown-heraf-line' || how === 'breakdown-heraf-subtotal';
  const indent = line ? rng.pick(HERAF_INDENTS) : '';
  const [w1, w2] = line ? HERAF_INDENTED.map((w) => indent + w) : BREAKDOWN_WORDS[how];
  const periodIds = lt.cols.filter((c) => c.role === 'period').map((c) => c.id);
  const totalCol = lt.cols.find((c) => c.role === 'total');
  const first: Record<string, Val> = {};
  const second: Record<string, Val> = {};
  for (const id of periodIds) {
    const v = (parent.cells[id] as { kr: bigint }).kr;
    // A round first part (a multiple of the table's own step) so units stay exact.
    const step = v % 1_000n === 0n ? 1_000n : 1n;
    const a = ((v * BigInt(rng.int(20, 80))) / 100n / step) * step;
    first[id] = money(a);
    second[id] = money(v - a);
  }
  if (totalCol) {
    first[totalCol.id] = sumMoney(periodIds.map((id) => first[id]));
    second[totalCol.id] = sumMoney(periodIds.map((id) => second[id]));
  }
  const at = lt.rows.indexOf(parent);
  const b1: LRow = { id: 'heraf1', label: w1, role: 'breakdown', cells: first };
  const b2: LRow = { id: 'heraf2', label: w2, role: 'breakdown', cells: second };
  const head: LRow[] = line ? [{ id: 'heraf-line', label: HERAF_LINE, role: 'breakdown', cells: {} }] : [];
  // The block closed by its own "i alt" line: the line above it again, not counted again.
  const close: LRow[] =
    how === 'breakdown-heraf-subtotal'
      ? [
          {
            id: 'heraf3',
            label: indent + rng.pick(HERAF_TOTAL),
            role: 'breakdown',
            cells: { ...parent.cells },
          },
        ]
      : [];
  return [...lt.rows.slice(0, at + 1), ...head, b1, b2, ...close, ...lt.rows.slice(at + 1)];
}

/** The largest number of decimals an amount needs in a unit, for its number format. */
export function moneyDecimals(lt: LTable, unitExp: number): number {
  let d = 0;
  for (const r of lt.rows)
    for (const v of Object.values(r.cells))
      if (v.t === 'money') d = Math.max(d, decimalsOf(shiftKr(v.kr, unitExp)));
  return d;
}

const shiftKr = (kr: bigint, unitExp: number): string => {
  const s = (kr < 0n ? -kr : kr).toString().padStart(unitExp + 1, '0');
  const frac = s.slice(s.length - unitExp).replace(/0+$/, '');
  return frac ? `${s.slice(0, s.length - unitExp)}.${frac}` : s.slice(0, s.length - unitExp);
};
