/**
 * The first difference between two readings of one workbook, named by sheet, field and cell (A1), or null
 * when they agree in everything the check uses: sheet names, settings, merges and validation counts, content
 * a copy would lose, unread sheets, and per grid its origin, every value, format and formula flag, hidden
 * rows and columns, outline, indents, merges, Excel Tables, protection and visibility.
 */
import { a1 } from '../../../src/core/grid/a1';
import type { SheetGrid } from '../../../src/core/grid/grid';
import type { BookReading } from '../../../src/adapters/xlsx/read-book';

const show = (v: unknown): string => (Object.is(v, -0) ? '-0' : (JSON.stringify(v) ?? String(v)));

/** Equal as the check sees them: NaN equals NaN, -0 is not 0, objects compared field by field. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a)
    .filter((k) => (a as Record<string, unknown>)[k] !== undefined)
    .sort();
  const kb = Object.keys(b)
    .filter((k) => (b as Record<string, unknown>)[k] !== undefined)
    .sort();
  if (ka.join() !== kb.join()) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function gridDifference(g: SheetGrid, h: SheetGrid): string | null {
  const at = (field: string): string => `sheet "${g.name}", ${field}`;
  if (!same(g.origin, h.origin)) return `${at('origin')}: ${show(g.origin)} vs ${show(h.origin)}`;
  if (g.values.length !== h.values.length) return `${at('height')}: ${g.values.length} vs ${h.values.length}`;
  for (let r = 0; r < g.values.length; r++) {
    const [gv, hv] = [g.values[r], h.values[r]];
    if (gv.length !== hv.length)
      return `${at(`width of row ${r + g.origin.row + 1}`)}: ${gv.length} vs ${hv.length}`;
    for (let c = 0; c < gv.length; c++) {
      const cell = a1(r + g.origin.row, c + g.origin.col);
      if (!same(gv[c], hv[c])) return `${at(`value of ${cell}`)}: ${show(gv[c])} vs ${show(hv[c])}`;
      const [gf, hf] = [g.formats?.[r]?.[c], h.formats?.[r]?.[c]];
      if (gf !== hf) return `${at(`format of ${cell}`)}: ${show(gf)} vs ${show(hf)}`;
      const [gx, hx] = [g.formulas?.[r]?.[c], h.formulas?.[r]?.[c]];
      if (gx !== hx) return `${at(`formula flag of ${cell}`)}: ${show(gx)} vs ${show(hx)}`;
    }
  }
  for (const k of ['formats', 'formulas'] as const)
    if ((g[k] === undefined) !== (h[k] === undefined)) return `${at(k)}: present in only one`;
  for (const k of [
    'hiddenRows',
    'hiddenCols',
    'outline',
    'indents',
    'merges',
    'tables',
    'protected',
    'hidden',
  ] as const) {
    if (!same(g[k], h[k])) return `${at(k)}: ${show(g[k])} vs ${show(h[k])}`;
  }
  const extra = Object.keys(g)
    .filter((k) => !(k in h))
    .concat(Object.keys(h).filter((k) => !(k in g)));
  return extra.length ? `${at('fields')}: ${extra.join(', ')} in only one` : null;
}

export function readingDifference(a: BookReading, b: BookReading): string | null {
  for (const k of ['sheetNames', 'settings', 'merges', 'validatedCells', 'dropped', 'unread'] as const) {
    if (!same(a[k], b[k])) return `${k}: ${show(a[k])} vs ${show(b[k])}`;
  }
  if (a.grids.length !== b.grids.length) return `grids: ${a.grids.length} vs ${b.grids.length}`;
  for (let i = 0; i < a.grids.length; i++) {
    if (a.grids[i].name !== b.grids[i].name) return `grid ${i}: ${a.grids[i].name} vs ${b.grids[i].name}`;
    const d = gridDifference(a.grids[i], b.grids[i]);
    if (d) return d;
  }
  return null;
}
