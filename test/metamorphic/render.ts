/**
 * Lays a transformed table onto a sheet: header rows, units and number forms, orientation, placement with
 * notes, blank and hidden rows and columns, formulas with their cached results. Records where every logical
 * cell landed, so the runner can look for each planted error at its transformed cell.
 */
import { danish, decimalsOf, inUnit, kroner } from './danish';
import { amountText, THOUSANDS_SPACES, YEAR_ROW_WORDS, type ExtraCol } from './everyday';
import type { Transform } from './families';
import { moneyDecimals, type LTable } from './logical';
import {
  brokenHead,
  DIVISION_MINUS,
  EN_DASH,
  helperSource,
  KR_FORMATS,
  negativeText,
  NOTE_ROWS,
} from './public-sector';
import type { Rng } from './rng';
import { sourceLine, TKR_ONE_DECIMAL } from './sent-tables';
import {
  a1,
  cellKey,
  put,
  type OutCell,
  type PlacedTable,
  type Pos,
  type Rect,
  type SheetModel,
} from './sheet-model';
import { shiftDecimal, type LCol, type TableTruth, type Val } from './truth';

interface Units {
  /** 0 kr., 3 t.kr., 6 mio. kr. */
  readonly exp: number;
  readonly word: string;
  readonly where: 'none' | 'title' | 'header' | 'unit-row' | 'note';
  /** t.kr. always shown with one decimal ("1.500,0"). */
  readonly oneDecimal?: boolean;
}

function unitsOf(v: string | undefined): Units {
  if (!v) return { exp: 0, word: 'kr.', where: 'none' };
  if (v.startsWith('tkr-decimal-'))
    return {
      exp: 3,
      word: 't.kr.',
      where: v.slice('tkr-decimal-'.length) as Units['where'],
      oneDecimal: true,
    };
  const [u, ...rest] = v.split('-');
  const where = rest.join('-') as Units['where'];
  if (u === 'mio') return { exp: 6, word: 'mio. kr.', where };
  if (u === '1000kr') return { exp: 3, word: '1.000 kr.', where };
  return { exp: 3, word: 't.kr.', where };
}

/** A block cell before placement: its value and, for a table cell, its logical address. */
interface BCell {
  readonly out: OutCell;
  readonly row?: string;
  readonly col?: string;
}

const NOTES_ABOVE = ['Udarbejdet af økonomiafdelingen', 'Opdateret 3. marts 2026'];
const NOTES_BELOW = ['Note: Beløbene er ekskl. moms.', 'Godkendt i bestyrelsen 12. juni 2025.'];
const NOTE_BESIDE = 'Bemærk: tallene er foreløbige';
const ACCOUNTING = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';

export interface RenderOptions {
  readonly sheet: SheetModel;
  /** Top-left cell of the table's title. */
  readonly at: Pos;
  readonly transforms: readonly Transform[];
  readonly rng: Rng;
  /** The stream of the variants added last (everyday.ts). */
  readonly fresh?: Rng;
}

export function renderTable(truth: TableTruth, lt: LTable, o: RenderOptions): PlacedTable {
  const v = (f: string): string | undefined => o.transforms.find((x) => x.family === f)?.variant;
  const units = unitsOf(v('units'));
  const numbers = v('numbers');
  const placement = v('placement');
  // An Excel Table laid across: the table turned so its parts are the Table's columns.
  const transposed = v('orientation') === 'transposed' || v('placement') === 'excel-table-across';
  const decimals = Math.max(moneyDecimals(lt, units.exp), units.oneDecimal ? 1 : 0);
  const allowedRules: string[] = [];
  const allowedAt: { rule: string; at: Pos }[] = [];

  // Amounts typed as text with the unit or spaces in them, or only the negatives with a typographic minus.
  const typed = ['kr-suffix', 'kr-prefix', 'space-thousands'].includes(numbers ?? '');
  const space = numbers === 'space-thousands' ? (o.fresh ?? o.rng).pick(THOUSANDS_SPACES) : ' ';
  // The public-sector forms (public-sector.ts): one minus and one format per table, from the fresh stream.
  const minus = numbers === 'division-minus' ? (o.fresh ?? o.rng).pick(DIVISION_MINUS) : '';
  const krFormat = numbers === 'kr-in-format' ? (o.fresh ?? o.rng).pick(KR_FORMATS) : '';
  const moneyCell = (val: Val & { t: 'money' }): OutCell => {
    if (typed || (numbers === 'minus-sign' && val.kr < 0n))
      return { v: amountText(inUnit(val.kr, units.exp), numbers!, space) };
    if ((numbers === 'division-minus' || numbers === 'trailing-minus') && val.kr < 0n)
      return { v: negativeText(inUnit(val.kr, units.exp), numbers, minus) };
    if (val.kr === 0n && numbers === 'nil-en-dash') return { v: EN_DASH };
    if (numbers === 'kr-in-format') return { v: Number(inUnit(val.kr, units.exp)), z: krFormat };
    if (val.kr === 0n && numbers === 'dash-text') return { v: '-' };
    // Accounting negatives: typed as "(15.750)", or a number under a format that shows it so.
    if (val.kr < 0n && numbers === 'negative-parentheses')
      return { v: `(${danish(inUnit(-val.kr, units.exp))})` };
    if (val.kr === 0n && numbers === 'dash-format') return { v: 0, z: '#,##0;-#,##0;"-"' };
    const dec = inUnit(val.kr, units.exp);
    if (numbers === 'money-text') return { v: danish(dec) };
    const n = Number(dec);
    const frac = decimals ? `.${'0'.repeat(decimals)}` : '';
    if (numbers === 'money-format') return { v: n, z: `#,##0${frac}` };
    if (numbers === 'oere-format') return { v: n, z: '#,##0.00' };
    if (numbers === 'accounting-format') return { v: n, z: decimals ? `#,##0${frac}` : ACCOUNTING };
    if (numbers === 'negative-accounting') return { v: n, z: `#,##0${frac};(#,##0${frac})` };
    if (units.oneDecimal && decimals === 1) return { v: n, z: TKR_ONE_DECIMAL };
    return decimals && units.exp ? { v: n, z: `#,##0${frac}` } : { v: n };
  };
  const pctCell = (p: string): OutCell => {
    if (numbers === 'pct-text') return { v: `${danish(p)} %` };
    if (numbers === 'pct-word') return { v: `${danish(p)} pct.` };
    if (numbers === 'pct-format' || numbers === 'pct-fraction' || numbers === 'pct-mixed') {
      const n = Number(shiftDecimal(p, -2));
      if (numbers === 'pct-fraction') return { v: n };
      // Fractions where some cells carry a percent format and others not (the total, a share typed later):
      // the same stored values, shown two ways.
      if (
        numbers === 'pct-mixed' &&
        (p === '100' || [...p].reduce((s, ch) => s + (Number(ch) || 0), 0) % 2 === 0)
      )
        return { v: n };
      const d = decimalsOf(p);
      return { v: n, z: d ? `0.${'0'.repeat(d)}%` : '0%' };
    }
    return { v: Number(p) };
  };
  const valueCell = (val: Val | undefined): OutCell | null => {
    if (!val) return null;
    switch (val.t) {
      case 'money':
        return moneyCell(val);
      case 'pct':
        return pctCell(val.p);
      case 'count':
        return numbers === 'money-format' ? { v: val.n, z: '#,##0' } : { v: val.n };
      case 'text':
        return { v: val.s };
      case 'empty':
        return null;
    }
  };

  // Header words, with the unit where the variant puts it.
  const unitInHead = units.where === 'header';
  // Heads typed over two lines (Alt+Enter), the years as they are.
  const lineBreak = v('header') === 'line-break';
  const twoLines = (h: string): string => (lineBreak ? brokenHead(h) : h);
  const headOf = (c: LCol): OutCell => {
    if (c.role === 'period') return c.year !== undefined ? { v: c.year } : { v: c.head };
    let h = c.head;
    if (unitInHead && (c.role === 'amount' || c.role === 'total')) {
      h = /\(kr\.\)/.test(h) ? h.replace('(kr.)', `(${units.word})`) : `${h} (${units.word})`;
    }
    return { v: twoLines(h) };
  };
  const moneyCols = lt.cols.filter((c) => c.role === 'amount' || c.role === 'period' || c.role === 'total');
  let corner = lt.corner;
  if (unitInHead && truth.kind !== 'split') corner = corner ? `${corner} (${units.word})` : units.word;
  corner = twoLines(corner);
  // An added column of amounts says its unit where the table's amount heads say theirs.
  const extraHead = (x: ExtraCol): string =>
    twoLines(x.money && unitInHead ? `${x.head} (${units.word})` : x.head);
  const unitRowCell = (c: LCol): OutCell | null =>
    moneyCols.includes(c)
      ? { v: units.word }
      : c.role === 'share'
        ? { v: '%' }
        : c.role === 'key'
          ? { v: 'antal' }
          : null;

  // The block in standard orientation: a number or code column a colleague added, the label column (merged
  // over two), an optional blank column, value columns, and added columns at the right.
  const blankCol = placement === 'blank-col' || placement === 'hidden-col';
  const lead: ExtraCol | null = lt.extra?.lead ?? null;
  const mid: ExtraCol | null = lt.extra?.mid ?? null;
  const trail: readonly ExtraCol[] = lt.extra?.trail ?? [];
  const labelAt = lead ? 1 : 0;
  const labelSpan = lt.extra?.mergedLabel ? 2 : 1;
  // A column right of the names (the municipality code) comes before any blank column.
  const midAt = labelAt + labelSpan;
  const afterLabel = midAt + (mid ? 1 : 0);
  const colIndex = (j: number): number => afterLabel + (blankCol ? 1 : 0) + j;
  const trailAt = (k: number): number => colIndex(lt.cols.length) + k;
  const width = trailAt(trail.length);
  const extraCell = (x: ExtraCol, rowId: string): BCell | null => {
    const cell = x.cells[rowId];
    if (cell && x.money) return { out: moneyCell({ t: 'money', kr: BigInt(cell.v) }), row: rowId, col: x.id };
    return cell ? { out: cell.z ? { v: cell.v, z: cell.z } : { v: cell.v }, row: rowId, col: x.id } : null;
  };
  const block: (BCell | null)[][] = [];
  const merges: Rect[] = [];
  const mergeLabel = (at: number): void => {
    if (labelSpan > 1) merges.push({ top: at, left: labelAt, bottom: at, right: labelAt + labelSpan - 1 });
  };
  if (lt.header.groupTitle) {
    const line: (BCell | null)[] = Array(width).fill(null);
    line[colIndex(0)] = { out: { v: lt.header.groupTitle } };
    block.push(line);
    if (lt.cols.length > 1)
      merges.push({ top: 0, left: colIndex(0), bottom: 0, right: colIndex(lt.cols.length - 1) });
  }
  const yearRow = lt.header.heads && lt.header.yearRow;
  if (yearRow) {
    const line: (BCell | null)[] = Array(width).fill(null);
    lt.cols.forEach((c, j) => {
      if (c.role === 'period' && c.year !== undefined) line[colIndex(j)] = { out: { v: c.year } };
    });
    block.push(line);
  }
  const over = lt.header.heads ? lt.header.mergedOver : undefined;
  if (over) mergedOverTwoRows(over);
  else if (lt.header.heads) {
    const line: (BCell | null)[] = Array(width).fill(null);
    if (lead) line[0] = { out: { v: lead.head } };
    if (corner) mergeLabel(block.length);
    line[labelAt] = corner ? { out: { v: corner } } : null;
    if (mid) line[midAt] = { out: { v: mid.head } };
    const firstPeriod = lt.cols.findIndex((c) => c.role === 'period');
    lt.cols.forEach((c, j) => {
      const word = j === firstPeriod ? YEAR_ROW_WORDS.first : YEAR_ROW_WORDS.later;
      line[colIndex(j)] = yearRow && c.role === 'period' ? { out: { v: word } } : { out: headOf(c) };
    });
    trail.forEach((x, k) => (line[trailAt(k)] = { out: { v: extraHead(x) } }));
    block.push(line);
  }
  /**
   * Two header rows: the corner, the total column's head and the added columns' heads each merged over both,
   * the group title merged over the years (or over a split's figures) above their heads.
   */
  function mergedOverTwoRows(group: string): void {
    const top = block.length;
    const upper: (BCell | null)[] = Array(width).fill(null);
    const lower: (BCell | null)[] = Array(width).fill(null);
    const tall = (at: number, span: number, out: OutCell): void => {
      upper[at] = { out };
      merges.push({ top, left: at, bottom: top + 1, right: at + span - 1 });
    };
    if (lead) tall(0, 1, { v: lead.head });
    if (corner) tall(labelAt, labelSpan, { v: corner });
    if (mid) tall(midAt, 1, { v: mid.head });
    trail.forEach((x, k) => tall(trailAt(k), 1, { v: extraHead(x) }));
    const grouped = lt.cols
      .map((c, j) => ({ c, j }))
      .filter(({ c }) =>
        lt.cols.some((x) => x.role === 'period') ? c.role === 'period' : c.role !== 'total',
      );
    lt.cols.forEach((c, j) => {
      if (grouped.some((g) => g.j === j)) lower[colIndex(j)] = { out: headOf(c) };
      else tall(colIndex(j), 1, headOf(c));
    });
    if (grouped.length) {
      const first = colIndex(grouped[0].j);
      const last = colIndex(grouped[grouped.length - 1].j);
      upper[first] = { out: { v: group } };
      if (last > first) merges.push({ top, left: first, bottom: top, right: last });
    }
    block.push(upper, lower);
  }
  if (lt.header.unitRow) {
    const line: (BCell | null)[] = Array(width).fill(null);
    lt.cols.forEach((c, j) => {
      const u = unitRowCell(c);
      line[colIndex(j)] = u ? { out: u } : null;
    });
    trail.forEach(
      (x, k) =>
        (line[trailAt(k)] = x.money ? { out: { v: units.word } } : x.unit ? { out: { v: x.unit } } : null),
    );
    block.push(line);
  }
  const headerRows = block.length;
  // A blank row right below the header, before the first row of figures.
  if (placement === 'blank-below-header' && headerRows) block.push(Array(width).fill(null));
  const partIdx = lt.rows.map((r, i) => (r.role === 'part' ? i : -1)).filter((i) => i >= 0);
  const blankAfter = placement === 'blank-row' && partIdx.length >= 2 ? o.rng.pick(partIdx.slice(0, -1)) : -1;
  const hiddenRowId = placement === 'hidden-row' ? lt.rows[o.rng.pick(partIdx)].id : null;
  const hiddenBlock = new Set<number>();
  // A note line after one part (not the last), and a blank line before a total that follows the parts.
  const noteAfter =
    placement === 'note-rows' && partIdx.length >= 2 ? (o.fresh ?? o.rng).pick(partIdx.slice(0, -1)) : -1;
  const note = placement === 'note-rows' ? (o.fresh ?? o.rng).pick(NOTE_ROWS) : '';
  lt.rows.forEach((row, i) => {
    if (placement === 'blank-before-total' && row.role === 'total' && i > 0)
      block.push(Array(width).fill(null));
    const line: (BCell | null)[] = Array(width).fill(null);
    if (lead) line[0] = extraCell(lead, row.id);
    if (mid) line[midAt] = extraCell(mid, row.id);
    if (row.label) mergeLabel(block.length);
    line[labelAt] = row.label ? { out: { v: row.label }, row: row.id, col: 'label' } : null;
    if (placement === 'hidden-col' && row.role === 'part') line[afterLabel] = { out: { v: 'tjekket' } };
    trail.forEach((x, k) => (line[trailAt(k)] = extraCell(x, row.id)));
    lt.cols.forEach((c, j) => {
      const out = valueCell(row.cells[c.id]);
      line[colIndex(j)] = out ? { out, row: row.id, col: c.id } : { out: { v: '' }, row: row.id, col: c.id };
    });
    if (row.id === hiddenRowId) hiddenBlock.add(block.length);
    block.push(line);
    if (i === blankAfter) block.push(Array(width).fill(null));
    if (i === noteAfter) {
      const noteLine: (BCell | null)[] = Array(width).fill(null);
      noteLine[labelAt] = { out: { v: note } };
      block.push(noteLine);
    }
    // Double spacing: an empty row after every row but the last.
    if (placement === 'double-spaced' && i < lt.rows.length - 1) block.push(Array(width).fill(null));
  });

  // Orientation: the whole block transposed (the title and notes stay above).
  const oriented = transposed ? transpose(block, width) : block;
  const orientedMerges = transposed
    ? merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom }))
    : merges;

  // Lines above the block: notes, title (with the unit or the stated total), a stated total above.
  const sheet = o.sheet;
  let r = o.at.r;
  const c0 = o.at.c;
  const areaTop = r;
  if (placement === 'notes-above') for (const n of NOTES_ABOVE) put(sheet, { r: r++, c: c0 }, { v: n });
  let title = lt.title;
  const titleRow = r;
  if (units.where === 'title') title += ` (${units.word})`;
  let statedAt: Pos | undefined;
  if (lt.stated?.where === 'title') {
    title += `, i alt ${kroner(lt.stated.kr)} kr.`;
    statedAt = { r, c: c0 };
  }
  // A rate in the title states the total: a planted error may show there too.
  if (truth.rate && !lt.rate) statedAt = { r, c: c0 };
  put(sheet, { r: r++, c: c0 }, { v: title });
  if (lt.rate?.where === 'above') {
    statedAt = { r, c: c0 };
    put(sheet, { r: r++, c: c0 }, { v: `Takst: ${lt.rate.text}` });
  }
  if (lt.stated?.where === 'above') {
    statedAt = { r, c: c0 };
    put(sheet, { r: r++, c: c0 }, { v: `Samlet beløb til fordeling: ${kroner(lt.stated.kr)} kr.` });
  }
  const top = r;
  const cellOf = new Map<string, Pos>();
  oriented.forEach((line, i) =>
    line.forEach((bc, j) => {
      if (!bc) return;
      const p = { r: top + i, c: c0 + j };
      put(sheet, p, bc.out);
      if (bc.row && bc.col) cellOf.set(cellKey(bc.row, bc.col), p);
    }),
  );
  const blockHeight = oriented.length;
  const blockWidth = Math.max(...oriented.map((l) => l.length));
  for (const m of orientedMerges)
    sheet.merges.push({ top: top + m.top, left: c0 + m.left, bottom: top + m.bottom, right: c0 + m.right });
  for (const h of hiddenBlock) {
    if (transposed) sheet.hiddenCols.add(c0 + h);
    else sheet.hiddenRows.add(top + h);
  }
  if (hiddenBlock.size) allowedRules.push('hidden-or-filtered');
  if (placement === 'hidden-col') {
    if (transposed) sheet.hiddenRows.add(top + afterLabel);
    else sheet.hiddenCols.add(c0 + afterLabel);
  }
  // The title merged over the table's width, as a title centred across it is.
  if (placement === 'merged-title' && blockWidth > 1)
    sheet.merges.push({ top: titleRow, left: c0, bottom: titleRow, right: c0 + blockWidth - 1 });
  trail.forEach((x, k) => {
    if (x.formula) addFormulaColumn(sheet, lt, x, cellOf, units.exp, allowedAt);
    if (x.hidden) sheet.hiddenCols.add(c0 + trailAt(k));
  });
  if (placement === 'freeze' && headerRows)
    sheet.freeze = transposed ? { r: 0, c: c0 + headerRows } : { r: top + headerRows, c: 0 };
  let bottom = top + blockHeight - 1;
  const right = c0 + blockWidth - 1;
  if (placement === 'note-beside') put(sheet, { r: top, c: right + 2 }, { v: NOTE_BESIDE });
  const below: string[] = [];
  if (units.where === 'note') below.push(`Beløb i ${units.word}`);
  if (lt.stated?.where === 'note') below.push(`Det samlede beløb er ${kroner(lt.stated.kr)} kr.`);
  if (lt.rate?.where === 'note') below.push(`Hver kommune betaler ${lt.rate.text}.`);
  if (lt.footnote) below.push(lt.footnote);
  if (placement === 'source-line') below.push(sourceLine(truth, o.fresh ?? o.rng));
  if (placement === 'notes-below') below.push(...NOTES_BELOW);
  if (below.length) {
    bottom += 1;
    for (const n of below) {
      bottom += 1;
      if (n.startsWith('Det samlede') || n.startsWith('Hver kommune betaler'))
        statedAt = { r: bottom, c: c0 };
      put(sheet, { r: bottom, c: c0 }, { v: n });
    }
  }

  const saved = v('saved');
  addFormulas(sheet, lt, truth, cellOf, numbers, units.exp, saved !== undefined);
  if (placement === 'excel-table')
    addExcelTable(sheet, lt, cellOf, { top, left: c0, bottom: top + blockHeight - 1, right });
  if (placement === 'excel-table-across')
    addExcelTableAcross(sheet, lt, cellOf, { top, left: c0, bottom: top + blockHeight - 1, right });
  // A tool that does not calculate saves every formula without its result (or with 0 in its place).
  if (saved === 'uncached' || saved === 'uncached-zero')
    for (const [k, cell] of sheet.cells)
      if (cell.f) sheet.cells.set(k, { ...cell, uncached: saved === 'uncached' ? 'empty' : 'zero' });
  return {
    truth,
    sheet: sheet.name,
    cellOf,
    area: {
      top: areaTop,
      left: c0,
      bottom,
      right: Math.max(right, placement === 'note-beside' ? right + 2 : right),
    },
    allowedRules,
    allowedAt,
    statedAt,
  };
}

/**
 * An added column of formulas with their results from the cells as laid out: the row's total less the sum of
 * its years ("Kontrol": 0 where the row adds up, the difference where a figure is typed wrong), or a helper
 * with the row's amount in thousands. A row without the amounts it reads keeps no cell.
 */
function addFormulaColumn(
  sheet: SheetModel,
  lt: LTable,
  x: ExtraCol,
  cellOf: Map<string, Pos>,
  unitExp: number,
  /** Where a "#REF!" lands: Fordel may name it (formula-error), as bad input is named. */
  allowedAt: { rule: string; at: Pos }[],
): void {
  const totalCol = lt.cols.find((c) => c.role === 'total' && c.sumOf);
  const source = helperSource(lt.cols);
  for (const row of lt.rows) {
    const at = cellOf.get(cellKey(row.id, x.id));
    if (!at) continue;
    const kr = (col: string): bigint | null => {
      const v = row.cells[col];
      const p = cellOf.get(cellKey(row.id, col));
      const shown = p && sheet.cells.get(`${p.r},${p.c}`);
      return v?.t === 'money' && shown && typeof shown.v === 'number' ? v.kr : null;
    };
    const here = `${at.r},${at.c}`;
    if (x.formula === 'check' && totalCol) {
      const total = kr(totalCol.id);
      const periods = totalCol.sumOf!.map(kr);
      const refs = totalCol.sumOf!.map((id) => cellOf.get(cellKey(row.id, id))!);
      const totalAt = cellOf.get(cellKey(row.id, totalCol.id));
      if (total === null || periods.some((p) => p === null) || !totalAt) {
        sheet.cells.delete(here);
        continue;
      }
      const diff = total - periods.reduce<bigint>((a, b) => a + b!, 0n);
      sheet.cells.set(here, { v: Number(inUnit(diff, unitExp)), f: `${a1(totalAt)}-${sumFormula(refs)}` });
    } else if (x.formula === 'ref-error' && source) {
      // A formula over a sheet since deleted: Excel keeps "#REF!" in it and shows the error.
      const from = cellOf.get(cellKey(row.id, source.id));
      if (!from || !row.cells[source.id]) {
        sheet.cells.delete(here);
        continue;
      }
      sheet.cells.set(here, { v: 0, err: '#REF!', f: `${a1(from)}/#REF!` });
      allowedAt.push({ rule: 'formula-error', at });
    } else if (x.formula === 'helper' && source) {
      const v = kr(source.id);
      const from = cellOf.get(cellKey(row.id, source.id));
      if (v === null || !from) {
        sheet.cells.delete(here);
        continue;
      }
      sheet.cells.set(here, { v: Number(inUnit(v, unitExp + 3)), f: `${a1(from)}/1000` });
    } else sheet.cells.delete(here);
  }
}

/**
 * The table as an Excel Table (ListObject) with its totals row: header cells become text, as Excel keeps
 * them, and a total that is the sum of its parts gets SUBTOTAL(109, ...) as Excel writes it.
 */
function addExcelTable(sheet: SheetModel, lt: LTable, cellOf: Map<string, Pos>, ref: Rect): void {
  const name = `Tabel${sheet.tables.length + 1}`;
  const columns = tableHeader(sheet, ref);
  const total = lt.rows[lt.rows.length - 1];
  const totalsRow = total.role === 'total';
  if (totalsRow) {
    const parts = lt.rows.filter((r) => r.role === 'part');
    lt.cols.forEach((col) => {
      const v = total.cells[col.id];
      const at = cellOf.get(cellKey(total.id, col.id));
      if (v?.t !== 'money' || !at) return;
      const sum = parts.reduce(
        (a, r) => a + (r.cells[col.id]?.t === 'money' ? (r.cells[col.id] as { kr: bigint }).kr : 0n),
        0n,
      );
      const cell = sheet.cells.get(`${at.r},${at.c}`);
      if (sum !== v.kr || !cell || typeof cell.v !== 'number') return;
      sheet.cells.set(`${at.r},${at.c}`, {
        ...cell,
        f: `SUBTOTAL(109,${name}[${columns[at.c - ref.left]}])`,
      });
    });
  }
  sheet.tables.push({ name, ref, totalsRow, columns });
}

/**
 * The table turned as an Excel Table: its parts (and total) head the Table's columns, its periods are the
 * rows, and a total column becomes the totals row, SUBTOTAL(109, ...) where the total is the sum of its periods.
 */
function addExcelTableAcross(sheet: SheetModel, lt: LTable, cellOf: Map<string, Pos>, ref: Rect): void {
  const name = `Tabel${sheet.tables.length + 1}`;
  const columns = tableHeader(sheet, ref);
  const totalCol = lt.cols[lt.cols.length - 1];
  const totalsRow = totalCol.role === 'total' && !!totalCol.sumOf;
  if (totalsRow) {
    for (const row of lt.rows) {
      const v = row.cells[totalCol.id];
      const at = cellOf.get(cellKey(row.id, totalCol.id));
      if (v?.t !== 'money' || !at) continue;
      const sum = totalCol.sumOf!.reduce(
        (a, id) => a + (row.cells[id]?.t === 'money' ? (row.cells[id] as { kr: bigint }).kr : 0n),
        0n,
      );
      const cell = sheet.cells.get(`${at.r},${at.c}`);
      if (sum !== v.kr || !cell || typeof cell.v !== 'number') continue;
      sheet.cells.set(`${at.r},${at.c}`, {
        ...cell,
        f: `SUBTOTAL(109,${name}[${columns[at.c - ref.left]}])`,
      });
    }
  }
  sheet.tables.push({ name, ref, totalsRow, columns });
}

/** The Table's header row as Excel keeps it: text, and "KolonneN" where a header cell is empty. */
function tableHeader(sheet: SheetModel, ref: Rect): string[] {
  const columns: string[] = [];
  for (let c = ref.left; c <= ref.right; c++) {
    const k = `${ref.top},${c}`;
    const head = sheet.cells.get(k);
    let text = head && head.v !== '' ? String(head.v) : `Kolonne${c - ref.left + 1}`;
    while (columns.includes(text)) text = `${text}2`;
    sheet.cells.set(k, { v: text });
    columns.push(text);
  }
  return columns;
}

function transpose(block: (BCell | null)[][], width: number): (BCell | null)[][] {
  return Array.from({ length: width }, (_, j) => block.map((line) => line[j] ?? null));
}

/**
 * SUM formulas for totals whose cached result is the sum of what their parts show (a total typed wrong stays
 * typed), and ROUND(total*share) for split amounts whose cached result is that rounding.
 */
function addFormulas(
  sheet: SheetModel,
  lt: LTable,
  truth: TableTruth,
  cellOf: Map<string, Pos>,
  numbers: string | undefined,
  unitExp: number,
  /** The saved family: totals and split amounts as formulas, whatever the number forms. */
  allFormulas = false,
): void {
  if (numbers === 'formulas-sum' || allFormulas) {
    const kr = (row: string, col: string): bigint | null => {
      const r = lt.rows.find((x) => x.id === row);
      const v = r?.cells[col];
      return v?.t === 'money' ? v.kr : null;
    };
    const setSum = (
      at: Pos | undefined,
      refs: (Pos | undefined)[],
      cached: bigint | null,
      parts: (bigint | null)[],
    ): void => {
      if (!at || cached === null || refs.some((p) => !p) || parts.some((p) => p === null)) return;
      if (parts.reduce<bigint>((a, b) => a + (b as bigint), 0n) !== cached) return;
      const cell = sheet.cells.get(`${at.r},${at.c}`);
      if (!cell || typeof cell.v !== 'number') return;
      sheet.cells.set(`${at.r},${at.c}`, { ...cell, f: sumFormula(refs as Pos[]) });
    };
    for (const row of lt.rows) {
      if (!row.sumOf) continue;
      for (const c of lt.cols) {
        if (!(c.role === 'amount' || c.role === 'period' || c.role === 'total')) continue;
        setSum(
          cellOf.get(cellKey(row.id, c.id)),
          row.sumOf.map((id) => cellOf.get(cellKey(id, c.id))),
          kr(row.id, c.id),
          row.sumOf.map((id) => kr(id, c.id)),
        );
      }
    }
    const totalCol = lt.cols.find((c) => c.role === 'total' && c.sumOf);
    if (totalCol)
      for (const row of lt.rows) {
        if (row.sumOf) continue;
        setSum(
          cellOf.get(cellKey(row.id, totalCol.id)),
          totalCol.sumOf!.map((id) => cellOf.get(cellKey(row.id, id))),
          kr(row.id, totalCol.id),
          totalCol.sumOf!.map((id) => kr(row.id, id)),
        );
      }
  }
  if ((numbers === 'formulas-round' || allFormulas) && unitExp === 0 && truth.kind === 'split') {
    // A share written as a fraction (0,346 under a percent format) is multiplied as it is.
    const per100 =
      numbers === 'pct-format' || numbers === 'pct-fraction' || numbers === 'pct-mixed' ? '' : '/100';
    const total = lt.rows.find((r) => r.role === 'total');
    const totalAt = total && cellOf.get(cellKey(total.id, 'amount'));
    const totalKr = total?.cells.amount;
    if (!totalAt || totalKr?.t !== 'money') return;
    for (const row of lt.rows) {
      if (row.role !== 'part') continue;
      const share = row.cells.key;
      const amount = row.cells.amount;
      const shareAt = cellOf.get(cellKey(row.id, 'key'));
      const at = cellOf.get(cellKey(row.id, 'amount'));
      if (share?.t !== 'pct' || amount?.t !== 'money' || !shareAt || !at) continue;
      if (roundHalfUp(totalKr.kr, share.p) !== amount.kr) continue;
      const cell = sheet.cells.get(`${at.r},${at.c}`)!;
      const shareCell = sheet.cells.get(`${shareAt.r},${shareAt.c}`);
      if (typeof cell.v !== 'number' || typeof shareCell?.v !== 'number') continue;
      sheet.cells.set(`${at.r},${at.c}`, { ...cell, f: `ROUND(${abs(totalAt)}*${a1(shareAt)}${per100},0)` });
    }
  }
}

/** total x percent / 100, rounded half away from zero to whole kroner, as Excel's ROUND does. */
function roundHalfUp(total: bigint, p: string): bigint {
  const [i, f = ''] = p.split('.');
  const scale = 10n ** BigInt(f.length + 2);
  const num = total * BigInt(i + f);
  return (num * 2n + scale) / (2n * scale);
}

const abs = (p: Pos): string => a1(p).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

function sumFormula(refs: readonly Pos[]): string {
  const sameCol = refs.every((p) => p.c === refs[0].c);
  const sameRow = refs.every((p) => p.r === refs[0].r);
  const sorted = [...refs].sort((a, b) => a.r - b.r || a.c - b.c);
  const contiguous =
    (sameCol && sorted.every((p, i) => p.r === sorted[0].r + i)) ||
    (sameRow && sorted.every((p, i) => p.c === sorted[0].c + i));
  if (contiguous && sorted.length > 1) return `SUM(${a1(sorted[0])}:${a1(sorted[sorted.length - 1])})`;
  return `SUM(${sorted.map(a1).join(',')})`;
}
