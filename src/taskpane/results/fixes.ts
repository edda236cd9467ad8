/**
 * A fix the pane offers for an item: the exact cells with their old and new values, said before anything is
 * written ("Ret Fordeling!C41: 6.852.000 kr. → 6.825.000 kr."), and a write plan holding those cells and
 * nothing else. Where an item of a kind that could be fixed has no fix, the reason is said instead.
 */
import type { CheckResult, ResultItem } from '../../core/check/result';
import type { Lang } from '../../core/findings/finding';
import { a1 } from '../../core/grid/a1';
import { cellAt, type SheetGrid } from '../../core/grid/grid';
import { parseA1Range } from '../../core/grid/a1';
import {
  emptySettings,
  type FordelSettings,
  type OutValue,
  type UserEdit,
  type WritePlan,
} from '../../core/output/plan';
import { thousands } from '../i18n';
import { FIXABLE_KIND } from './headlines';

export interface FixLine {
  /** "Fordeling!C41". */
  readonly cell: string;
  readonly old: string;
  readonly next: string;
}

/** The unit the table's amounts are written in, so a value is said with its unit, never bare. */
function unitOf(scale: number | undefined, lang: Lang): string {
  if (scale === 1_000) return lang === 'da' ? 't.kr.' : 'DKK 1,000s';
  if (scale === 1_000_000) return lang === 'da' ? 'mio. kr.' : 'DKK millions';
  return lang === 'da' ? 'kr.' : 'DKK';
}

function amount(v: OutValue, unit: string, lang: Lang, empty: string): string {
  if (v === null || v === '') return empty;
  if (typeof v === 'number')
    return lang === 'da' ? `${thousands(v, lang)} ${unit}` : `${unit} ${thousands(v, lang)}`;
  if (typeof v === 'object') return `»${v.text}«`;
  return lang === 'da' ? `»${String(v)}«` : `"${String(v)}"`;
}

export function fixLines(item: ResultItem, result: CheckResult, lang: Lang, empty: string): FixLine[] {
  const table = result.tables.find((t) => t.id === item.fix?.tableId);
  return (item.fix?.edits ?? []).map((e) => {
    const unit = unitOf(e.amountScale ?? table?.amountScale, lang);
    return {
      cell: `${e.sheet}!${a1(e.row, e.col)}`,
      old: amount(e.previous, unit, lang, empty),
      next: amount(e.value, unit, lang, empty),
    };
  });
}

/** The plan for a confirmed fix: the listed cells only; Fordel's settings are carried over unchanged. */
export function fixPlan(settings: FordelSettings | null, edits: readonly UserEdit[]): WritePlan {
  return { blocks: [], highlights: [], sheets: [], settings: settings ?? emptySettings(), userEdits: edits };
}

export type NoFix = { readonly kind: 'twice'; readonly name: string } | { readonly kind: 'generic' };

/**
 * Why an item that looks fixable has no fix: a party counted twice in the same table comes first (the split
 * cannot be certain until it is gone); otherwise the fix is not certain enough to offer.
 */
export function noFixReason(
  item: ResultItem,
  tableItems: readonly ResultItem[],
  grids: ReadonlyMap<string, SheetGrid>,
): NoFix | null {
  if (item.fix || !FIXABLE_KIND.has(item.rule)) return null;
  const twice = tableItems.find((i) => i.rule === 'party-counted-twice' || i.rule === 'duplicate-party');
  if (twice && twice !== item) {
    const pos = parseA1Range(twice.cell);
    const grid = grids.get(twice.sheet);
    const v = pos && grid ? cellAt(grid, pos.top, pos.left) : null;
    const name = typeof v === 'string' && v.trim() ? `»${v.trim()}«` : `${twice.sheet}!${twice.cell}`;
    return { kind: 'twice', name };
  }
  return { kind: 'generic' };
}
