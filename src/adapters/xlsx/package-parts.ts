/**
 * What the spreadsheet reader leaves out but Fordel needs from an .xlsx package: each sheet's Excel
 * Tables, how many cells its data validations cover, and which parts a rewritten copy would lose.
 * Part names are resolved the way Excel does (relative to the part, or absolute from the package
 * root), so files from .NET and Java libraries with "/xl/workbook.xml" targets read the same.
 */
import * as path from 'node:path/posix';
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import { indentedCells, indentingFormats, type CellIndent } from './indents';
import { oddNumbers, type OddNumber } from './odd-numbers';
import { formulasWithoutResult, type CellPos } from './formulas-without-result';
import { decodeXml } from '../xml-text';

/** The package's parts by name (without a leading "/"), read on demand. */
export interface PackageFiles {
  bytes(name: string): Uint8Array | null;
  names(): readonly string[];
}

function textOf(files: PackageFiles, name: string): string | null {
  const b = files.bytes(name);
  return b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : null;
}

/** A sheet's XML after its cell data (validations and protection sit there): no need to decode the cells. */
function tailAfterCells(files: PackageFiles, name: string): string {
  const b = files.bytes(name);
  if (!b) return '';
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const at = Math.max(buf.lastIndexOf('sheetData>'), buf.lastIndexOf('<sheetData'), 0);
  return buf.toString('utf8', at);
}

export interface TablePart {
  readonly name: string;
  readonly range: RangePos;
  readonly showTotals: boolean;
  /** A filter column has values or custom criteria set. */
  readonly criteria: boolean;
}

export interface SheetPart {
  readonly name: string;
  readonly path: string;
  readonly tables: readonly TablePart[];
  /** Cells covered by the sheet's data validations, whole columns counted in full. */
  readonly validatedCells: number;
  readonly protected: boolean;
  /** Cells indented by their format (a budget's hierarchy). */
  readonly indents: readonly CellIndent[];
  /** Number cells whose stored text the reader would turn into another number (odd-numbers.ts). */
  readonly oddNumbers: readonly OddNumber[];
  /** Formula cells saved with no result, which the reader leaves out (formulas-without-result.ts). */
  readonly noResult: readonly CellPos[];
}

const REL_TABLE = /\/table$/;
const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function relsOf(files: PackageFiles, part: string): Map<string, { type: string; target: string }> {
  const dir = path.dirname(part);
  const relsName = path.join(dir, '_rels', `${path.basename(part)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  const xml = textOf(files, relsName);
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || !target || attr(m[0], 'TargetMode') === 'External') continue;
    out.set(id, { type: attr(m[0], 'Type') ?? '', target: resolvePart(dir, target) });
  }
  return out;
}

/** "../tables/table1.xml" from "xl/worksheets" -> "xl/tables/table1.xml"; "/xl/x.xml" -> "xl/x.xml". */
export function resolvePart(fromDir: string, target: string): string {
  const t = decodeURI(target.replace(/\\/g, '/'));
  return (t.startsWith('/') ? path.normalize(t) : path.join('/', fromDir, t)).replace(/^\/+/, '');
}

/** The workbook part: from the package relationships, else the usual name. */
function workbookPart(files: PackageFiles): string | null {
  for (const rel of relsOf(files, '').values()) {
    if (/\/officeDocument$/.test(rel.type) && files.bytes(rel.target) !== null) return rel.target;
  }
  return files.bytes('xl/workbook.xml') !== null ? 'xl/workbook.xml' : null;
}

function readTable(xml: string): TablePart | null {
  const open = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  const ref = open ? attr(open, 'ref') : undefined;
  const range = ref ? parseA1Range(ref) : null;
  if (!open || !range) return null;
  // totalsRowShown only says a total row was once shown; totalsRowCount says there is one now.
  const totals = Number(attr(open, 'totalsRowCount') ?? '0');
  const criteria =
    /<(?:\w+:)?filterColumn\b[^>]*>\s*<(?:\w+:)?(?:filters|customFilters|top10|dynamicFilter|colorFilter|iconFilter)\b/.test(
      xml,
    );
  return {
    name: decodeXml(attr(open, 'displayName') ?? attr(open, 'name') ?? ''),
    range,
    showTotals: totals > 0,
    criteria,
  };
}

/** Cells covered by all sqref ranges of the data validations in a sheet's XML. */
export function validatedCellCount(sheetXml: string): number {
  let cells = 0;
  for (const m of sheetXml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*\ssqref="([^"]*)"/g)) {
    for (const ref of m[1].trim().split(/\s+/)) cells += refArea(ref);
  }
  return cells;
}

/** Area of "A1", "A1:B9", "A:A" or "1:1" (whole columns and rows counted in full). */
function refArea(ref: string): number {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(ref);
  if (cols) return (Math.abs(colNumber(cols[2]) - colNumber(cols[1])) + 1) * 1_048_576;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) return (Math.abs(Number(rows[2]) - Number(rows[1])) + 1) * 16_384;
  const r = parseA1Range(ref.replace(/\$/g, ''));
  return r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The cell formats that indent, from the styles part the workbook names (indents.ts). */
export function bookIndenting(files: PackageFiles): Map<number, number> {
  const wbPart = workbookPart(files);
  if (!wbPart) return new Map();
  const styles = [...relsOf(files, wbPart).values()].find((r) => /\/styles$/.test(r.type));
  return indentingFormats((styles && textOf(files, styles.target)) ?? '');
}

/**
 * Every worksheet of the workbook in order, with its tables and validation size; [] when unreadable.
 * `scanCells: false` leaves out what is found among the cells (indents, odd numbers, formulas without a
 * result), for a reader that finds those itself as it reads the cells (sheet-scan.ts).
 */
export function sheetParts(files: PackageFiles, scanCells = true): SheetPart[] {
  const wbPart = workbookPart(files);
  const wbXml = wbPart ? textOf(files, wbPart) : null;
  if (!wbPart || !wbXml) return [];
  const rels = relsOf(files, wbPart);
  const indenting = scanCells ? bookIndenting(files) : new Map<number, number>();
  const out: SheetPart[] = [];
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    const rel = id ? rels.get(id) : undefined;
    const name = decodeXml(attr(m[0], 'name') ?? '');
    if (!rel) continue;
    const tail = tailAfterCells(files, rel.target);
    const xml = scanCells ? (textOf(files, rel.target) ?? '') : '';
    const tables: TablePart[] = [];
    for (const t of relsOf(files, rel.target).values()) {
      if (!REL_TABLE.test(t.type)) continue;
      const table = readTable(textOf(files, t.target) ?? '');
      if (table) tables.push(table);
    }
    const protection = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(tail)?.[0];
    const sheetFlag = protection ? attr(protection, 'sheet') : undefined;
    out.push({
      name,
      path: rel.target,
      tables,
      validatedCells: validatedCellCount(tail),
      protected: sheetFlag === '1' || sheetFlag === 'true',
      indents: indenting.size ? indentedCells(xml, indenting) : [],
      oddNumbers: scanCells ? oddNumbers(xml) : [],
      noResult: scanCells ? formulasWithoutResult(xml) : [],
    });
  }
  return out;
}

/** Kinds of content a copy rewritten by Fordel's writer would drop, found by part name. */
const DROPPED: readonly [RegExp, { da: string; en: string }][] = [
  [/^xl\/charts\/chart/i, { da: 'diagrammer', en: 'charts' }],
  [/^xl\/pivot(?:Tables|Cache)\//i, { da: 'pivottabeller', en: 'pivot tables' }],
  [/^xl\/(?:slicers|slicerCaches|timelines|timelineCaches)\//i, { da: 'udsnitsværktøjer', en: 'slicers' }],
  [/^xl\/externalLinks\//i, { da: 'kæder til andre filer', en: 'links to other files' }],
  [/^xl\/(?:activeX|ctrlProps)\//i, { da: 'kontrolelementer', en: 'form controls' }],
  [/^xl\/vbaProject\.bin$/i, { da: 'makroer', en: 'macros' }],
  [/^xl\/threadedComments\//i, { da: 'trådede kommentarer', en: 'threaded comments' }],
];

export function droppedContent(files: PackageFiles): { da: string; en: string }[] {
  const names = files.names();
  return DROPPED.filter(([re]) => names.some((n) => re.test(n))).map(([, what]) => what);
}
