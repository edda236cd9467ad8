/**
 * Writes a variant's sheets as LibreOffice Calc 7.4 saves an .xlsx (`soffice --convert-to xlsx`), read off
 * its real output: every cell typed (t="n" too), a formula as <f aca="false"> with its cached result (t="str"
 * for text, t="e" with the error's text), every row with all its attributes, covered cells of a merge written
 * empty, "General" as custom number format 164 and literal characters escaped with a backslash ("\-",
 * "\("), an Excel Table whose autoFilter covers its totals row and whose columns carry no totals function,
 * no calcChain. What it does not copy: LibreOffice drops frozen panes when it converts headless; a user's
 * save keeps them, written here as Calc writes a view's pane.
 */
import * as XLSX from '@e965/xlsx';
import { a1, type ExcelTable, type OutCell, type SheetModel } from './sheet-model';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROW_ATTRS = 'customFormat="false" ht="12.8" customHeight="false" outlineLevel="0" collapsed="false"';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number format code as Calc writes it: a quoted single character and a bare minus or parenthesis escaped. */
export function calcFormat(code: string): string {
  return code
    .replace(/"(.)"/g, '\\$1')
    .replace(/(^|[^_\\])([-()])/g, (_, pre: string, ch: string) => `${pre}\\${ch}`);
}

interface Styles {
  readonly index: (z: string | undefined) => number;
  readonly xml: () => string;
}

function styles(): Styles {
  const codes: string[] = [];
  const index = (z: string | undefined): number => {
    if (!z || z === 'General') return 0;
    const code = calcFormat(z);
    let i = codes.indexOf(code);
    if (i < 0) i = codes.push(code) - 1;
    return i + 1;
  };
  const xf = (fmt: number): string =>
    `<xf numFmtId="${fmt}" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false">` +
    '<alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>';
  const xml = (): string =>
    `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="${codes.length + 1}"><numFmt numFmtId="164" formatCode="General"/>` +
    codes.map((c, i) => `<numFmt numFmtId="${165 + i}" formatCode="${esc(c)}"/>`).join('') +
    '</numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"/></cellStyleXfs>' +
    `<cellXfs count="${codes.length + 1}">${xf(164)}${codes.map((_, i) => xf(165 + i)).join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  return { index, xml };
}

interface Strings {
  readonly index: (s: string) => number;
  readonly xml: () => string;
}

function sharedStrings(): Strings {
  const all: string[] = [];
  const at = new Map<string, number>();
  let count = 0;
  const index = (s: string): number => {
    count++;
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = all.push(s) - 1));
    return i;
  };
  const xml = (): string =>
    `${HEAD}<sst xmlns="${MAIN}" count="${count}" uniqueCount="${all.length}">` +
    all.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  return { index, xml };
}

function cellXml(ref: string, cell: OutCell, s: number, strings: Strings): string {
  const f = cell.f ? `<f aca="false">${esc(cell.f)}</f>` : '';
  if (cell.f && cell.uncached) return `<c r="${ref}" s="${s}" t="n">${f}</c>`;
  if (cell.err) return `<c r="${ref}" s="${s}" t="e">${f}<v>${esc(cell.err)}</v></c>`;
  if (typeof cell.v === 'number') return `<c r="${ref}" s="${s}" t="n">${f}<v>${cell.v}</v></c>`;
  if (typeof cell.v === 'boolean') return `<c r="${ref}" s="${s}" t="b">${f}<v>${cell.v ? 1 : 0}</v></c>`;
  if (cell.f) return `<c r="${ref}" s="${s}" t="str">${f}<v>${esc(cell.v)}</v></c>`;
  return `<c r="${ref}" s="${s}" t="s"><v>${strings.index(cell.v)}</v></c>`;
}

function sheetXml(sh: SheetModel, st: Styles, strings: Strings, tableRels: string[]): string {
  const byRow = new Map<number, Map<number, string>>();
  let maxR = 0;
  let maxC = 0;
  const put = (r: number, c: number, xml: string): void => {
    if (!byRow.has(r)) byRow.set(r, new Map());
    byRow.get(r)!.set(c, xml);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  };
  for (const [k, cell] of sh.cells) {
    const [r, c] = k.split(',').map(Number);
    put(r, c, cellXml(a1({ r, c }), cell, st.index(cell.z), strings));
  }
  // Calc writes the covered cells of a merge as empty cells with the merge's style.
  for (const m of sh.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && !sh.cells.has(`${r},${c}`))
          put(r, c, `<c r="${a1({ r, c })}" s="${st.index(sh.cells.get(`${m.top},${m.left}`)?.z)}"/>`);
  for (const r of sh.hiddenRows) if (!byRow.has(r)) byRow.set(r, new Map());
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = [...byRow.get(r)!.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      const hidden = sh.hiddenRows.has(r) ? 'true' : 'false';
      return `<row r="${r + 1}" ${ROW_ATTRS.replace('customHeight', `hidden="${hidden}" customHeight`)}>${cells.join('')}</row>`;
    })
    .join('');
  const cols = [...sh.hiddenCols]
    .sort((a, b) => a - b)
    .map(
      (c) =>
        `<col collapsed="false" customWidth="true" hidden="true" outlineLevel="0" max="${c + 1}" min="${c + 1}" style="0" width="8.37"/>`,
    )
    .join('');
  const f = sh.freeze;
  const pane = f
    ? `<pane xSplit="${f.c}" ySplit="${f.r}" topLeftCell="${a1(f)}" activePane="${f.r && f.c ? 'bottomRight' : f.r ? 'bottomLeft' : 'topRight'}" state="frozen"/>` +
      `<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/>`
    : '<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/>';
  const merges = sh.merges.length
    ? `<mergeCells count="${sh.merges.length}">${sh.merges
        .map((m) => `<mergeCell ref="${a1({ r: m.top, c: m.left })}:${a1({ r: m.bottom, c: m.right })}"/>`)
        .join('')}</mergeCells>`
    : '';
  const parts = tableRels.length
    ? `<tableParts count="${tableRels.length}">${tableRels.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
    : '';
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:${a1({ r: maxR, c: maxC })}"/>` +
    `<sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="true" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="60" workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultColWidth="8.50390625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>${merges}` +
    '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>' +
    '<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/>' +
    `${parts}</worksheet>`
  );
}

/** An Excel Table as Calc writes it: its autoFilter covers the totals row; no totals function per column. */
function tableXml(t: ExcelTable, id: number): string {
  const ref = `${a1({ r: t.ref.top, c: t.ref.left })}:${a1({ r: t.ref.bottom, c: t.ref.right })}`;
  return (
    `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${t.name}" displayName="${t.name}" ref="${ref}" headerRowCount="1"` +
    `${t.totalsRow ? ' totalsRowCount="1" totalsRowShown="1"' : ' totalsRowCount="0" totalsRowShown="0"'}>` +
    `<autoFilter ref="${ref}"></autoFilter><tableColumns count="${t.columns.length}">` +
    t.columns.map((name, j) => `<tableColumn id="${j + 1}" name="${esc(name)}"/>`).join('') +
    '</tableColumns></table>'
  );
}

export function libreOfficeBytes(sheets: readonly SheetModel[]): Buffer {
  const zip = XLSX.CFB.utils.cfb_new();
  const add = (path: string, text: string): void => {
    XLSX.CFB.utils.cfb_add(zip, path, Buffer.from(text, 'utf8'));
  };
  const st = styles();
  const strings = sharedStrings();
  const overrides: string[] = [];
  const override = (part: string, type: string): void => {
    overrides.push(`<Override PartName="${part}" ContentType="${type}"/>`);
  };
  let tableNo = 0;
  sheets.forEach((sh, i) => {
    const rels: string[] = [];
    const ids: string[] = [];
    for (const t of sh.tables) {
      tableNo++;
      const id = `rId${rels.length + 1}`;
      ids.push(id);
      rels.push(`<Relationship Id="${id}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`);
      add(`/xl/tables/table${tableNo}.xml`, tableXml(t, tableNo));
      override(`/xl/tables/table${tableNo}.xml`, `${CT}.spreadsheetml.table+xml`);
    }
    add(`/xl/worksheets/sheet${i + 1}.xml`, sheetXml(sh, st, strings, ids));
    override(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`);
    if (rels.length) {
      add(
        `/xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
      );
    }
  });
  const sheetEntries = sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" state="visible" r:id="rId${i + 2}"/>`)
    .join('');
  add(
    '/xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>` +
      '<bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="600" firstSheet="0" activeTab="0"/></bookViews>' +
      `<sheets>${sheetEntries}</sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>`,
  );
  add(
    '/xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 2}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  add('/xl/styles.xml', st.xml());
  add('/xl/sharedStrings.xml', strings.xml());
  add(
    '/_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  add(
    '/docProps/app.xml',
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template></Template><TotalTime>0</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion></Properties>`,
  );
  add(
    '/[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      `${overrides.join('')}</Types>`,
  );
  // cfb_new starts with a root entry SheetJS's zip writer would write as a stray file.
  XLSX.CFB.utils.cfb_del(zip, '/Sh33tJ5');
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}
