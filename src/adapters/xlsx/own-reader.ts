/**
 * Fordel's own reader of .xlsx and .xlsm workbooks: from the zip entries the guard has unpacked straight to
 * Fordel's grids, with the shared strings and the number formats read once and every sheet scanned byte by
 * byte (sheet-scan.ts). It gives exactly the reading the SheetJS path gives (the differential test in
 * test/adapters/xlsx proves it on every workbook Fordel's tests hold), in a fraction of its time and memory.
 * A workbook in a form it does not know is left to SheetJS (reader-fallback.ts).
 */
import { SETTINGS_SHEET } from '../../core/output/plan';
import type { SheetGrid } from '../../core/grid/grid';
import type { UnreadSheet } from '../../core/check/unread-sheets';
import { settingsOf } from './book-settings';
import { cellFormats } from './cell-formats';
import { bookIndenting, droppedContent, sheetParts, type PackageFiles } from './package-parts';
import type { BookReading } from './read-book';
import { NotUnderstood, notUnderstood } from './reader-fallback';
import { sharedStrings } from './shared-strings';
import { scannedGrid } from './sheet-grid';
import { scanSheet } from './sheet-scan';
import { unescapeXml } from './xml-unescape';
import { zipParts } from './zip-parts';
import type { Unpacked } from './zip-guard';

const CONTENT_TYPES_NS = 'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"';
const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const STRINGS_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  'application/vnd.ms-excel.sharedStrings',
]);
const STYLES_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  'application/vnd.ms-excel.styles',
]);
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function textOf(files: PackageFiles, name: string): string | null {
  const b = files.bytes(name);
  return b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : null;
}

function bufferOf(files: PackageFiles, name: string): Buffer {
  const b = files.bytes(name) ?? notUnderstood(`missing part ${name}`);
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Tags of one element name, refusing single-quoted attributes (which the simple reading here skips). */
function tags(xml: string, name: string): string[] {
  const out = [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
  if (out.some((t) => t.includes("='"))) notUnderstood(`${name} quoting`);
  return out;
}

interface PackageMap {
  readonly strings: string | null;
  readonly styles: string | null;
}

function contentTypes(files: PackageFiles): PackageMap {
  const xml = textOf(files, '[Content_Types].xml') ?? notUnderstood('no content types');
  const root = /<Types\b[^>]*>/.exec(xml)?.[0];
  if (!root?.includes(CONTENT_TYPES_NS)) notUnderstood('content types namespace');
  const overrides = tags(xml, 'Override').map((t) => ({
    part: attr(t, 'PartName') ?? '',
    type: attr(t, 'ContentType') ?? '',
  }));
  const workbooks = overrides.filter((o) => WORKBOOK_TYPES.has(o.type));
  if (workbooks.length !== 1 || workbooks[0].part !== '/xl/workbook.xml') notUnderstood('workbook part');
  const first = (types: Set<string>): string | null =>
    overrides.find((o) => types.has(o.type))?.part.replace(/^\//, '') ?? null;
  return { strings: first(STRINGS_TYPES), styles: first(STYLES_TYPES) };
}

interface BookSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly path: string;
}

function workbookSheets(files: PackageFiles): { sheets: BookSheet[]; recalcOnOpen: boolean } {
  const xml = textOf(files, 'xl/workbook.xml') ?? notUnderstood('no workbook');
  const root = /<workbook\b[^>]*>/.exec(xml)?.[0];
  if (!root?.includes(MAIN_NS) || /<\w+:(?:sheets?|calcPr)\b/.test(xml)) notUnderstood('workbook form');
  const relsXml = textOf(files, 'xl/_rels/workbook.xml.rels') ?? notUnderstood('no workbook relations');
  const rels = new Map<string, { type: string; target: string }>();
  for (const t of tags(relsXml, 'Relationship')) {
    const id = attr(t, 'Id');
    if (id !== undefined)
      rels.set(id, { type: attr(t, 'Type') ?? '', target: unescapeXml(attr(t, 'Target') ?? '') });
  }
  const names = new Set<string>();
  const sheets = tags(xml, 'sheet').map((t) => {
    const name = unescapeXml(attr(t, 'name') ?? notUnderstood('sheet without name'));
    if (names.has(name)) notUnderstood('two sheets of one name');
    names.add(name);
    const ids = [...t.matchAll(/\s(?:\w+:)?id="([^"]*)"/g)];
    const rel = ids.length === 1 ? rels.get(ids[0][1]) : undefined;
    if (!rel || rel.type !== WORKSHEET_REL) notUnderstood('sheet relation');
    const path = `xl/${rel.target.replace(/[/]?xl\//, '')}`;
    if (!files.bytes(path)) notUnderstood('sheet part');
    const state = attr(t, 'state');
    return { name, hidden: state === 'hidden' || state === 'veryHidden', path };
  });
  const calc = tags(xml, 'calcPr').pop();
  const full = calc ? attr(calc, 'fullCalcOnLoad') : undefined;
  return { sheets, recalcOnOpen: /^(1|true)$/i.test(String(full ?? '')) };
}

/** The reading of an .xlsx/.xlsm workbook, or why it is left to SheetJS. */
export function readOwnBook(
  bytes: Buffer,
  kind: 'xlsx' | 'xlsm',
  unpacked?: Unpacked,
): BookReading | NotUnderstood {
  try {
    return ownReading(bytes, kind, unpacked);
  } catch (e) {
    if (e instanceof NotUnderstood) return e;
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return new NotUnderstood('part size');
    throw e;
  }
}

function ownReading(bytes: Buffer, kind: 'xlsx' | 'xlsm', unpacked?: Unpacked): BookReading {
  const files = zipParts(bytes, unpacked);
  const map = contentTypes(files);
  const { sheets, recalcOnOpen } = workbookSheets(files);
  const parts = sheetParts(files, false);
  const strings = sharedStrings(map.strings ? textOf(files, map.strings) : null);
  const formats = cellFormats(map.styles ? textOf(files, map.styles) : null);
  const book = { strings, indenting: bookIndenting(files) };
  const grids: SheetGrid[] = [];
  const unread: UnreadSheet[] = [];
  let merges = 0;
  for (const s of sheets) {
    const part = parts.find((p) => p.name === s.name);
    if (!part || part.path.toLowerCase() !== s.path.toLowerCase()) notUnderstood('sheet parts disagree');
    const grid = scannedGrid(
      s.name,
      scanSheet(bufferOf(files, s.path), book),
      formats,
      part,
      s.hidden,
      recalcOnOpen,
    );
    if ('unread' in grid) {
      // Hidden sheets (Fordel's settings among them) are not checked, so only visible ones are reported.
      if (!s.hidden && s.name !== SETTINGS_SHEET) unread.push(grid.unread);
      continue;
    }
    merges += grid.merges?.length ?? 0;
    grids.push(grid);
  }
  const settingsGrid = grids.find((g) => g.name === SETTINGS_SHEET);
  return {
    grids,
    sheetNames: sheets.map((s) => s.name),
    settings: settingsGrid ? settingsOf(settingsGrid) : null,
    merges,
    validatedCells: parts.reduce((n, p) => n + p.validatedCells, 0),
    dropped: kind === 'xlsx' ? droppedContent(files) : [],
    unread,
  };
}
