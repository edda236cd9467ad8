/**
 * The styles part of a checked copy that keeps everything: the original styles.xml extended, never
 * replaced. A cell Fordel formats gets a new cell format made from the one it had (its number format,
 * font or fill changed), appended after the workbook's own, so every style the user made keeps its
 * number and look. Fills are also read here in ExcelJS's shape, because the settings sheet stores the
 * fill a highlight painted over in that shape (files written when Fordel still used ExcelJS hold it so).
 */
import type { OutValue, SavedFill } from '../../core/output/plan';

/** ExcelJS's description of a fill: what FordelSettings.fills[].raw holds for the command line. */
export interface FillJson {
  type: string;
  pattern?: string;
  fgColor?: Record<string, number | string>;
  bgColor?: Record<string, number | string>;
}

/** What Fordel changes in a cell's format; undefined keeps what the cell has. */
export interface StylePatch {
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly link?: boolean;
  /** A fill's XML (<fill>...</fill>), or null for none. */
  readonly fill?: string | null;
}

export const LINK_COLOR = 'FF0563C1';
const FIRST_CUSTOM_FORMAT = 164;
const NO_FILL = '<fill><patternFill patternType="none"/></fill>';

/** Elements of a list such as <fonts>...</fonts>, each as its XML. */
function items(xml: string, list: string, item: string): { at: number; end: number; items: string[] } | null {
  const open = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === '/') return { at: open.index, end: open.index + open[0].length, items: [] };
  const close = xml.indexOf(`</${list}>`, open.index);
  if (close < 0) return null;
  const body = xml.slice(open.index + open[0].length, close);
  const re = new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, 'g');
  return { at: open.index, end: close + list.length + 3, items: body.match(re) ?? [] };
}

const attrOf = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  if (re.test(tag)) return tag.replace(re, `$1${value}$2`);
  return tag.replace(/^(<[\w:]+)/, `$1 ${name}="${value}"`);
}

/** An xf's attributes sorted, then its content: equal for formats that say the same. */
function shape(xf: string): string {
  const open = /^<xf\b([^>]*?)\/?>/.exec(xf);
  if (!open) return xf;
  const attrs = [...open[1].matchAll(/\s([\w:]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`).sort();
  return `${attrs.join(' ')}|${xf.slice(open[0].length).replace(/<\/xf>$/, '')}`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export class CopyStyles {
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly xfs: string[];
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly made = new Map<string, number>();
  private readonly counts: { fonts: number; fills: number; xfs: number };
  private changed = false;
  private byShape: Map<string, number> | null = null;

  private constructor(private readonly xml: string) {
    const fonts = items(xml, 'fonts', 'font');
    const fills = items(xml, 'fills', 'fill');
    const xfs = items(xml, 'cellXfs', 'xf');
    if (!fonts || !fills || !xfs || !xfs.items.length) throw new Error('styles without cell formats');
    this.fonts = fonts.items;
    this.fills = fills.items;
    this.xfs = xfs.items;
    this.counts = { fonts: this.fonts.length, fills: this.fills.length, xfs: this.xfs.length };
    for (const f of items(xml, 'numFmts', 'numFmt')?.items ?? []) {
      const id = Number(attrOf(f, 'numFmtId'));
      const code = attrOf(f, 'formatCode');
      if (code !== undefined) this.formats.set(code, id);
      if (id >= this.nextFormat) this.nextFormat = id + 1;
    }
  }

  /** Null when the workbook's styles cannot be extended safely (the copy then is not written this way). */
  static read(xml: string): CopyStyles | null {
    try {
      return new CopyStyles(xml);
    } catch {
      return null;
    }
  }

  get size(): number {
    return this.xfs.length;
  }

  /** The fill XML of cell format s (0 when s is out of range, as Excel reads it). */
  fillOf(s: number): string | null {
    const xf = this.xfs[s] ?? this.xfs[0];
    const fill = this.fills[Number(attrOf(xf, 'fillId') ?? '0')];
    return fill && fillJson(fill) ? fill : null;
  }

  /** The cell format made from s with the patch applied, added once per distinct result. */
  derive(s: number, patch: StylePatch): number {
    // Built by hand: this runs once per cell written, and JSON.stringify was a tenth of a large copy's time.
    const fill = patch.fill === undefined ? '\u0001' : patch.fill === null ? '\u0002' : patch.fill;
    const key = `${s}\u0000${patch.numFmt ?? '\u0001'}\u0000${patch.bold ?? ''}\u0000${patch.link ?? ''}\u0000${fill}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s] ?? this.xfs[0];
    const open = /^<xf\b[^>]*?\/?>/.exec(base)?.[0] ?? '<xf/>';
    let tag = open.replace(/\/>$/, '>').replace(/>$/, '');
    if (patch.numFmt !== undefined) {
      tag = setAttr(tag, 'numFmtId', String(this.formatId(patch.numFmt)));
      tag = setAttr(tag, 'applyNumberFormat', '1');
    }
    if (patch.bold || patch.link) {
      const font = this.fonts[Number(attrOf(tag, 'fontId') ?? '0')] ?? this.fonts[0] ?? '<font/>';
      tag = setAttr(tag, 'fontId', String(this.add(this.fonts, fontWith(font, patch))));
      tag = setAttr(tag, 'applyFont', '1');
    }
    if (patch.fill !== undefined) {
      // No fill is the workbook's own empty fill where it has one (the first, as Excel writes it).
      const none = this.fills.findIndex((f) => fillJson(f)?.pattern === 'none');
      const fillId = patch.fill === null && none >= 0 ? none : this.add(this.fills, patch.fill ?? NO_FILL);
      tag = setAttr(tag, 'fillId', String(fillId));
      tag = patch.fill === null ? tag.replace(/\sapplyFill="[^"]*"/, '') : setAttr(tag, 'applyFill', '1');
    }
    const rest = base.slice(open.length);
    const id = this.intern(open.endsWith('/>') || !rest ? `${tag}/>` : `${tag}>${rest}`);
    this.made.set(key, id);
    return id;
  }

  /**
   * Cell format s with the number format and font of format `from` (what a new cell there would have):
   * how a cell Fordel empties loses the look Fordel gave it and keeps the user's fill and borders.
   */
  withFormatOf(s: number, from: number): number {
    const key = `${s}\u0000from ${from}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[s] ?? this.xfs[0];
    const donor = /^<xf\b[^>]*?\/?>/.exec(this.xfs[from] ?? this.xfs[0])?.[0] ?? '<xf/>';
    const open = /^<xf\b[^>]*?\/?>/.exec(base)?.[0] ?? '<xf/>';
    let tag = open.replace(/\/>$/, '>').replace(/>$/, '');
    for (const name of ['numFmtId', 'fontId', 'applyNumberFormat', 'applyFont']) {
      const value = attrOf(donor, name);
      tag =
        value === undefined ? tag.replace(new RegExp(`\\s${name}="[^"]*"`), '') : setAttr(tag, name, value);
    }
    const rest = base.slice(open.length);
    const id = this.intern(open.endsWith('/>') || !rest ? `${tag}/>` : `${tag}>${rest}`);
    this.made.set(key, id);
    return id;
  }

  /**
   * The number of a cell format like xf: the first the workbook has that says the same (attributes in
   * any order), else xf added. A cell Fordel empties then goes back to the plain format it had, not an
   * equal copy of it that other programs would show as a format of its own.
   */
  private intern(xf: string): number {
    if (!this.byShape) {
      this.byShape = new Map();
      this.xfs.forEach((x, i) => {
        if (!this.byShape!.has(shape(x))) this.byShape!.set(shape(x), i);
      });
    }
    const known = this.byShape.get(shape(xf));
    if (known !== undefined) return known;
    const id = this.xfs.length;
    this.xfs.push(xf);
    this.byShape.set(shape(xf), id);
    this.changed = true;
    return id;
  }

  /** The styles part with Fordel's formats appended, or null when nothing was added. */
  toXml(): string | null {
    if (!this.changed) return null;
    let xml = this.xml;
    xml = this.appendTo(xml, 'cellXfs', 'xf', this.xfs.slice(this.counts.xfs));
    xml = this.appendTo(xml, 'fills', 'fill', this.fills.slice(this.counts.fills));
    xml = this.appendTo(xml, 'fonts', 'font', this.fonts.slice(this.counts.fonts));
    const formats = this.addedFormats.map(
      (f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`,
    );
    if (formats.length) {
      if (items(xml, 'numFmts', 'numFmt')) xml = this.appendTo(xml, 'numFmts', 'numFmt', formats);
      else {
        const at = /<fonts\b/.exec(xml)?.index ?? 0;
        xml = `${xml.slice(0, at)}<numFmts count="${formats.length}">${formats.join('')}</numFmts>${xml.slice(at)}`;
      }
    }
    return xml;
  }

  private appendTo(xml: string, list: string, item: string, added: string[]): string {
    if (!added.length) return xml;
    const found = items(xml, list, item)!;
    const all = found.items.length + added.length;
    const whole = xml.slice(found.at, found.end);
    const open = /^<[^>]*?\/?>/.exec(whole)![0];
    const tag = setAttr(open.replace(/\/>$/, '>'), 'count', String(all));
    const body = open.endsWith('/>') ? '' : whole.slice(open.length, whole.length - list.length - 3);
    return `${xml.slice(0, found.at)}${tag}${body}${added.join('')}</${list}>${xml.slice(found.end)}`;
  }

  private add(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.addedFormats.push({ id, code });
    return id;
  }
}

/** Excel's built-in number formats Fordel uses, by code. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };

function fontWith(font: string, patch: StylePatch): string {
  let f = font.replace(/^<font\b[^>]*?\/>$/, '<font></font>');
  if (patch.bold && !/<b\s*\/>|<b\s+val="(?:1|true)"\s*\/>/.test(f)) {
    f = f.replace(/<b\b[^>]*\/>/, '').replace(/^(<font\b[^>]*>)/, '$1<b/>');
  }
  if (patch.link) {
    f = f.replace(/<color\b[^>]*\/>/, '').replace(/<u\b[^>]*\/>/, '');
    f = f.replace(/^(<font\b[^>]*>)/, `$1<u/><color rgb="${LINK_COLOR}"/>`);
  }
  return f;
}

/** A fill's XML in ExcelJS's shape, or null for a fill ExcelJS would not describe as a pattern. */
export function fillJson(fillXml: string): FillJson | null {
  const pattern = /<patternFill\b([^>]*?)(\/>|>([\s\S]*?)<\/patternFill>)/.exec(fillXml);
  if (!pattern) return null;
  const type = attrOf(pattern[1], 'patternType') ?? 'none';
  const out: FillJson = { type: 'pattern', pattern: type };
  const color = (name: string): Record<string, number | string> | undefined => {
    const tag = new RegExp(`<${name}\\b[^>]*?/?>`).exec(pattern[3] ?? '')?.[0];
    if (!tag) return undefined;
    const c: Record<string, number | string> = {};
    const rgb = attrOf(tag, 'rgb');
    const theme = attrOf(tag, 'theme');
    const tint = attrOf(tag, 'tint');
    const indexed = attrOf(tag, 'indexed');
    if (rgb !== undefined) c.argb = rgb;
    if (theme !== undefined) c.theme = Number(theme);
    if (tint !== undefined) c.tint = Number(tint);
    if (indexed !== undefined) c.indexed = Number(indexed);
    return c;
  };
  const fg = color('fgColor');
  const bg = color('bgColor');
  if (fg) out.fgColor = fg;
  if (bg) out.bgColor = bg;
  return out;
}

/** ExcelJS's description of a fill back as XML; undefined for none. */
/** A fill Fordel saved in its settings before painting over it: as saved, else its colour, else none. */
export function savedFillJson(saved: Pick<SavedFill, 'raw' | 'color'>): FillJson | undefined {
  if (saved.raw !== undefined) {
    try {
      return JSON.parse(saved.raw) as FillJson;
    } catch {
      // A damaged entry falls back to the colour.
    }
  }
  if (saved.color === null || !/^#[0-9A-Fa-f]{6}$/.test(saved.color)) return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${saved.color.slice(1).toUpperCase()}` } };
}

export function fillXml(fill: FillJson | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return null;
  const color = (name: string, c: Record<string, number | string> | undefined): string => {
    if (!c) return '';
    const attrs = [
      c.argb !== undefined ? ` rgb="${escapeXml(String(c.argb))}"` : '',
      c.theme !== undefined ? ` theme="${Number(c.theme)}"` : '',
      c.tint !== undefined ? ` tint="${Number(c.tint)}"` : '',
      c.indexed !== undefined ? ` indexed="${Number(c.indexed)}"` : '',
    ].join('');
    return `<${name}${attrs}/>`;
  };
  return `<fill><patternFill patternType="${escapeXml(fill.pattern)}">${color('fgColor', fill.fgColor)}${color('bgColor', fill.bgColor)}</patternFill></fill>`;
}

/** Whether a written value takes the look of a link. */
export const isLink = (v: OutValue): v is { link: string; text: string } =>
  v !== null && typeof v === 'object';
