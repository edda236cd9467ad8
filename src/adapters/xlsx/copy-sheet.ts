/**
 * One worksheet part of a checked copy that keeps everything: its XML is copied through as text and
 * only the rows Fordel writes into are rebuilt (the cells it sets, in column order, among the user's
 * own), plus the column widths it widens and the links it adds. Everything else in the part - formulas,
 * conditional formats, drawings, comments, the user's links - is the original text.
 */
import { a1, columnIndex, parseA1Range, type RangePos } from '../../core/grid/a1';
import { escapeXml } from './copy-styles';

/** What a cell holds now, for an edit that builds its new XML. */
export interface CellNow {
  readonly s: number;
  readonly xml: string | null;
}

/**
 * Builds a cell's new XML from what it holds when the part is written. It is told the cell's place, so
 * one maker can serve a whole column of Fordel's (no function per cell for 300.000 rows).
 */
export type CellMaker = (now: CellNow, row: number, col: number) => string;

/**
 * Where each row of <sheetData> sits in the part's text, as numbers only: a sheet of 300.000 rows is
 * indexed in a few MB rather than as a string per row. Sorted by row number for lookups.
 */
interface RowIndex {
  /** 0-based row numbers, strictly ascending. */
  readonly rows: Int32Array;
  /** Offset of "<row", of the end of its start tag, and of the end of "</row>" (or of "/>"). */
  readonly starts: Int32Array;
  readonly openEnds: Int32Array;
  readonly ends: Int32Array;
}

/** The parts of a row: its start tag (made non-empty: "<row r=\"5\">") and the cells' XML. */
interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly body: string;
}

const ROW_TAG = /<row\b([^>]*?)(\/?)>/g;
const ROW_END = '</row>';
const SLASH = 0x2f;
const SPANS = /\sspans="[^"]*"/;
const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;
/** Elements that come after <hyperlinks> in a worksheet, in schema order. */
const AFTER_LINKS = [
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const attrOf = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
// The two attributes read once per row or cell: patterns made once, not per call.
const R_ATTR = /\sr="([^"]*)"/;
const S_ATTR = /\ss="([^"]*)"/;
const CUSTOM_FORMAT = /\scustomFormat="1"/;

/** Row and column (0-based) of an A1 reference such as "AB12". */
function position(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/** Where the text written out goes: pieces in order. */
export type XmlSink = (piece: string) => void;

export class SheetPatch {
  private readonly dataStart: number;
  private readonly dataEnd: number;
  /** <sheetData/>: an empty sheet. */
  private readonly selfClosed: boolean;
  private rowIndex: RowIndex | null = null;
  private columnList: { min: number; max: number; style: number }[] | null = null;
  /** The cells of the row read last: edits and highlights go row by row, and nothing else is kept. */
  private lastCells: { row: number; cells: Map<number, string> } | null = null;
  private readonly edits = new Map<number, Map<number, CellMaker>>();
  /** Widths Fordel sets; null puts a column back to the sheet's default width. */
  private readonly widths = new Map<number, number | null>();
  private readonly links: { ref: string; location: string; display: string }[] = [];
  /** The area of the cells Fordel writes, for the sheet's dimension; null before the first. */
  private written: { top: number; left: number; bottom: number; right: number } | null = null;
  /** The sheet has links of its own, which a cell whose value Fordel sets loses. */
  private readonly hasLinks: boolean;
  /** Cells whose value Fordel sets, as A1: kept only when the sheet has links to take off them. */
  private readonly valueSet = new Set<string>();

  private constructor(private readonly xml: string) {
    const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) throw new Error('no sheetData');
    this.selfClosed = open[1] === '/';
    if (this.selfClosed) {
      this.dataStart = open.index;
      this.dataEnd = open.index + open[0].length;
    } else {
      this.dataStart = open.index + open[0].length;
      this.dataEnd = xml.indexOf('</sheetData>', this.dataStart);
      if (this.dataEnd < 0) throw new Error('sheetData not closed');
    }
    // Prefixed elements (x:row) or rows and cells without their reference: not written this way.
    if (/<\w+:(?:row|c|sheetData|worksheet)\b/.test(xml)) throw new Error('prefixed elements');
    this.hasLinks = xml.includes('<hyperlink', this.dataEnd);
  }

  /** Null when the part's XML is not one this writer can patch safely. */
  static read(xml: string): SheetPatch | null {
    try {
      const patch = new SheetPatch(xml);
      patch.index();
      return patch;
    } catch {
      return null;
    }
  }

  private index(): RowIndex {
    if (this.rowIndex) return this.rowIndex;
    let size = 1024;
    let rows: Int32Array = new Int32Array(size);
    let starts: Int32Array = new Int32Array(size);
    let openEnds: Int32Array = new Int32Array(size);
    let ends: Int32Array = new Int32Array(size);
    let n = 0;
    if (!this.selfClosed) {
      const tag = new RegExp(ROW_TAG.source, 'g');
      tag.lastIndex = this.dataStart;
      for (let m = tag.exec(this.xml); m && m.index < this.dataEnd; m = tag.exec(this.xml)) {
        const r = Number(R_ATTR.exec(m[1])?.[1]);
        if (!Number.isInteger(r) || r < 1) throw new Error('row without reference');
        const openEnd = m.index + m[0].length;
        const end = m[2] === '/' ? openEnd : this.xml.indexOf(ROW_END, openEnd) + ROW_END.length;
        if (end < openEnd || end > this.dataEnd) throw new Error('row not closed');
        if (n === size) {
          size *= 2;
          [rows, starts, openEnds, ends] = [
            grown(rows, size),
            grown(starts, size),
            grown(openEnds, size),
            grown(ends, size),
          ];
        }
        // Rows out of order or twice: Excel reports such a part as damaged, and rows written into it could
        // not be put in their place, so it is not patched (the findings go in a workbook of their own).
        if (n && rows[n - 1] >= r - 1) throw new Error('rows out of order');
        rows[n] = r - 1;
        starts[n] = m.index;
        openEnds[n] = openEnd;
        ends[n] = end;
        n++;
        tag.lastIndex = end;
      }
    }
    const index: RowIndex = {
      rows: rows.subarray(0, n),
      starts: starts.subarray(0, n),
      openEnds: openEnds.subarray(0, n),
      ends: ends.subarray(0, n),
    };
    this.rowIndex = index;
    return index;
  }

  /** Position of row in the index, or -1. */
  private find(row: number): number {
    const rows = this.index().rows;
    let [lo, hi] = [0, rows.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] === row) return mid;
      if (rows[mid] < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The row's start tag and cells, or null when the part has no such row. */
  private span(row: number): RowSpan | null {
    const i = this.find(row);
    if (i < 0) return null;
    const { starts, openEnds, ends } = this.index();
    const tag = this.xml.slice(starts[i], openEnds[i]);
    const selfClosed = tag.endsWith('/>');
    return {
      start: starts[i],
      end: ends[i],
      open: selfClosed ? `${tag.slice(0, -2).trimEnd()}>` : tag,
      body: selfClosed ? '' : this.xml.slice(openEnds[i], ends[i] - ROW_END.length),
    };
  }

  private cellsOf(row: number): Map<number, string> {
    if (this.lastCells?.row === row) return this.lastCells.cells;
    const cells = this.cellsIn(row, this.span(row));
    this.lastCells = { row, cells };
    return cells;
  }

  private cellsIn(row: number, span: RowSpan | null): Map<number, string> {
    const cells = new Map<number, string>();
    for (const m of span?.body.matchAll(CELL) ?? []) {
      const pos = position(R_ATTR.exec(m[1])?.[1] ?? '');
      if (!pos || pos.row !== row) throw new Error('cell without reference');
      cells.set(pos.col, m[0]);
    }
    return cells;
  }

  /** The cell's XML, or null when the part has none for it. */
  cellXml(row: number, col: number): string | null {
    return this.cellsOf(row).get(col) ?? null;
  }

  /** The cell format a cell shows: its own, else its row's, else its column's (as Excel gives a new cell). */
  styleAt(row: number, col: number): number {
    const cell = this.cellXml(row, col);
    if (cell) return sOf(cell);
    return this.newCellStyle(row, col);
  }

  /** The cell format Excel gives a new cell here: its row's, else its column's, else the default. */
  newCellStyle(row: number, col: number): number {
    return this.newStyleIn(this.span(row)?.open ?? null, col);
  }

  /** The same, for the row with this start tag (null: a row the part does not have). */
  private newStyleIn(open: string | null, col: number): number {
    if (open && CUSTOM_FORMAT.test(open)) return Number(S_ATTR.exec(open)?.[1] ?? '0');
    const col1 = col + 1;
    for (const c of this.columns()) if (c.min <= col1 && col1 <= c.max) return c.style;
    return 0;
  }

  /** The sheet's <col> entries as the part has them, read once (a new cell's format asks for each). */
  private columns(): { min: number; max: number; style: number }[] {
    this.columnList ??= this.colTags().map((c) => ({
      min: Number(attrOf(c, 'min')),
      max: Number(attrOf(c, 'max')),
      style: Number(attrOf(c, 'style') ?? '0'),
    }));
    return this.columnList;
  }

  merges(): RangePos[] {
    const out: RangePos[] = [];
    for (const m of this.xml.matchAll(/<mergeCell\b[^>]*\sref="([^"]*)"/g)) {
      const r = parseA1Range(m[1]);
      if (r) out.push(r);
    }
    return out;
  }

  /** Whether the sheet is protected (its <sheetProtection>, after the cells). */
  isProtected(): boolean {
    const tail = this.xml.slice(this.dataEnd);
    const tag = /<sheetProtection\b[^>]*>/.exec(tail)?.[0];
    const flag = tag ? attrOf(tag, 'sheet') : undefined;
    return flag === '1' || flag === 'true';
  }

  /** A column's width in characters, or undefined when it has the sheet's default. */
  colWidth(col: number): number | undefined {
    const set = this.widths.get(col);
    if (set !== undefined) return set ?? undefined;
    const col1 = col + 1;
    for (const c of this.colTags()) {
      if (Number(attrOf(c, 'min')) <= col1 && col1 <= Number(attrOf(c, 'max'))) {
        const w = attrOf(c, 'width');
        return w === undefined ? undefined : Number(w);
      }
    }
    return undefined;
  }

  setWidth(col: number, width: number | null): void {
    this.widths.set(col, width);
  }

  /** The cell's new XML is made from what it holds when the part is written. */
  setCell(row: number, col: number, make: CellMaker, value: boolean): void {
    let cells = this.edits.get(row);
    if (!cells) this.edits.set(row, (cells = new Map()));
    const before = cells.get(col);
    cells.set(
      col,
      before
        ? (now, r, c) => {
            const xml = before(now, r, c);
            return make({ s: sOf(xml), xml }, r, c);
          }
        : make,
    );
    if (value && this.hasLinks) this.valueSet.add(a1(row, col));
    // Grown in place: this runs once per cell Fordel writes.
    const w = this.written;
    if (!w) this.written = { top: row, left: col, bottom: row, right: col };
    else {
      if (row < w.top) w.top = row;
      if (row > w.bottom) w.bottom = row;
      if (col < w.left) w.left = col;
      if (col > w.right) w.right = col;
    }
  }

  addLink(row: number, col: number, location: string, display: string): void {
    this.links.push({ ref: a1(row, col), location, display });
  }

  get changed(): boolean {
    return this.edits.size > 0 || this.widths.size > 0 || this.links.length > 0;
  }

  toXml(): string {
    const pieces: string[] = [];
    this.writeTo((s) => pieces.push(s));
    return pieces.join('');
  }

  /**
   * The part's new text, piece by piece in order: the original text between the rows Fordel writes into
   * is handed on as it is, so a large sheet is never built as one more string beside the original.
   */
  writeTo(sink: XmlSink): void {
    const index = this.index();
    const { rows } = index;
    sink(this.withDimension(this.withCols(this.xml.slice(0, this.dataStart))));
    if (this.selfClosed) sink('<sheetData>');
    const copy = new Copying(this.xml, this.selfClosed ? this.dataEnd : this.dataStart, sink);
    const order = [...this.edits.keys()].sort((a, b) => a - b);
    let next = 0;
    for (const r of order) {
      // The first existing row at or below r (rows are sorted, and so are the edits).
      while (next < rows.length && rows[next] < r) next++;
      if (next < rows.length && rows[next] === r) {
        if (this.appendedInPlace(next, r, copy)) continue;
        const span = this.span(r)!;
        copy.until(span.start);
        sink(this.rebuiltRow(r, span));
        copy.skip(span.end);
      } else {
        // A new row goes before the first existing row below it.
        copy.until(next < rows.length ? index.starts[next] : this.selfClosed ? copy.at : this.dataEnd);
        sink(this.rebuiltRow(r, null));
      }
    }
    if (this.selfClosed) {
      sink('</sheetData>');
    } else {
      copy.until(this.dataEnd);
    }
    sink(this.withLinks(this.xml.slice(copy.at), this.valueSet));
  }

  /**
   * Fordel's cells all right of the user's (its columns beside a table, the common case): the row's text
   * is handed on as it is, in slices of the original, with the new cells added before "</row>". Only the
   * start tag's spans hint is left out. False when the row has to be rebuilt cell by cell.
   */
  private appendedInPlace(i: number, r: number, copy: Copying): boolean {
    const { starts, openEnds, ends } = this.index();
    const [start, openEnd, end] = [starts[i], openEnds[i], ends[i]];
    const selfClosed = this.xml.charCodeAt(openEnd - 2) === SLASH;
    const bodyEnd = selfClosed ? openEnd : end - ROW_END.length;
    const last = selfClosed ? -1 : lastColumn(r, this.xml.slice(openEnd, bodyEnd));
    const edits = this.edits.get(r)!;
    let first = Infinity;
    for (const c of edits.keys()) if (c < first) first = c;
    if (last === undefined || first <= last) return false;
    const open = this.xml.slice(start, openEnd);
    const cols = edits.size === 1 ? [first] : [...edits.keys()].sort((a, b) => a - b);
    let added = '';
    for (const c of cols) added += edits.get(c)!({ s: this.newStyleIn(open, c), xml: null }, r, c);
    // The spans hint would no longer cover the row's cells: it is optional, so it goes.
    const spans = SPANS.exec(open);
    if (spans) {
      copy.until(start + spans.index);
      copy.skip(start + spans.index + spans[0].length);
    }
    if (selfClosed) {
      copy.until(openEnd - 2);
      copy.sink(`>${added}</row>`);
      copy.skip(end);
    } else {
      copy.until(bodyEnd);
      copy.sink(added);
    }
    return true;
  }

  private rebuiltRow(r: number, span: RowSpan | null): string {
    // The spans hint would no longer cover the row's cells: it is optional, so it goes.
    const open = span ? span.open.replace(/\sspans="[^"]*"/, '') : `<row r="${r + 1}">`;
    const edits = this.edits.get(r) ?? new Map<number, CellMaker>();
    const last = span ? lastColumn(r, span.body) : -1;
    if (last !== undefined && Math.min(...edits.keys()) > last) {
      // Fordel's cells all right of the user's (its columns beside a table): the row's text stays as it is.
      const added = [...edits.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([c, make]) => make({ s: this.newStyleIn(span?.open ?? null, c), xml: null }, r, c));
      return `${open}${span?.body ?? ''}${added.join('')}</row>`;
    }
    // Not kept: each row is rebuilt once, and keeping every row's cells would hold the sheet twice.
    const cells = this.lastCells?.row === r ? new Map(this.lastCells.cells) : this.cellsIn(r, span);
    for (const [c, make] of edits) {
      const xml = cells.get(c) ?? null;
      cells.set(c, make({ s: xml ? sOf(xml) : this.newStyleIn(span?.open ?? null, c), xml }, r, c));
    }
    const body = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x)
      .join('');
    return `${open}${body}</row>`;
  }

  private colTags(): string[] {
    const cols = /<cols\b[^>]*>([\s\S]*?)<\/cols>/.exec(this.xml.slice(0, this.dataStart));
    return cols ? (cols[1].match(/<col\b[^>]*>/g) ?? []) : [];
  }

  private withCols(head: string): string {
    if (!this.widths.size) return head;
    type Col = { min: number; max: number; tag: string };
    const cols: Col[] = this.colTags().map((tag) => ({
      min: Number(attrOf(tag, 'min')),
      max: Number(attrOf(tag, 'max')),
      tag: tag.replace(/\s*\/?>$/, ''),
    }));
    for (const [col, width] of this.widths) {
      const c1 = col + 1;
      const i = cols.findIndex((c) => c.min <= c1 && c1 <= c.max);
      const set = (tag: string, name: string, value: string): string =>
        new RegExp(`\\s${name}="`).test(tag)
          ? tag.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${value}$2`)
          : `${tag} ${name}="${value}"`;
      const one = (tag: string): Col => {
        const at = set(set(tag, 'min', String(c1)), 'max', String(c1));
        return {
          min: c1,
          max: c1,
          tag:
            width === null
              ? at.replace(/\s(?:width|customWidth)="[^"]*"/g, '')
              : set(set(at, 'width', String(width)), 'customWidth', '1'),
        };
      };
      if (i < 0) {
        if (width !== null) cols.push(one('<col'));
        continue;
      }
      const c = cols[i];
      const pieces: Col[] = [];
      if (c.min < c1) pieces.push({ min: c.min, max: c1 - 1, tag: set(c.tag, 'max', String(c1 - 1)) });
      pieces.push(one(c.tag));
      if (c1 < c.max) pieces.push({ min: c1 + 1, max: c.max, tag: set(c.tag, 'min', String(c1 + 1)) });
      cols.splice(i, 1, ...pieces);
    }
    // A column left with nothing but its place (a width put back to the default) needs no entry.
    const kept = cols.filter((c) => !/^<col\s+min="\d+"\s+max="\d+"$/.test(c.tag));
    kept.sort((a, b) => a.min - b.min);
    const xml = kept.length ? `<cols>${kept.map((c) => `${c.tag}/>`).join('')}</cols>` : '';
    const existing = /<cols\b[^>]*>[\s\S]*?<\/cols>|<cols\b[^>]*\/>/.exec(head);
    if (existing)
      return head.slice(0, existing.index) + xml + head.slice(existing.index + existing[0].length);
    const data = head.lastIndexOf('<sheetData');
    return head.slice(0, data) + xml + head.slice(data);
  }

  private withDimension(head: string): string {
    const w = this.written;
    if (!w) return head;
    const dim = /<dimension\b[^>]*\sref="([^"]*)"[^>]*>/.exec(head);
    if (!dim) return head;
    const [from, to = from] = dim[1].split(':');
    const a = position(from);
    const b = position(to);
    if (!a || !b) return head;
    let [top, left, bottom, right] = [a.row, a.col, b.row, b.col];
    top = Math.min(top, w.top);
    left = Math.min(left, w.left);
    bottom = Math.max(bottom, w.bottom);
    right = Math.max(right, w.right);
    const ref = `${a1(top, left)}:${a1(bottom, right)}`;
    return head.replace(dim[0], dim[0].replace(`ref="${dim[1]}"`, `ref="${ref}"`));
  }

  private withLinks(tail: string, written: Set<string>): string {
    // A cell Fordel writes loses a link it had (ExcelJS did the same); single-cell links only.
    let out = tail.replace(
      /<hyperlink\b[^>]*\sref="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/hyperlink>)/g,
      (m, ref: string) => (written.has(ref) ? '' : m),
    );
    out = out.replace(/<hyperlinks>\s*<\/hyperlinks>|<hyperlinks\/>/, '');
    if (!this.links.length) return out;
    const added = this.links
      .map(
        (l) =>
          `<hyperlink ref="${l.ref}" location="${escapeXml(l.location)}" display="${escapeXml(l.display)}"/>`,
      )
      .join('');
    const existing = out.indexOf('</hyperlinks>');
    if (existing >= 0) return out.slice(0, existing) + added + out.slice(existing);
    let at = out.lastIndexOf('</worksheet>');
    for (const name of AFTER_LINKS) {
      const i = out.search(new RegExp(`<${name}\\b`));
      if (i >= 0 && i < at) at = i;
    }
    return `${out.slice(0, at)}<hyperlinks>${added}</hyperlinks>${out.slice(at)}`;
  }
}

/**
 * The column (0-based) of a row's last cell, -1 for a row without cells, or undefined when its reference
 * cannot be read that simply (the row is then parsed cell by cell).
 */
function lastColumn(row: number, body: string): number | undefined {
  if (!body.trim()) return -1;
  // A row's own extension list comes after its cells: nothing can be appended after it.
  if (body.includes('<extLst')) return undefined;
  // The last "<c" that opens a cell (not "<col" or the like; cells hold no other "<c").
  let at = body.lastIndexOf('<c');
  while (at >= 0 && /[\w:.-]/.test(body.charAt(at + 2))) at = at ? body.lastIndexOf('<c', at - 1) : -1;
  if (at < 0) return undefined;
  const pos = position(R_ATTR.exec(body.slice(at, body.indexOf('>', at) + 1))?.[1] ?? '');
  return pos?.row === row ? pos.col : undefined;
}

/** The original text handed on in order, up to a place, or passed over. */
class Copying {
  constructor(
    private readonly xml: string,
    public at: number,
    readonly sink: XmlSink,
  ) {}

  until(to: number): void {
    if (to > this.at) this.sink(this.xml.slice(this.at, to));
    this.at = Math.max(this.at, to);
  }

  skip(to: number): void {
    this.at = Math.max(this.at, to);
  }
}

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function sOf(cellXml: string): number {
  const open = cellXml.indexOf('>');
  return Number(S_ATTR.exec(open < 0 ? cellXml : cellXml.slice(0, open + 1))?.[1] ?? '0');
}
