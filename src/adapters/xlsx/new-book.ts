/**
 * A new workbook written by Fordel itself: the handful of XML parts Excel needs, packed by the checked
 * copy's zip layer. For what Fordel makes from nothing - the split table of `split --out`, the findings
 * workbook for a file it cannot copy, the folder run's summary - where loading a workbook library cost
 * more than writing the file. Text is always text (never a formula, whatever it starts with); a formula
 * is only what a cell's `formula` says, and the workbook then asks to be calculated when it opens.
 */
import { EXCEL_LIMITS } from './plan-checks';
import { packPart, writeZip } from './zip-copy';

export interface NewCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | boolean | null;
  /** An Excel formula without the leading "=", in A1 references. */
  readonly formula?: string;
  readonly numFmt?: string;
  readonly bold?: boolean;
}

export interface NewSheet {
  readonly name: string;
  readonly cells: readonly NewCell[];
  /** Column widths in characters, from column A (undefined: Excel's default). */
  readonly widths?: readonly (number | undefined)[];
  /** The first row is a header that stays in view and filters the rows below it. */
  readonly header?: boolean;
  /** Hidden, or very hidden (only a program can show it again). */
  readonly state?: 'hidden' | 'veryHidden';
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel's built-in number formats by code; any other gets an id from 164 up. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };
const FIRST_CUSTOM_FORMAT = 164;

export function newBook(sheets: readonly NewSheet[], opts: { calculateOnOpen?: boolean } = {}): Buffer {
  const styles = new NewStyles();
  const sheetXml = sheets.map((s) => worksheet(s, styles));
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(sheets.length)],
    [
      '_rels/.rels',
      `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ['xl/workbook.xml', workbook(sheets, opts.calculateOnOpen ?? false)],
    ['xl/_rels/workbook.xml.rels', workbookRels(sheets.length)],
    ['xl/styles.xml', styles.toXml()],
    ...sheetXml.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  return writeZip(parts.map(([name, xml]) => packPart(name, Buffer.from(XML_HEAD + xml, 'utf8'))));
}

/** Cell formats in order of first use: 0 is plain, and each (number format, bold) pair gets one. */
class NewStyles {
  private readonly xfs = new Map<string, number>([['0|', 0]]);
  private readonly formats = new Map<string, number>();

  of(cell: NewCell): number {
    const fmt = cell.numFmt ? this.formatId(cell.numFmt) : 0;
    const key = `${fmt}|${cell.bold ? 'b' : ''}`;
    let id = this.xfs.get(key);
    if (id === undefined) this.xfs.set(key, (id = this.xfs.size));
    return id;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  toXml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    const xfs = [...this.xfs.keys()].map((key) => {
      const [fmt, bold] = key.split('|');
      const font = bold ? '1' : '0';
      const apply = `${fmt !== '0' ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}`;
      return `<xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${apply}/>`;
    });
    return (
      `<styleSheet xmlns="${NS}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
  ).join('');
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `${sheets}</Types>`
  );
}

function workbook(sheets: readonly NewSheet[], calculate: boolean): string {
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  // Excel keeps each sheet's filter range as a hidden name; without it the filter still works, but
  // Excel adds the name on its first save.
  const names = sheets
    .map((s, i) =>
      s.header
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(
            `'${s.name.replace(/'/g, "''")}'!${headerRange(s, true)}`,
          )}</definedName>`
        : '',
    )
    .join('');
  return (
    `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    (calculate ? '<calcPr fullCalcOnLoad="1"/>' : '') +
    '</workbook>'
  );
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `<Relationships xmlns="${PKG_REL_NS}">${sheets}<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

function worksheet(s: NewSheet, styles: NewStyles): string {
  const cols = (s.widths ?? []).flatMap((w, i) =>
    w === undefined ? [] : [`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`],
  );
  // Rows, and cells within a row, in order: Excel refuses a file where they are not.
  const byRow = new Map<number, NewCell[]>();
  for (const c of s.cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => {
      const xml = [...cells]
        .sort((a, b) => a.col - b.col)
        .map((c) => cellXml(c, styles.of(c)))
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    });
  const view = s.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return (
    `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${view}<sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (s.header ? `<autoFilter ref="${headerRange(s, false)}"/>` : '') +
    '</worksheet>'
  );
}

/** The header row's range, A1:H1 (absolute for the defined name). */
function headerRange(s: NewSheet, absolute: boolean): string {
  const width = Math.max(1, ...s.cells.filter((c) => c.row === 0).map((c) => c.col + 1));
  const [d, last] = [absolute ? '$' : '', columnName(width - 1)];
  return `${d}A${d}1:${d}${last}${d}1`;
}

function cellXml(c: NewCell, s: number): string {
  const ref = `${columnName(c.col)}${c.row + 1}`;
  const style = s ? ` s="${s}"` : '';
  const v = c.value;
  if (c.formula !== undefined) return `<c r="${ref}"${style}><f>${escapeXml(c.formula)}</f></c>`;
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? `<c r="${ref}"${style}><v>${v}</v></c>`
      : cellXml({ ...c, value: String(v) }, s);
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v === null || v === undefined || v === '') return s ? `<c r="${ref}"${style}/>` : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cell text, cut at Excel's limit: characters XML 1.0 cannot hold (control characters from a damaged
 * cell) are written as Excel's _xHHHH_ escapes, and a literal "_x0041_" is escaped itself so that it
 * reads back unchanged.
 */
function escapeText(s: string): string {
  const cut = s.length > EXCEL_LIMITS.text ? s.slice(0, EXCEL_LIMITS.text) : s;
  return escapeXml(
    cut.replace(/_(x[0-9a-fA-F]{4})_/g, '_x005F_$1_').replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    ),
  );
}
