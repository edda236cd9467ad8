/**
 * Writes a variant's sheets as an .xlsx with SheetJS, the way Excel saves them: numbers with their number
 * formats, formulas with cached results, merges, hidden rows and columns. SheetJS Community Edition does not
 * write frozen panes, so they are added to the sheet XML in the saved package.
 */
import * as XLSX from '@e965/xlsx';
import { a1, type SheetModel } from './sheet-model';

export function workbookBytes(sheets: readonly SheetModel[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, worksheet(s), s.name);
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  const frozen = sheets.map((s, i) => ({ s, i })).filter(({ s }) => s.freeze);
  return frozen.length ? withFrozenPanes(bytes, frozen) : bytes;
}

function worksheet(s: SheetModel): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxR = 0;
  let maxC = 0;
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(',').map(Number);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
    const out: XLSX.CellObject = typeof cell.v === 'number' ? { t: 'n', v: cell.v } : { t: 's', v: cell.v };
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

function withFrozenPanes(bytes: Buffer, frozen: { s: SheetModel; i: number }[]): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  for (const { s, i } of frozen) {
    const path = `/xl/worksheets/sheet${i + 1}.xml`;
    const entry = XLSX.CFB.find(zip, path);
    if (!entry?.content) continue;
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    const { r, c } = s.freeze!;
    const attrs = [
      c ? `xSplit="${c}"` : '',
      r ? `ySplit="${r}"` : '',
      `topLeftCell="${a1({ r, c })}"`,
      `activePane="${r && c ? 'bottomRight' : r ? 'bottomLeft' : 'topRight'}"`,
      'state="frozen"',
    ]
      .filter(Boolean)
      .join(' ');
    const patched = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1><pane ${attrs}/></sheetView>`);
    XLSX.CFB.utils.cfb_add(zip, path, Buffer.from(patched, 'utf8'));
  }
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}
