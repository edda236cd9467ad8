/**
 * A checked copy that keeps everything: the user's .xlsx or .xlsm package copied part by part, byte for
 * byte, with only what Fordel adds rewritten - the sheets it writes into, its own sheets, the styles
 * (extended, never replaced) and the lists that name the parts (workbook.xml, its relationships,
 * [Content_Types].xml). Charts, pivot tables, slicers, macros, comments, defined names and links to
 * other files are parts Fordel never opens, so they survive as they were. The plan is checked in full
 * before anything is changed (plan-checks.ts).
 */
import * as posix from 'node:path/posix';
import { a1, columnLetters, parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { isCellError, type RawValue } from '../../core/grid/grid';
import {
  SETTINGS_SHEET,
  type FordelSettings,
  type OutValue,
  type OwnedSheet,
  type SavedFill,
  type WritePlan,
} from '../../core/output/plan';
import { fillsToRecord, forEachCell, partitionFills, savedFill } from '../../core/output/saved-fills';
import { settingsToValues } from '../../core/output/settings-sheet';
import {
  CopyStyles,
  escapeXml,
  fillJson,
  fillXml,
  savedFillJson,
  isLink,
  type FillJson,
  type StylePatch,
} from './copy-styles';
import { SheetPatch, type CellMaker, type CellNow } from './copy-sheet';
import { HIGHLIGHT_ARGB } from './highlight-colors';
import { resolvePart } from './package-parts';
import { checkPlan, EXCEL_LIMITS, mergedInside, type WriteTarget } from './plan-checks';
import { packPart, packPieces, readZipParts, unpack, writeZip, type ZipPart } from './zip-copy';
import { decodeXml } from '../xml-text';

const OURS = new Set(Object.values(HIGHLIGHT_ARGB));
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface BookSheet {
  name: string;
  path: string | null;
  /** The <sheet> element in workbook.xml, as written there. */
  tag: string;
}

export interface CopyOutcome {
  readonly cells: number;
  readonly refused?: Text;
  readonly settings?: FordelSettings;
}

const attrOf = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Text as a cell holds it: XML-escaped, characters XML cannot carry written Excel's way (_x0001_). */
function cellText(s: string): string {
  const cut = s.length > EXCEL_LIMITS.text ? s.slice(0, EXCEL_LIMITS.text) : s;
  return escapeXml(
    cut
      .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      ),
  );
}

function valueXml(ref: string, s: number, value: OutValue): string {
  const style = s ? ` s="${s}"` : '';
  if (value === null) return `<c r="${ref}"${style}/>`;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const shown = typeof value === 'string' ? value : value.text;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(shown)}</t></is></c>`;
}

/** The cell as it is, with another cell format. */
function restyled(ref: string, now: CellNow, s: number): string {
  if (!now.xml) return `<c r="${ref}" s="${s}"/>`;
  const open = /^<c\b[^>]*?(\/?)>/.exec(now.xml)![0];
  const tag = /\ss="[^"]*"/.test(open)
    ? open.replace(/\ss="[^"]*"/, ` s="${s}"`)
    : open.replace(/^<c\b/, `<c s="${s}"`);
  return tag + now.xml.slice(open.length);
}

export class PackageCopy {
  private readonly parts: ZipPart[];
  private readonly replaced = new Map<string, Buffer>();
  /** Parts left out of the copy: Fordel's own sheets a clean deletes. */
  private readonly removed = new Set<string>();
  private readonly sheets: BookSheet[];
  private readonly patches = new Map<string, SheetPatch | null>();
  private workbookXml: string;
  private relsXml: string;
  private typesXml: string;
  private readonly relsPath: string;
  private readonly relPrefix: string;
  private styles: CopyStyles | null = null;
  private readonly stylesPath: string | null;

  private constructor(
    parts: ZipPart[],
    private readonly workbookPath: string,
    /** The value the reader saw in a cell, for the check that an edited cell did not change. */
    private readonly valueAt: (sheet: string, row: number, col: number) => RawValue | undefined,
  ) {
    this.parts = parts;
    const dir = posix.dirname(workbookPath);
    this.relsPath = posix.join(dir, '_rels', `${posix.basename(workbookPath)}.rels`);
    this.workbookXml = this.text(workbookPath)!;
    this.relsXml = this.text(this.relsPath) ?? '';
    this.typesXml = this.text('[Content_Types].xml') ?? '';
    const prefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(this.workbookXml)?.[1];
    if (!prefix || !this.relsXml || !this.typesXml || /<\w+:sheets\b/.test(this.workbookXml))
      throw new Error('workbook lists not in the usual form');
    this.relPrefix = prefix;
    const rels = new Map<string, { type: string; target: string }>();
    for (const m of this.relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = attrOf(m[0], 'Id');
      const target = attrOf(m[0], 'Target');
      if (id && target && attrOf(m[0], 'TargetMode') !== 'External')
        rels.set(id, { type: attrOf(m[0], 'Type') ?? '', target: resolvePart(dir, target) });
    }
    this.sheets = [...this.workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
      const rel = rels.get(attrOf(m[0], `${prefix}:id`) ?? '');
      return {
        name: decodeXml(attrOf(m[0], 'name') ?? ''),
        path: rel && /\/worksheet$/.test(rel.type) ? rel.target : null,
        tag: m[0],
      };
    });
    const styles = [...rels.values()].find((r) => /\/styles$/.test(r.type));
    this.stylesPath = styles?.target ?? null;
  }

  /** Null when the package is not one this writer can copy safely (the caller then says why). */
  static open(
    bytes: Buffer,
    valueAt: (sheet: string, row: number, col: number) => RawValue | undefined,
  ): PackageCopy | null {
    const parts = readZipParts(bytes);
    if (!parts) return null;
    try {
      const names = new Set(parts.map((p) => p.name));
      const root = parts.find((p) => p.name === '_rels/.rels');
      const rootXml = root ? unpack(root).toString('utf8') : '';
      let workbook = 'xl/workbook.xml';
      for (const m of rootXml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (/\/officeDocument$/.test(attrOf(m[0], 'Type') ?? ''))
          workbook = resolvePart('', attrOf(m[0], 'Target') ?? '');
      }
      if (!names.has(workbook)) return null;
      return new PackageCopy(parts, workbook, valueAt);
    } catch {
      return null;
    }
  }

  private text(name: string): string | null {
    const replaced = this.replaced.get(name);
    if (replaced) return replaced.toString('utf8');
    const part = this.parts.find((p) => p.name === name);
    return part ? unpack(part).toString('utf8') : null;
  }

  /** The workbook's sheets in order, with their visibility as workbook.xml gives it. */
  sheetList(): { name: string; state: string; worksheet: boolean }[] {
    return this.sheets.map((s) => ({
      name: s.name,
      state: attrOf(s.tag, 'state') ?? 'visible',
      worksheet: s.path !== null,
    }));
  }

  private sheet(name: string): BookSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet's part, to be patched; null for a sheet this writer cannot patch or that is not there. */
  patch(name: string): SheetPatch | null {
    const sheet = this.sheet(name);
    if (!sheet?.path) return null;
    if (!this.patches.has(sheet.path)) {
      const xml = this.text(sheet.path);
      this.patches.set(sheet.path, xml === null ? null : SheetPatch.read(xml));
    }
    return this.patches.get(sheet.path) ?? null;
  }

  stylesBook(): CopyStyles {
    if (!this.styles) {
      const xml = this.stylesPath ? this.text(this.stylesPath) : null;
      this.styles = xml ? CopyStyles.read(xml) : null;
      if (!this.styles) throw new Error('styles cannot be extended');
    }
    return this.styles;
  }

  /** Whether every sheet the plan writes into can be patched here; false sends the caller elsewhere. */
  canWrite(plan: WritePlan): boolean {
    try {
      this.stylesBook();
      const targets = new Set([
        ...plan.blocks.map((b) => b.sheet),
        ...plan.highlights.map((h) => h.sheet),
        ...(plan.userEdits ?? []).map((e) => e.sheet),
        ...(plan.restoreFills ?? []).map((f) => f.sheet),
        ...(plan.settings.fills ?? []).map((f) => f.sheet),
      ]);
      const owned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
      for (const t of targets) {
        if (owned.has(t.toLowerCase())) continue;
        if (this.sheet(t)?.path && !this.patch(t)) return false;
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Applies the plan, or refuses with a reason and changes nothing. */
  apply(plan: WritePlan, previous: FordelSettings | null): CopyOutcome {
    const refused = checkPlan(this.target(), plan, previous) ?? this.checkEdits(plan);
    if (refused) return { cells: 0, refused };
    const styles = this.stylesBook();
    const fillAt = (sheet: string, r: number, c: number): FillJson | undefined => {
      const p = this.patch(sheet);
      const xml = p ? styles.fillOf(p.styleAt(r, c)) : null;
      const fill = xml ? fillJson(xml) : null;
      return fill && !(fill.type === 'pattern' && fill.pattern === 'none') ? fill : undefined;
    };
    const isOurs = (f: FillJson | null | undefined): boolean =>
      f?.type === 'pattern' &&
      f.pattern === 'solid' &&
      typeof f.fgColor?.argb === 'string' &&
      OURS.has(f.fgColor.argb.toUpperCase());
    // Read before anything is painted: the fill a cell had before Fordel's first highlight there.
    const saved = partitionFills(
      plan.settings.fills ?? [],
      (sheet, r, c) => !this.patch(sheet) || isOurs(fillAt(sheet, r, c)),
    )[0];
    const fills: SavedFill[] = [...saved];
    for (const { sheet, range } of fillsToRecord(plan.highlights, saved)) {
      if (!this.patch(sheet)) continue;
      const cells: { range: RangePos; fill: FillJson | undefined }[] = [];
      forEachCell(range, (r, c) =>
        cells.push({ range: { top: r, left: c, bottom: r, right: c }, fill: fillAt(sheet, r, c) }),
      );
      const raw = (f: FillJson | undefined): string | undefined => (f ? JSON.stringify(f) : undefined);
      const same = cells.every((x) => raw(x.fill) === raw(cells[0].fill));
      for (const x of same ? [{ range, fill: cells[0].fill }] : cells)
        fills.push(savedFill(sheet, x.range, colorOf(x.fill), raw(x.fill)));
    }
    const widthsBefore = new Set((plan.settings.widths ?? []).map((w) => `${w.sheet}!${w.column}`));
    const widthsAdded: { sheet: string; column: string; width: number | null }[] = [];

    let cells = 0;
    for (const e of plan.userEdits ?? []) {
      const ref = a1(e.row, e.col);
      this.patch(e.sheet)!.setCell(e.row, e.col, (now) => valueXml(ref, now.s, e.value), true);
      cells++;
    }
    for (const owned of plan.sheets) cells += this.writeOwnedSheet(owned, styles);
    for (const block of plan.blocks) {
      const patch = this.patch(block.sheet);
      if (!patch) continue;
      // One maker per column of the block, reading the value when the part is written: a block of
      // 300.000 rows costs no function, style or reference per cell until then.
      const width = block.values.reduce((w, row) => Math.max(w, row.length), 0);
      const makers = Array.from({ length: width }, (_, c): CellMaker => {
        const fmt = typeof block.numberFormat === 'string' ? block.numberFormat : block.numberFormat?.[c];
        const plain: StylePatch = { ...(fmt ? { numFmt: fmt } : {}), ...(block.bold ? { bold: true } : {}) };
        const linked: StylePatch = { ...plain, link: true };
        const letters = columnLetters(block.left + c);
        // A column's cells mostly share the format they are given: the last one derived is kept.
        let last = { from: -1, link: false, s: 0 };
        return (now, row, col) => {
          const value = block.values[row - block.top][col - block.left];
          const link = isLink(value);
          if (now.s !== last.from || link !== last.link) {
            const style = link ? linked : plain;
            last = { from: now.s, link, s: Object.keys(style).length ? styles.derive(now.s, style) : now.s };
          }
          return valueXml(col === block.left + c ? `${letters}${row + 1}` : a1(row, col), last.s, value);
        };
      });
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          patch.setCell(block.top + r, block.left + c, makers[c], true);
          if (isLink(value)) patch.addLink(block.top + r, block.left + c, value.link, value.text);
          cells++;
        }),
      );
      // Widen only: the column may also hold the user's data further down.
      block.columnWidths?.forEach((w, c) => {
        const col = block.left + c;
        const now = patch.colWidth(col);
        if ((now ?? 0) >= w) return;
        const column = a1(0, col).replace(/\d+$/, '');
        const key = `${block.sheet}!${column}`;
        if (!widthsBefore.has(key)) {
          widthsBefore.add(key);
          widthsAdded.push({ sheet: block.sheet, column, width: now ?? null });
        }
        patch.setWidth(col, w);
      });
    }
    for (const f of plan.restoreFills ?? []) {
      const patch = this.patch(f.sheet);
      const range = parseA1Range(f.range);
      if (!patch || !range) continue;
      const xml = fillXml(savedFillJson(f));
      forEachCell(range, (r, c) => {
        const ref = a1(r, c);
        patch.setCell(
          r,
          c,
          (now) => {
            const current = styles.fillOf(now.s);
            return isOurs(current ? fillJson(current) : null)
              ? restyled(ref, now, styles.derive(now.s, { fill: xml }))
              : (now.xml ?? `<c r="${ref}"${now.s ? ` s="${now.s}"` : ''}/>`);
          },
          false,
        );
      });
    }
    for (const h of plan.highlights) {
      const patch = this.patch(h.sheet);
      if (!patch) continue;
      const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${HIGHLIGHT_ARGB[h.severity]}"/><bgColor indexed="64"/></patternFill></fill>`;
      forEachCell(h.range, (r, c) => {
        const ref = a1(r, c);
        patch.setCell(r, c, (now) => restyled(ref, now, styles.derive(now.s, { fill: xml })), false);
      });
    }
    const settings: FordelSettings = {
      ...plan.settings,
      ...(fills.length || plan.settings.fills ? { fills } : {}),
      ...(widthsAdded.length ? { widths: [...(plan.settings.widths ?? []), ...widthsAdded] } : {}),
    };
    this.writeOwnedSheet(
      { name: SETTINGS_SHEET, values: settingsToValues(settings), hidden: true },
      styles,
      'veryHidden',
    );
    return { cells, settings };
  }

  /** The whole package: original parts as they were packed, rewritten and new parts packed now. */
  toBuffer(): Buffer {
    // Sheets first, packed as their text is written: their cells make the styles they need as they go.
    const sheets = new Map<string, ZipPart>();
    for (const [path, patch] of this.patches) {
      if (!patch?.changed || this.removed.has(path)) continue;
      const like = this.parts.find((p) => p.name === path);
      sheets.set(
        path,
        packPieces(path, (sink) => patch.writeTo(sink), like),
      );
    }
    const styles = this.styles?.toXml();
    if (styles && this.stylesPath) this.replaced.set(this.stylesPath, Buffer.from(styles, 'utf8'));
    const out: ZipPart[] = [];
    const seen = new Set<string>();
    for (const p of this.parts) {
      if (this.removed.has(p.name)) continue;
      const content = this.replaced.get(p.name);
      out.push(sheets.get(p.name) ?? (content ? packPart(p.name, content, p) : p));
      seen.add(p.name);
    }
    for (const [name, part] of sheets) {
      if (!seen.has(name)) out.push(part);
      seen.add(name);
    }
    for (const [name, content] of this.replaced)
      if (!seen.has(name) && !this.removed.has(name) && !sheets.has(name)) out.push(packPart(name, content));
    return writeZip(out);
  }

  /** Fordel's settings sheet written afresh (very hidden). */
  writeSettings(settings: FordelSettings): void {
    this.writeOwnedSheet(
      { name: SETTINGS_SHEET, values: settingsToValues(settings), hidden: true },
      this.stylesBook(),
      'veryHidden',
    );
  }

  /**
   * Deletes a sheet Fordel made: its part and the part's relationships, its entries in the workbook's
   * lists, the names that belong to it; the names and views of the sheets after it move up one place.
   */
  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) return;
    const index = this.sheets.indexOf(sheet);
    const rid = attrOf(sheet.tag, `${this.relPrefix}:id`);
    let wb = this.workbookXml.replace(sheet.tag, '');
    wb = wb.replace(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g, (m) => {
      const local = /\slocalSheetId="(\d+)"/.exec(m);
      if (!local) return m;
      const n = Number(local[1]);
      if (n === index) return '';
      return n > index ? m.replace(local[0], ` localSheetId="${n - 1}"`) : m;
    });
    wb = wb.replace(/<definedNames>\s*<\/definedNames>/, '');
    const after = this.sheets.filter((s) => s !== sheet);
    const firstVisible = Math.max(
      0,
      after.findIndex((s) => !/\sstate="(?:hidden|veryHidden)"/.test(s.tag)),
    );
    wb = wb.replace(/<workbookView\b[^>]*>/g, (view) =>
      view.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_, attr: string, v: string) => {
        const n = Number(v);
        let moved = n > index ? n - 1 : n;
        // The tab shown was the deleted sheet, or the place is a hidden sheet: the first visible one.
        if (moved >= after.length || /\sstate="(?:hidden|veryHidden)"/.test(after[moved].tag))
          moved = firstVisible;
        return ` ${attr}="${moved}"`;
      }),
    );
    this.workbookXml = wb;
    if (rid)
      this.relsXml = this.relsXml.replace(
        new RegExp(`<Relationship\\b[^>]*\\sId="${escapeRegExp(rid)}"[^>]*/>`),
        '',
      );
    if (sheet.path) {
      const path = sheet.path;
      this.typesXml = this.typesXml.replace(
        new RegExp(`<Override\\b[^>]*\\sPartName="/${escapeRegExp(path)}"[^>]*/>`, 'i'),
        '',
      );
      this.removed.add(path);
      this.removed.add(posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`));
      this.replaced.delete(path);
      this.patches.delete(path);
    }
    this.sheets.splice(index, 1);
    this.saveLists();
  }

  /**
   * Leaves out the calculation chain, which Excel rebuilds: needed when a cell that held a formula is
   * emptied, as Excel reports a chain that names a cell without one as damage to repair.
   */
  dropCalcChain(): void {
    const rel = [...this.relsXml.matchAll(/<Relationship\b[^>]*>/g)].find((m) =>
      /\/calcChain$/.test(attrOf(m[0], 'Type') ?? ''),
    );
    if (!rel) return;
    const path = resolvePart(posix.dirname(this.workbookPath), attrOf(rel[0], 'Target') ?? '');
    this.relsXml = this.relsXml.replace(rel[0], '');
    this.typesXml = this.typesXml.replace(
      new RegExp(`<Override\\b[^>]*\\sPartName="/${escapeRegExp(path)}"[^>]*/>`, 'i'),
      '',
    );
    this.removed.add(path);
    this.saveLists();
  }

  private saveLists(): void {
    this.replaced.set(this.workbookPath, Buffer.from(this.workbookXml, 'utf8'));
    this.replaced.set(this.relsPath, Buffer.from(this.relsXml, 'utf8'));
    this.replaced.set('[Content_Types].xml', Buffer.from(this.typesXml, 'utf8'));
  }

  private writeOwnedSheet(owned: OwnedSheet, styles: CopyStyles, state?: string): number {
    const bold = new Set(owned.boldRows ?? []);
    let cells = 0;
    const links: string[] = [];
    const rows = owned.values.map((row, r) => {
      const xml = row
        .map((value, c) => {
          const fmt = owned.numberFormats?.[c];
          const style: StylePatch = {
            ...(fmt && typeof value === 'number' ? { numFmt: fmt } : {}),
            ...(bold.has(r) ? { bold: true } : {}),
            ...(isLink(value) ? { link: true } : {}),
          };
          const ref = a1(r, c);
          if (isLink(value))
            links.push(
              `<hyperlink ref="${ref}" location="${escapeXml(value.link)}" display="${escapeXml(value.text)}"/>`,
            );
          cells++;
          return valueXml(ref, Object.keys(style).length ? styles.derive(0, style) : 0, value);
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    });
    const cols = (owned.columnWidths ?? [])
      .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
      .join('');
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      (cols ? `<cols>${cols}</cols>` : '') +
      `<sheetData>${rows.join('')}</sheetData>` +
      (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const visibility = state ?? (owned.hidden ? 'hidden' : undefined);
    const existing = this.sheet(owned.name);
    if (existing?.path) {
      this.patches.delete(existing.path);
      this.replaced.set(existing.path, Buffer.from(xml, 'utf8'));
      let tag = existing.tag.replace(/\sstate="[^"]*"/, '');
      if (visibility) tag = tag.replace(/^<sheet\b/, `<sheet state="${visibility}"`);
      this.workbookXml = this.workbookXml.replace(existing.tag, tag);
      existing.tag = tag;
    } else {
      const path = this.freePart();
      const rid = this.freeRelId();
      const sheetId =
        Math.max(
          0,
          ...[...this.workbookXml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1])),
        ) + 1;
      const tag = `<sheet name="${escapeXml(owned.name)}" sheetId="${sheetId}"${visibility ? ` state="${visibility}"` : ''} ${this.relPrefix}:id="${rid}"/>`;
      this.workbookXml = this.workbookXml.replace(/<\/sheets>/, `${tag}</sheets>`);
      const target = posix.relative(posix.dirname(this.workbookPath), path);
      this.relsXml = this.relsXml.replace(
        /<\/Relationships>/,
        `<Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="${target}"/></Relationships>`,
      );
      this.typesXml = this.typesXml.replace(
        /<\/Types>/,
        `<Override PartName="/${path}" ContentType="${WORKSHEET_TYPE}"/></Types>`,
      );
      this.replaced.set(path, Buffer.from(xml, 'utf8'));
      this.sheets.push({ name: owned.name, path, tag });
    }
    this.saveLists();
    return cells;
  }

  private freePart(): string {
    const taken = new Set([
      ...this.parts.map((p) => p.name.toLowerCase()),
      ...[...this.replaced.keys()].map((k) => k.toLowerCase()),
    ]);
    const dir = posix.join(posix.dirname(this.workbookPath), 'worksheets');
    for (let n = 1; ; n++) {
      const name = posix.join(dir, `sheet${n}.xml`);
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  private freeRelId(): string {
    const taken = new Set([...this.relsXml.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
    for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
  }

  isProtected(name: string): boolean {
    const patch = this.patch(name);
    if (patch) return patch.isProtected();
    const sheet = this.sheet(name);
    const xml = sheet?.path ? this.text(sheet.path) : null;
    const tag = xml
      ? /<sheetProtection\b[^>]*>/.exec(xml.slice(Math.max(0, xml.lastIndexOf('sheetData>'))))?.[0]
      : undefined;
    const flag = tag ? attrOf(tag, 'sheet') : undefined;
    return flag === '1' || flag === 'true';
  }

  /**
   * The package as the shared plan checks see it. They ask once per block and highlight, so each sheet's
   * answers are worked out once: a large sheet is not searched again for every highlight on it.
   */
  private target(): WriteTarget {
    const once = <T>(make: (name: string) => T): ((name: string) => T) => {
      const known = new Map<string, T>();
      return (name) => {
        if (!known.has(name)) known.set(name, make(name));
        return known.get(name)!;
      };
    };
    return {
      hasSheet: (name) => this.sheet(name) !== undefined,
      isProtected: once((name) => this.isProtected(name)),
      merges: once((name) => this.patch(name)?.merges() ?? []),
    };
  }

  private checkEdits(plan: WritePlan): Text | null {
    for (const e of plan.userEdits ?? []) {
      const where = `${e.sheet}!${a1(e.row, e.col)}`;
      const patch = this.patch(e.sheet);
      if (!patch || e.sheet === SETTINGS_SHEET)
        return text(`Arket "${e.sheet}" findes ikke.`, `Sheet "${e.sheet}" does not exist.`);
      if (this.isProtected(e.sheet))
        return text(
          `Arket "${e.sheet}" er beskyttet; den præcise fordeling kan ikke indsættes.`,
          `Sheet "${e.sheet}" is protected; the exact split cannot be inserted.`,
        );
      if (!Number.isFinite(e.value) || e.row < 0 || e.col < 0)
        return text(`${where} kan ikke skrives.`, `${where} cannot be written.`);
      const one = { top: e.row, left: e.col, bottom: e.row, right: e.col };
      if (mergedInside(patch.merges(), one))
        return text(`${where} er en del af en flettet celle.`, `${where} is part of a merged cell.`);
      if (/<f\b/.test(patch.cellXml(e.row, e.col) ?? ''))
        return text(
          `${where} indeholder en formel; Fordel erstatter ikke formler.`,
          `${where} holds a formula; Fordel does not replace formulas.`,
        );
      const now = this.valueAt(e.sheet, e.row, e.col) ?? null;
      const same = isCellError(now) ? now.error === e.previous : (now === '' ? null : now) === e.previous;
      if (!same)
        return text(
          `${where} er ændret siden kontrollen; kør kontrollen igen, før den præcise fordeling indsættes.`,
          `${where} has changed since the check; run the check again before inserting the exact split.`,
        );
    }
    return null;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function colorOf(fill: FillJson | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}
