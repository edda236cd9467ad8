/**
 * A new workbook of plain sheets (text and numbers; a bold first row that stays in view and filters;
 * column widths), written as the handful of XML parts Excel needs and packed by the checked copy's zip
 * layer. For the folder run's summary: loading a workbook library cost more than writing the file.
 */
import { packPart, writeZip } from './zip-copy';

export interface PlainSheet {
  readonly name: string;
  /** The first row is the header. */
  readonly rows: readonly (readonly (string | number)[])[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Hidden so that only a program can show it again (Fordel's settings sheet): no header, no filter. */
  readonly veryHidden?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function plainBook(sheets: readonly PlainSheet[]): Buffer {
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(sheets.length)],
    [
      '_rels/.rels',
      `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ['xl/workbook.xml', workbook(sheets)],
    ['xl/_rels/workbook.xml.rels', workbookRels(sheets.length)],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, worksheet(s)]),
  ];
  return writeZip(parts.map(([name, xml]) => packPart(name, Buffer.from(XML_HEAD + xml, 'utf8'))));
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

function workbook(sheets: readonly PlainSheet[]): string {
  const list = sheets
    .map((s, i) => {
      const state = s.veryHidden ? ' state="veryHidden"' : '';
      return `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join('');
  // Excel keeps each sheet's filter range as a hidden name; without it the filter still works, but
  // Excel adds the name on its first save.
  const names = sheets
    .map((s, i) =>
      s.veryHidden
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(
            `'${s.name.replace(/'/g, "''")}'!${filterRange(s, true)}`,
          )}</definedName>`,
    )
    .join('');
  return `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${list}</sheets><definedNames>${names}</definedNames></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `<Relationships xmlns="${PKG_REL_NS}">${sheets}<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

/** Style 0 plain, style 1 bold (the header row). */
const STYLES =
  `<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function worksheet(s: PlainSheet): string {
  const cols = s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const rows = s.rows.map((row, r) => {
    const style = r === 0 && !s.veryHidden ? ' s="1"' : '';
    const cells = row.map((v, c) => cell(`${columnName(c)}${r + 1}`, v, style)).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const view = s.veryHidden
    ? ''
    : '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  return (
    `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${view}<sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (s.veryHidden ? '' : `<autoFilter ref="${filterRange(s, false)}"/>`) +
    '</worksheet>'
  );
}

/** The header row's range, A1:H1 (absolute for the defined name). */
function filterRange(s: PlainSheet, absolute: boolean): string {
  const width = Math.max(1, s.rows[0]?.length ?? 1);
  const [d, last] = [absolute ? '$' : '', columnName(width - 1)];
  return `${d}A${d}1:${d}${last}${d}1`;
}

/** Text as an inline string (never a formula, whatever it starts with); numbers as numbers. */
function cell(ref: string, v: string | number, style: string): string {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : cell(ref, String(v), style);
  }
  if (v === '') return '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cell text: characters XML 1.0 cannot hold (control characters from a damaged cell) are written as
 * Excel's _xHHHH_ escapes, and a literal "_x0041_" is escaped itself so that it reads back unchanged.
 */
function escapeText(s: string): string {
  return escapeXml(
    s.replace(/_(x[0-9a-fA-F]{4})_/g, '_x005F_$1_').replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    ),
  );
}
