/**
 * Items the user marked as fine ("i orden", like Excel's "Ignorer fejl"). Each is kept in the settings
 * sheet against its rule, its cells and a fingerprint of the values in them; it stays accepted while those
 * values are unchanged and comes back as an item the moment one of them changes. The pane, the findings
 * sheet and the command line all see the same split.
 */
import { parseA1Range } from '../grid/a1';
import { cellAt, isCellError, type SheetGrid } from '../grid/grid';
import type { Finding } from '../findings/finding';
import type { AcceptedItem } from '../output/plan';
import type { AcceptedResult, ResultItem } from './result';

/** Cells read for a fingerprint; an item over more cells is fingerprinted by its first ones. */
const MAX_FINGERPRINT_CELLS = 2_000;

/** The cells an item is about: its own cell or range and those of every finding under it. */
function cellsOf(item: Pick<ResultItem, 'sheet' | 'cell' | 'findings'>): { sheet: string; cell: string }[] {
  const seen = new Set<string>();
  const out: { sheet: string; cell: string }[] = [];
  for (const c of [{ sheet: item.sheet, cell: item.cell }, ...item.findings]) {
    const key = `${c.sheet}!${c.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: c.sheet, cell: c.cell });
  }
  return out;
}

/** A short fingerprint of the values an item is about (FNV-1a over their text, two rounds). */
export function itemFingerprint(
  item: Pick<ResultItem, 'sheet' | 'cell' | 'findings'>,
  grids: ReadonlyMap<string, SheetGrid>,
): string {
  const parts: string[] = [];
  let n = 0;
  for (const { sheet, cell } of cellsOf(item)) {
    const grid = grids.get(sheet);
    const pos = parseA1Range(cell);
    if (!grid || !pos) continue;
    for (let r = pos.top; r <= pos.bottom && n < MAX_FINGERPRINT_CELLS; r++) {
      for (let c = pos.left; c <= pos.right && n < MAX_FINGERPRINT_CELLS; c++, n++) {
        const v = cellAt(grid, r, c);
        parts.push(`${sheet}!${r},${c}=${v === null ? '' : isCellError(v) ? v.error : String(v)}`);
      }
    }
  }
  const textOf = parts.join('\u0001');
  return `${fnv(textOf, 0x811c9dc5)}${fnv(textOf, 0x01000193)}`;
}

function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What the user marks: the item's rule and cell with the fingerprint of its values now. */
export function acceptItem(
  item: ResultItem,
  grids: ReadonlyMap<string, SheetGrid>,
  note: string,
  at: string,
): AcceptedItem {
  return {
    rule: item.rule,
    sheet: item.sheet,
    cell: item.cell,
    values: itemFingerprint(item, grids),
    ...(note.trim() ? { note: note.trim() } : {}),
    at,
  };
}

/**
 * The items still to show, and those the user accepted whose values are as they were. The findings an
 * accepted item stands for leave the findings too, so verdicts and exit codes honour the acceptance.
 */
export function splitAccepted(
  items: readonly ResultItem[],
  findings: readonly Finding[],
  accepted: readonly AcceptedItem[],
  grids: ReadonlyMap<string, SheetGrid>,
): { items: ResultItem[]; findings: Finding[]; accepted: AcceptedResult[] } {
  if (accepted.length === 0) return { items: [...items], findings: [...findings], accepted: [] };
  const shown: ResultItem[] = [];
  const kept: AcceptedResult[] = [];
  for (const item of items) {
    const match = accepted.find(
      (a) =>
        a.rule === item.rule &&
        a.sheet === item.sheet &&
        a.cell === item.cell &&
        a.values === itemFingerprint(item, grids),
    );
    if (match) kept.push({ item, accepted: match });
    else shown.push(item);
  }
  const gone = new Set(kept.flatMap((k) => k.item.findings));
  // A finding still explained by an item on show stays (one finding can sit under two items).
  for (const item of shown) for (const f of item.findings) gone.delete(f);
  return { items: shown, findings: findings.filter((f) => !gone.has(f)), accepted: kept };
}

/** The same acceptance, with or without its note: an item is accepted once. */
export function sameAccepted(a: AcceptedItem, b: Pick<AcceptedItem, 'rule' | 'sheet' | 'cell'>): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;
}

export function isAcceptedItem(x: unknown): x is AcceptedItem {
  const a = x as Partial<AcceptedItem> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.rule === 'string' &&
    typeof a.sheet === 'string' &&
    typeof a.cell === 'string' &&
    typeof a.values === 'string' &&
    (a.note === undefined || typeof a.note === 'string') &&
    (a.at === undefined || typeof a.at === 'string')
  );
}
