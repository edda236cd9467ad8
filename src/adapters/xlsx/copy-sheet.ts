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

interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly body: string;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
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

/** Row and column (0-based) of an A1 reference such as "AB12". */
function position(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

export class SheetPatch {
  private readonly dataStart: number;
  private readonly dataEnd: number;
  /** <sheetData/>: an empty sheet. */
  private readonly selfClosed: boolean;
  private rows: Map<number, RowSpan> | null = null;
  private readonly cells = new Map<number, Map<number, string>>();
  private readonly edits = new Map<number, Map<number, (now: CellNow) => string>>();
  /** Widths Fordel sets; null puts a column back to the sheet's default width. */
  private readonly widths = new Map<number, number | null>();
  private readonly links: { ref: string; location: string; display: string }[] = [];
  private readonly written: RangePos[] = [];
  /** Cells whose value Fordel sets (a link they had goes), as A1. */
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

  private index(): Map<number, RowSpan> {
    if (this.rows) return this.rows;
    const rows = new Map<number, RowSpan>();
    if (!this.selfClosed) {
      const data = this.xml.slice(this.dataStart, this.dataEnd);
      for (const m of data.matchAll(ROW)) {
        const r = Number(attrOf(m[1], 'r'));
        if (!Number.isInteger(r) || r < 1) throw new Error('row without reference');
        const start = this.dataStart + m.index;
        rows.set(r - 1, { start, end: start + m[0].length, open: `<row${m[1]}>`, body: m[2] ?? '' });
      }
    }
    this.rows = rows;
    return rows;
  }

  private cellsOf(row: number): Map<number, string> {
    let cells = this.cells.get(row);
    if (cells) return cells;
    cells = new Map();
    const span = this.index().get(row);
    for (const m of span?.body.matchAll(CELL) ?? []) {
      const pos = position(attrOf(m[1], 'r') ?? '');
      if (!pos || pos.row !== row) throw new Error('cell without reference');
      cells.set(pos.col, m[0]);
    }
    this.cells.set(row, cells);
    return cells;
  }

  /** The cell's XML, or null when the part has none for it. */
  cellXml(row: number, col: number): string | null {
    return this.cellsOf(row).get(col) ?? null;
  }

  /** The cell format a cell shows: its own, else its row's, else its column's (as Excel gives a new cell). */
  styleAt(row: number, col: number): number {
    const cell = this.cellXml(row, col);
    if (cell) return Number(attrOf(/^<c\b[^>]*>/.exec(cell)![0], 's') ?? '0');
    return this.newCellStyle(row, col);
  }

  /** The cell format Excel gives a new cell here: its row's, else its column's, else the default. */
  newCellStyle(row: number, col: number): number {
    const span = this.index().get(row);
    if (span && attrOf(span.open, 'customFormat') === '1') return Number(attrOf(span.open, 's') ?? '0');
    const col1 = col + 1;
    for (const c of this.colTags()) {
      if (Number(attrOf(c, 'min')) <= col1 && col1 <= Number(attrOf(c, 'max')))
        return Number(attrOf(c, 'style') ?? '0');
    }
    return 0;
  }

  merges(): RangePos[] {
    const out: RangePos[] = [];
    for (const m of this.xml.matchAll(/<mergeCell\b[^>]*\sref="([^"]*)"/g)) {
      const r = parseA1Range(m[1]);
      if (r) out.push(r);
    }
    return out;
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
  setCell(row: number, col: number, make: (now: CellNow) => string, value: boolean): void {
    let cells = this.edits.get(row);
    if (!cells) this.edits.set(row, (cells = new Map()));
    const before = cells.get(col);
    cells.set(
      col,
      before
        ? (now) => {
            const xml = before(now);
            return make({ s: sOf(xml), xml });
          }
        : make,
    );
    if (value) this.valueSet.add(a1(row, col));
    this.written.push({ top: row, left: col, bottom: row, right: col });
  }

  addLink(row: number, col: number, location: string, display: string): void {
    this.links.push({ ref: a1(row, col), location, display });
  }

  get changed(): boolean {
    return this.edits.size > 0 || this.widths.size > 0 || this.links.length > 0;
  }

  toXml(): string {
    const rows = this.index();
    const out: string[] = [];
    const head = this.withDimension(this.withCols(this.xml.slice(0, this.dataStart)));
    out.push(head);
    if (this.selfClosed) out.push('<sheetData>');
    let at = this.selfClosed ? this.dataEnd : this.dataStart;
    const order = [...this.edits.keys()].sort((a, b) => a - b);
    for (const r of order) {
      const span = rows.get(r);
      if (span) {
        out.push(this.xml.slice(at, span.start), this.rebuiltRow(r, span));
        at = span.end;
      } else {
        // A new row goes before the first existing row below it.
        const next = [...rows.entries()].filter(([n]) => n > r).sort((a, b) => a[0] - b[0])[0];
        const until = next ? next[1].start : this.selfClosed ? at : this.dataEnd;
        if (until > at) {
          out.push(this.xml.slice(at, until));
          at = until;
        }
        out.push(this.rebuiltRow(r, null));
      }
    }
    if (this.selfClosed) {
      out.push('</sheetData>');
    } else {
      out.push(this.xml.slice(at, this.dataEnd));
      at = this.dataEnd;
    }
    out.push(this.withLinks(this.xml.slice(at), this.valueSet));
    return out.join('');
  }

  private rebuiltRow(r: number, span: RowSpan | null): string {
    const cells = new Map(span ? this.cellsOf(r) : []);
    for (const [c, make] of this.edits.get(r) ?? []) {
      const xml = cells.get(c) ?? null;
      cells.set(c, make({ s: xml ? sOf(xml) : this.styleAt(r, c), xml }));
    }
    const body = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x)
      .join('');
    // The spans hint would no longer cover the row's cells: it is optional, so it goes.
    const open = span ? span.open.replace(/\sspans="[^"]*"/, '') : `<row r="${r + 1}">`;
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
    if (!this.written.length) return head;
    const dim = /<dimension\b[^>]*\sref="([^"]*)"[^>]*>/.exec(head);
    if (!dim) return head;
    const [from, to = from] = dim[1].split(':');
    const a = position(from);
    const b = position(to);
    if (!a || !b) return head;
    let [top, left, bottom, right] = [a.row, a.col, b.row, b.col];
    for (const w of this.written) {
      top = Math.min(top, w.top);
      left = Math.min(left, w.left);
      bottom = Math.max(bottom, w.bottom);
      right = Math.max(right, w.right);
    }
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

function sOf(cellXml: string): number {
  return Number(attrOf(/^<c\b[^>]*>/.exec(cellXml)?.[0] ?? '', 's') ?? '0');
}
