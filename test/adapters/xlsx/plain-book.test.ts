import * as XLSX from '@e965/xlsx';
import { plainBook } from '../../../src/adapters/xlsx/plain-book';
import { readZipParts, unpack } from '../../../src/adapters/xlsx/zip-copy';

const book = plainBook([
  {
    name: 'Filer',
    rows: [
      ['Fil', 'Slutkode', 'Besked'],
      ['a & b <1>.xlsx', 1, '=SUM(A1:A2)'],
      ['c.xlsx', 0, 'tab\there, bell\u0007, literal _x0041_ and "quotes"'],
      ['d.xlsx', 2, ''],
    ],
    widths: [40, 10, 80],
  },
  { name: "Fund's", rows: [['Fil', 'Ark']], widths: [40, 18] },
]);

function part(name: string): string {
  const found = readZipParts(book)!.find((p) => p.name === name);
  return found ? unpack(found).toString('utf8') : '';
}

describe('plainBook', () => {
  it('reads back with the same sheets, texts and numbers', () => {
    const wb = XLSX.read(book, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Filer', "Fund's"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Filer, { header: 1, defval: '' });
    expect(rows).toEqual([
      ['Fil', 'Slutkode', 'Besked'],
      ['a & b <1>.xlsx', 1, '=SUM(A1:A2)'],
      ['c.xlsx', 0, 'tab\there, bell\u0007, literal _x0041_ and "quotes"'],
      ['d.xlsx', 2, ''],
    ]);
    // A text that looks like a formula stays text.
    expect(wb.Sheets.Filer.B2).toMatchObject({ t: 'n', v: 1 });
    expect(wb.Sheets.Filer.C2).toMatchObject({ t: 's' });
    expect(wb.Sheets.Filer.C2.f).toBeUndefined();
  });

  it('makes the header bold, keeps it in view and filters on it, with the widths asked for', () => {
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<row r="1"><c r="A1" s="1" t="inlineStr">/);
    expect(sheet).toMatch(/<row r="2"><c r="A2" t="inlineStr">/);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:C1"/>');
    expect(sheet).toContain('<col min="3" max="3" width="80" customWidth="1"/>');
    expect(part('xl/styles.xml')).toMatch(/<font><b\/>/);
    expect(part('xl/workbook.xml')).toContain("'Fund''s'!$A$1:$B$1");
  });

  it('writes a very hidden sheet without header style, frozen pane or filter', () => {
    const hidden = plainBook([
      { name: 'Filer', rows: [['Fil']], widths: [40] },
      { name: 'Indstillinger', rows: [['a'], ['b']], widths: [], veryHidden: true },
    ]);
    const wb = XLSX.read(hidden, { type: 'buffer' });
    expect(wb.Workbook?.Sheets?.map((s) => [s.name, s.Hidden])).toEqual([
      ['Filer', 0],
      ['Indstillinger', 2],
    ]);
    const found = readZipParts(hidden)!;
    const xml = (name: string): string => unpack(found.find((p) => p.name === name)!).toString('utf8');
    expect(xml('xl/worksheets/sheet2.xml')).not.toMatch(/<pane|<autoFilter|s="1"/);
    expect(xml('xl/workbook.xml')).not.toContain("'Indstillinger'!");
  });
});
