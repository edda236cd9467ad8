/**
 * Rules across co-financing tables: a breakdown by focus area must agree with the summary row of its
 * source, the breakdowns together with the summary's total, and all tables must share one price level.
 * Inputs are in kroner already (a table in t.kr. is read into kroner), so 1.500 t.kr. meets 1.500.000 kr.
 */
import { checkBreakdown, checkBreakdownsAddUp } from './rules/breakdown';
import type { CofinancingInput } from './rules/input';
import type { Finding } from '../../findings/finding';
import { text } from '../../findings/finding';
import { finding } from '../../findings/make';
import { a1Range } from '../../grid/a1';
import { classifySource } from './classify-source';
import { findPriceLevel } from '../../reader/price-level';
import type { CofinancingLayout } from '../../tables/layout';

export interface CofinancingTableInput {
  readonly layout: CofinancingLayout;
  readonly input: CofinancingInput;
}

/**
 * A breakdown speaks of its summary's periods: the same labels, or labels that share none (a breakdown by
 * "1. år", "2. år" beside years). Labels that share some but not all ("2021-2024" beside "2022-2025") are
 * other periods: the tables are about something else, and pairing them by position would compare 2021 with 2022.
 */
function samePeriods(a: CofinancingLayout, b: CofinancingLayout): boolean {
  const labels = (t: CofinancingLayout) => t.periodCols.map((p) => p.label.trim().toLowerCase());
  const theirs = new Set(labels(b));
  const shared = labels(a).filter((l) => theirs.has(l)).length;
  if (shared === a.periodCols.length) return true;
  if (shared > 0) return false;
  // No label in common: only when the labels are not both years (two different runs of years).
  const years = (t: CofinancingLayout) => labels(t).every((l) => /^\d{4}$/.test(l));
  return !(years(a) && years(b));
}

const isBreakdown = (t: CofinancingLayout) =>
  t.sourceRows.length > 0 && t.sourceRows.every((r) => r.type === 'area');

export function crossTableFindings(tables: readonly CofinancingTableInput[]): Finding[] {
  const out: Finding[] = [];
  const summaries = tables.filter((t) => !isBreakdown(t.layout) && t.layout.sourceRows.length >= 2);
  const breakdowns = tables.filter((t) => isBreakdown(t.layout));

  for (const summary of summaries) {
    const paired: CofinancingInput[] = [];
    for (const b of breakdowns) {
      const source = classifySource(b.layout.title ?? '');
      if (source === 'area' || source === 'other') continue;
      if (!summary.layout.sourceRows.some((r) => r.type === source)) continue;
      if (b.layout.periodCols.length !== summary.layout.periodCols.length) continue;
      if (!samePeriods(b.layout, summary.layout)) continue;
      out.push(...checkBreakdown(summary.input, b.input, source));
      paired.push(b.input);
    }
    if (paired.length >= 2) out.push(...checkBreakdownsAddUp(summary.input, paired));
  }

  // Periods at different price levels within one table ("2021 (2020-tal)" beside "2023 (løbende priser)"),
  // added up in its total as if they were the same money.
  for (const t of tables) {
    const stated = t.layout.periodCols
      .map((p) => ({ label: p.label, level: findPriceLevel([p.label]) }))
      .filter((p): p is { label: string; level: string } => p.level !== undefined);
    const other = stated.find((p) => norm(p.level) !== norm(stated[0].level));
    if (!other) continue;
    const [a, b] = [stated[0], other];
    out.push(
      finding(
        'price-level-mixed',
        t.layout.sheet,
        a1Range(t.layout.range),
        text(
          `»${a.label}« er i ${a.level}, men »${b.label}« er i ${b.level}. Perioderne kan ikke lægges sammen uden indeks.`,
          `"${a.label}" is at ${a.level}, but "${b.label}" is at ${b.level}. The periods cannot be added up without an index.`,
        ),
        { expected: a.level, actual: b.level },
      ),
    );
  }

  const levels = tables.filter((t) => t.layout.priceLevel);
  const first = levels[0];
  for (const t of levels.slice(1)) {
    if (norm(t.layout.priceLevel!) === norm(first.layout.priceLevel!)) continue;
    out.push(
      finding(
        'price-level-mixed',
        t.layout.sheet,
        a1Range(t.layout.range),
        text(
          `Tabellen er i ${t.layout.priceLevel}, men ${first.layout.sheet}!${a1Range(first.layout.range)} er i ${first.layout.priceLevel}. Beløbene kan ikke sammenlignes uden indeks.`,
          `This table is at ${t.layout.priceLevel}, but ${first.layout.sheet}!${a1Range(first.layout.range)} is at ${first.layout.priceLevel}. The amounts are not comparable without an index.`,
        ),
        { expected: first.layout.priceLevel, actual: t.layout.priceLevel },
      ),
    );
  }
  return out;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
