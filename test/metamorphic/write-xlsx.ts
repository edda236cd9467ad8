/**
 * Writes a variant's sheets as an .xlsx with SheetJS, the way Excel saves them: numbers with their number
 * formats, formulas with cached results, merges, hidden rows and columns. SheetJS Community Edition does not
 * write frozen panes, so they are added to the sheet XML in the saved package.
 */
import * as XLSX from '@e965/xlsx';
import { a1, type ExcelTable, type SheetModel } from './sheet-model';
import { withSharedFormulas } from './write-excel-shared';
import { libreOfficeBytes } from './write-libreoffice';

/** Excel's error codes as SheetJS writes them. */
const ERRORS: Readonly<Record<string, number>> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
};

/**
 * How the file was saved (the "saved" family): by Excel (the default; 'excel-shared' with formulas filled as
 * shared formulas and a calcChain), by LibreOffice Calc, or by a tool that does not calculate ('uncached').
 */
export type SavedBy = 'excel' | 'excel-shared' | 'libreoffice' | 'uncached';

export function workbookBytes(sheets: readonly SheetModel[], savedBy: SavedBy = 'excel'): Buffer {
  if (savedBy === 'libreoffice') return libreOfficeBytes(sheets);
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, worksheet(s), s.name);
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  const patched = sheets.map((s, i) => ({ s, i })).filter(({ s }) => s.freeze || s.tables.length);
  const full = patched.length ? withPackageParts(bytes, patched) : bytes;
  if (savedBy === 'excel-shared') return withSharedFormulas(full, sheets);
  const zeros = sheets.some((s) => [...s.cells.values()].some((c) => c.uncached === 'zero'));
  return zeros ? withFullCalcOnLoad(full) : full;
}

/** XlsxWriter's mark on a workbook whose formulas hold 0 until Excel calculates them on opening. */
function withFullCalcOnLoad(bytes: Buffer): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const xml = textOf(zip, '/xl/workbook.xml')!;
  setPart(
    zip,
    '/xl/workbook.xml',
    xml.replace('</workbook>', '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'),
  );
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}

function worksheet(s: SheetModel): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxR = 0;
  let maxC = 0;
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
    const out: XLSX.CellObject = cell.uncached
      ? cell.uncached === 'zero'
        ? { t: 'n', v: 0 }
        : { t: 'z' }
      : cell.err
        ? { t: 'e', v: ERRORS[cell.err] ?? 0x0f, w: cell.err }
        : typeof cell.v === 'number'
          ? { t: 'n', v: cell.v }
          : typeof cell.v === 'boolean'
            ? { t: 'b', v: cell.v }
            : { t: 's', v: cell.v };
    if (cell.z) out.z = cell.z;
    if (cell.f) out.f = cell.f;
    ws[a1({ r, c })] = out;
  }
  ws['!ref'] = `A1:${a1({ r: maxR, c: maxC })}`;
  if (s.merges.length)
    ws['!merges'] = s.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
  if (s.hiddenRows.size) {
    const rows: XLSX.RowInfo[] = [];
    for (const r of s.hiddenRows) rows[r] = { hidden: true };
    ws['!rows'] = rows;
  }
  if (s.hiddenCols.size) {
    const cols: XLSX.ColInfo[] = [];
    for (const c of s.hiddenCols) cols[c] = { hidden: true };
    ws['!cols'] = cols;
  }
  return ws;
}

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

type Zip = ReturnType<typeof XLSX.CFB.read>;

/** Replaces a part of the package (cfb_add alone would add a second entry of the same name). */
function setPart(zip: Zip, path: string, text: string): void {
  if (XLSX.CFB.find(zip, path)) XLSX.CFB.utils.cfb_del(zip, path);
  XLSX.CFB.utils.cfb_add(zip, path, Buffer.from(text, 'utf8'));
}

const textOf = (zip: Zip, path: string): string | null => {
  const entry = XLSX.CFB.find(zip, path);
  return entry?.content ? Buffer.from(entry.content as Uint8Array).toString('utf8') : null;
};
const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Frozen panes and Excel Tables, which SheetJS CE does not write, added to the saved package. */
function withPackageParts(bytes: Buffer, sheets: { s: SheetModel; i: number }[]): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  let tableNo = 0;
  for (const { s, i } of sheets) {
    const path = `/xl/worksheets/sheet${i + 1}.xml`;
    let xml = textOf(zip, path);
    if (!xml) continue;
    if (s.freeze) xml = withPane(xml, s.freeze);
    const parts: string[] = [];
    const rels: string[] = [];
    for (const t of s.tables) {
      tableNo++;
      const target = `/xl/tables/table${tableNo}.xml`;
      setPart(zip, target, tableXml(t, tableNo));
      const types = textOf(zip, '/[Content_Types].xml')!;
      const override = `<Override PartName="${target}" ContentType="${TABLE_TYPE}"/>`;
      setPart(zip, '/[Content_Types].xml', types.replace('</Types>', `${override}</Types>`));
      rels.push(
        `<Relationship Id="rIdT${tableNo}" Type="${TABLE_REL}" Target="../tables/table${tableNo}.xml"/>`,
      );
      parts.push(`<tablePart r:id="rIdT${tableNo}"/>`);
    }
    if (parts.length) {
      xml = xml.replace(
        '</worksheet>',
        `<tableParts count="${parts.length}">${parts.join('')}</tableParts></worksheet>`,
      );
      const relsPath = `/xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
      const old =
        textOf(zip, relsPath) ??
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      setPart(zip, relsPath, old.replace('</Relationships>', `${rels.join('')}</Relationships>`));
    }
    setPart(zip, path, xml);
  }
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}

function tableXml(t: ExcelTable, id: number): string {
  const ref = `${a1({ r: t.ref.top, c: t.ref.left })}:${a1({ r: t.ref.bottom, c: t.ref.right })}`;
  const dataEnd = t.totalsRow ? t.ref.bottom - 1 : t.ref.bottom;
  const filter = `${a1({ r: t.ref.top, c: t.ref.left })}:${a1({ r: dataEnd, c: t.ref.right })}`;
  const cols = t.columns
    .map((name, j) => {
      const total = !t.totalsRow ? '' : j === 0 ? ' totalsRowLabel="I alt"' : ' totalsRowFunction="sum"';
      return `<tableColumn id="${j + 1}" name="${escape(name)}"${total}/>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${t.name}" ` +
    `displayName="${t.name}" ref="${ref}"${t.totalsRow ? ' totalsRowCount="1"' : ''}>` +
    `<autoFilter ref="${filter}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function withPane(xml: string, freeze: { r: number; c: number }): string {
  const { r, c } = freeze;
  const attrs = [
    c ? `xSplit="${c}"` : '',
    r ? `ySplit="${r}"` : '',
    `topLeftCell="${a1({ r, c })}"`,
    `activePane="${r && c ? 'bottomRight' : r ? 'bottomLeft' : 'topRight'}"`,
    'state="frozen"',
  ]
    .filter(Boolean)
    .join(' ');
  return xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1><pane ${attrs}/></sheetView>`);
}
