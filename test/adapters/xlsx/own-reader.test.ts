/**
 * Fordel's own .xlsx reader gives exactly the reading the SheetJS path gives: every real workbook in
 * test/files/real, the example, and a few hundred metamorphic variants (saved as Excel, Excel with shared
 * formulas, LibreOffice and tools that do not calculate would save them) are read both ways and compared
 * cell by cell, the first difference named. A workbook the own reader leaves to SheetJS is fine, as long as
 * the ordinary ones are read by it.
 */
import * as XLSX from '@e965/xlsx';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ERROR_TEXT } from '../../../src/adapters/xlsx/excel-errors';
import { identifyBook } from '../../../src/adapters/xlsx/file-kind';
import { readWithSheetJs } from '../../../src/adapters/xlsx/read-book';
import { readOwnBook } from '../../../src/adapters/xlsx/own-reader';
import { NotUnderstood } from '../../../src/adapters/xlsx/reader-fallback';
import type { Unpacked } from '../../../src/adapters/xlsx/zip-guard';
import { materialise, specsFor, variantFile } from '../../metamorphic/evaluate';
import { readingDifference } from './reading-difference';

const REAL = path.join(__dirname, '..', '..', 'files', 'real');
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

/** 'own' when the own reader read it the same, 'sheetjs' when it left it to SheetJS; throws on a difference. */
function compare(name: string, bytes: Buffer): 'own' | 'sheetjs' | 'other kind' {
  const unpacked: Unpacked = new Map();
  const kind = identifyBook(bytes, undefined, unpacked);
  if (kind !== 'xlsx' && kind !== 'xlsm') return 'other kind';
  const own = readOwnBook(bytes, kind, unpacked);
  if (own instanceof NotUnderstood) return 'sheetjs';
  const sheetjs = readWithSheetJs(bytes, kind, new Map());
  const difference = readingDifference(sheetjs, own);
  if (difference) throw new Error(`${name}: ${difference} (SheetJS vs own)`);
  return 'own';
}

async function filesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => /\.xls[xm]$/.test(n) && !n.includes('pass_protected')).sort();
}

describe("Fordel's own .xlsx reader", () => {
  it('reads every real workbook and the example as the SheetJS path does, most of them itself', async () => {
    const byOwn: string[] = [];
    for (const [dir, name] of [
      ...(await filesIn(REAL)).map((n) => [REAL, n]),
      ...(await filesIn(EXAMPLES)).map((n) => [EXAMPLES, n]),
    ]) {
      if (compare(name, await fs.readFile(path.join(dir, name))) === 'own') byOwn.push(name);
    }
    expect(byOwn).toEqual(
      expect.arrayContaining([
        'fordel-eksempel.xlsx',
        'calamine-inlineStr_with_value.xlsx',
        'calamine-table_with_absolute_paths.xlsx',
        'exceljs-test-issue-1842.xlsx',
        'xlsxwriter-hide01.xlsx',
        'xlsxwriter-merge_range01.xlsx',
        'xlsxwriter-table02.xlsx',
      ]),
    );
  });

  it('reads 320 metamorphic variants, every way of saving them included, as the SheetJS path does', () => {
    const counts = { own: 0, sheetjs: 0, 'other kind': 0 };
    for (const spec of specsFor(7_000, 240)) {
      const { id, bytes } = variantFile(spec);
      counts[compare(id, bytes)]++;
    }
    for (const spec of specsFor(9_000, 80).filter((s) => !s.truthId.startsWith('corpus:'))) {
      const { variant, bytes } = materialise({ ...spec, only: 'saved' });
      counts[compare(variant.id, bytes)]++;
    }
    expect(counts.sheetjs).toBe(0);
    expect(counts.own).toBeGreaterThan(280);
  }, 60_000);
});

describe('the two readers on what they share', () => {
  it('read every error text Excel writes, and ones it does not, alike: as a value and as a result', () => {
    const texts = [...Object.values(ERROR_TEXT), '#WTF?', '#FOO!', '#n/a'];
    const row = (r: number, formula: boolean) =>
      `<row r="${r}">` +
      texts
        .map((t, i) => {
          const at = `${String.fromCharCode(65 + (i % 26))}${r}`;
          return `<c r="${at}" t="e">${formula ? '<f>1/0</f>' : ''}<v>${t}</v></c>`;
        })
        .join('') +
      '</row>';
    const bytes = packageWith({ '/xl/worksheets/sheet1.xml': sheet(row(1, false) + row(2, true)) });
    expect(compare('errors', bytes)).toBe('own');
  });

  it.each([
    ['a used range over 2 million cells, too thinly filled', 'Z100000'],
    ['a used range over 12 million cells', 'XFD1000'],
  ])('report %s alike', (_, far) => {
    const bytes = packageWith({
      '/xl/worksheets/sheet1.xml': sheet(
        `<row r="1"><c r="A1"><v>1</v></c></row><row r="${far.replace(/^[A-Z]+/, '')}"><c r="${far}"><v>2</v></c></row>`,
      ),
    });
    expect(compare('sparse', bytes)).toBe('own');
    const unread = readWithSheetJs(bytes, 'xlsx', new Map()).unread;
    expect(unread.map((u) => [u.name, u.cell])).toEqual([['Ark1', far]]);
  });
});

/** A workbook whose first sheet, shared strings, styles and workbook part are the XML given. */
function packageWith(parts: Record<string, string>): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x', 1]]), 'Ark1');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[2]]), 'Ark2');
  const zip = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true }), {
    type: 'buffer',
  });
  for (const [name, xml] of Object.entries(parts)) {
    const entry = XLSX.CFB.find(zip, name);
    if (entry) entry.content = Buffer.from(xml, 'utf8');
    else XLSX.CFB.utils.cfb_add(zip, name, Buffer.from(xml, 'utf8'));
  }
  return Buffer.from(
    XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }) as Uint8Array,
  );
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (cells: string, around = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><cols><col min="2" max="3" width="9" hidden="1"/>` +
  `<col min="5" max="5" hidden="0"/></cols><sheetData>${cells}</sheetData>${around}</worksheet>`;
const SST =
  `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN} count="6" uniqueCount="6">` +
  '<si><t>Kommune</t></si><si><t xml:space="preserve"> I alt &amp; i \u00e5r </t></si>' +
  '<si><r><rPr><b/></rPr><t>Fed</t></r><r><t xml:space="preserve"> og tynd_x000D_\r\n</t></r>' +
  '<rPh sb="0" eb="1"><t>ふ</t></rPh></si><si><t/></si><si></si><si><t>Tal &#8364; &#233;</t></si></sst>';
const STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${MAIN}><numFmts count="2">` +
  '<numFmt numFmtId="164" formatCode="#,##0\\ &quot;kr.&quot;"/><numFmt numFmtId="165" formatCode="d.m"/></numFmts>' +
  '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="164"/><xf numFmtId="165"/>' +
  '<xf numFmtId="9"><alignment indent="2"/></xf><xf numFmtId="7"/><xf/></cellXfs></styleSheet>';

/** Cells in every form the two readers must agree on: stubs, odd numbers, formulas with and without results. */
const QUIRKS = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
    '<row r="2" hidden="1" outlineLevel="1"><c r="A2" s="1"><v>1500000</v></c><c r="B2" s="2"><v>-0.5</v></c>' +
    '<c r="C2" s="3"><v>45000</v></c><c r="D2" s="4"><v>0.25</v></c><c r="E2" s="5"><v>12</v></c>' +
    '<c r="F2" s="6"><v>1e-400</v></c><c r="G2"><v>0x10</v></c><c r="H2"><v> 7 </v></c><c r="I2"><v></v></c>' +
    '<c r="J2" s="1"/><c r="K2" t="n" s="2"/><c r="L2" s="4" t="s"/></row>' +
    '<row r="3" outlineLevel="2"><c r="A3" t="str"><f>A1&amp;"x"</f><v>Kommunex</v></c>' +
    '<c r="B3"><f>SUM(A2:A2)</f></c><c r="C3" t="str"><f>B1</f></c><c r="D3" s="1"><f>1/0</f><v></v></c>' +
    '<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F3" t="e"><v>#SPILL!</v></c><c r="G3" t="e"><v>#NULL!</v></c>' +
    '<c r="H3" t="b"><v>1</v></c><c r="I3" t="b"/><c r="J3" t="b"><v>true</v></c><c r="K3"><f/><v>3</v></c>' +
    '<c r="L3"><f t="shared" si="4"/><v>4</v></c></row>' +
    '<row r="5"><c r="A5"><f t="shared" ref="A5:C5" si="0">A2*2</f><v>3000000</v></c>' +
    '<c r="B5"><f t="shared" si="0"/><v>-1</v></c><c r="C5"><f t="shared" si="0"/></c>' +
    '<c r="D5"><f t="array" ref="D5:E5">A2:B2*2</f><v>3000000</v></c><c r="E5"><v>-1</v></c>' +
    '<c r="F5" t="inlineStr"><is><t>Inline &lt;tekst&gt;</t></is></c>' +
    '<c r="G5" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><i/></rPr><t>g</t></r></is></c>' +
    '<c r="H5" t="inlineStr"/><c r="I5" t="str"><v>a_x005F_x0041_b &amp;amp;</v></c>' +
    '<c r="J5" t="str"><v>Linje 1\r\nLinje 2</v></c><c r="K5"><v>0</v></c><c r="L5"><f>0</f><v>0</v></c></row>' +
    '<row r="6" hidden="true"/><row r="7" spans="1:2" ht="20" customHeight="1"><c r="A7" s="4"/></row>',
  '<mergeCells count="3"><mergeCell ref="A6:B6"/><mergeCell ref="C6"/><mergeCell ref="$D$6:E6"/></mergeCells>',
);

const WORKBOOK = (calc: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  '<sheets><sheet name="Ark &amp; 1" sheetId="1" r:id="rId1"/><sheet name="Ark2" sheetId="2" state="veryHidden" r:id="rId2"/>' +
  `</sheets>${calc}</workbook>`;

describe('the own reader on cells in every form', () => {
  it.each([
    ['saved results', ''],
    ['a recalculation asked for on opening', '<calcPr calcId="1" fullCalcOnLoad="1"/>'],
  ])('reads them as the SheetJS path does, with %s', (_, calc) => {
    const bytes = packageWith({
      '/xl/worksheets/sheet1.xml': QUIRKS,
      '/xl/sharedStrings.xml': SST,
      '/xl/styles.xml': STYLES,
      '/xl/workbook.xml': WORKBOOK(calc),
    });
    expect(compare('quirks', bytes)).toBe('own');
  });

  it.each([
    [
      'a prefixed worksheet',
      QUIRKS.replace(/<(\/?)(worksheet|sheetData|row|c|v|f)\b/g, '<$1x:$2').replace(
        MAIN,
        MAIN.replace('xmlns', 'xmlns:x'),
      ),
    ],
    [
      'rows out of order',
      sheet('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>'),
    ],
    ['a cell without its address', sheet('<row r="1"><c><v>1</v></c></row>')],
    ['a date cell', sheet('<row r="1"><c r="A1" t="d"><v>2024-01-31</v></c></row>')],
    ['a comment among the cells', sheet('<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>')],
    ['a single-quoted attribute', sheet("<row r='1'><c r='A1'><v>1</v></c></row>")],
  ])('leaves %s to SheetJS', (_, xml) => {
    const bytes = packageWith({ '/xl/worksheets/sheet1.xml': xml });
    expect(compare('odd form', bytes)).toBe('sheetjs');
  });
});
