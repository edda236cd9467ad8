/**
 * The "saved" family writes what Excel, LibreOffice Calc and tools that do not calculate really write, and
 * the runner asks an unsure reading to name its correction. The LibreOffice forms below are the ones Calc
 * 7.4 wrote when it converted generated workbooks (`soffice --headless --convert-to xlsx`).
 */
import * as XLSX from '@e965/xlsx';
import { namesCorrection } from './doubt';
import { parseTransforms } from './families';
import { a1 } from './sheet-model';
import { buildVariant, truthById } from './variant';
import { fillFormula } from './write-excel-shared';
import { calcFormat } from './write-libreoffice';
import { workbookBytes } from './write-xlsx';

const partText = (bytes: Buffer, path: string): string | null => {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), path);
  return entry ? Buffer.from(entry.content as Uint8Array).toString('utf8') : null;
};

const forced = (truth: string, names: string) =>
  buildVariant(truthById(truth), 1, undefined, parseTransforms(names));

/** Every cell as SheetJS reads it back: value, and formula where there is one. */
function cellsOf(bytes: Buffer): Record<string, unknown> {
  const ws = XLSX.read(bytes, { type: 'buffer', cellFormula: true }).Sheets.Ark1;
  return Object.fromEntries(
    Object.entries(ws)
      .filter(([k, c]) => !k.startsWith('!') && (c as XLSX.CellObject).t !== 'z')
      .map(([k, c]) => [k, [(c as XLSX.CellObject).v, (c as XLSX.CellObject).f ?? null]]),
  );
}

describe('files as LibreOffice Calc saves them', () => {
  it('escape literal characters in number formats as Calc does', () => {
    expect(calcFormat('_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-')).toBe(
      '_-* #,##0_-;\\-* #,##0_-;_-* \\-_-;_-@_-',
    );
    expect(calcFormat('#,##0;(#,##0)')).toBe('#,##0;\\(#,##0\\)');
    expect(calcFormat('0.0%')).toBe('0.0%');
  });

  it('hold the same values and formulas as the file Excel saves, in Calc’s forms', () => {
    for (const [truth, names] of [
      ['cofin-6', 'numbers:accounting-format+saved:libreoffice'],
      ['split-5', 'header:three-rows+placement:hidden-row+saved:libreoffice'],
      ['cofin-6', 'placement:excel-table+saved:libreoffice'],
    ]) {
      const v = forced(truth, names);
      const calc = workbookBytes(v.sheets, 'libreoffice');
      expect(cellsOf(calc)).toEqual(cellsOf(workbookBytes(v.sheets, 'excel')));
      const xml = partText(calc, '/xl/worksheets/sheet1.xml')!;
      expect(xml).toMatch(/<f aca="false">SUM\(/);
      expect(xml).toMatch(/ t="n"><v>/);
      expect(xml).toMatch(/<row r="\d+" customFormat="false" ht="12.8" hidden="(false|true)"/);
      expect(partText(calc, '/xl/calcChain.xml')).toBeNull();
    }
    const table = partText(
      workbookBytes(forced('cofin-6', 'placement:excel-table+saved:libreoffice').sheets, 'libreoffice'),
      '/xl/tables/table1.xml',
    )!;
    const ref = /ref="([A-Z0-9:]+)"/.exec(table)![1];
    expect(table).toContain(`<autoFilter ref="${ref}">`);
    expect(table).not.toContain('totalsRowFunction');
  });

  it('write a formula’s text result as t="str" and an error as its text', () => {
    const v = forced('split-5', 'saved:libreoffice');
    v.sheets[0].cells.set('10,0', { v: 'ok', f: 'IF(C3>0,"ok","nej")' });
    v.sheets[0].cells.set('10,1', { v: 0, err: '#DIV/0!', f: 'C3/0' });
    const xml = partText(workbookBytes(v.sheets, 'libreoffice'), '/xl/worksheets/sheet1.xml')!;
    expect(xml).toContain(
      '<c r="A11" s="0" t="str"><f aca="false">IF(C3&gt;0,&quot;ok&quot;,&quot;nej&quot;)</f><v>ok</v></c>',
    );
    expect(xml).toContain('<c r="B11" s="0" t="e"><f aca="false">C3/0</f><v>#DIV/0!</v></c>');
  });
});

describe('files as Excel saves formulas filled down', () => {
  it('move a formula’s relative references and keep its $ references', () => {
    expect(fillFormula('ROUND($C$7*B5/100,0)', 1, 0)).toBe('ROUND($C$7*B6/100,0)');
    expect(fillFormula('SUM(B3:B6)', 0, 2)).toBe('SUM(D3:D6)');
    expect(fillFormula('SUBTOTAL(109,Tabel1[2022])', 0, 1)).toBe('SUBTOTAL(109,Tabel1[2022])');
  });

  it('share a filled formula and keep a calcChain, read back as the same formulas', () => {
    const v = forced('split-5', 'saved:excel-shared');
    const bytes = workbookBytes(v.sheets, 'excel-shared');
    const xml = partText(bytes, '/xl/worksheets/sheet1.xml')!;
    expect(xml).toMatch(/<f t="shared" ref="C3:C4" si="0">ROUND\(\$C\$5\*B3\/100,0\)<\/f>/);
    expect(xml).toMatch(/<c r="C4"[^>]*><f t="shared" si="0"\/>/);
    expect(partText(bytes, '/xl/calcChain.xml')).toContain('<c r="C3" i="1"/>');
    expect(cellsOf(bytes)).toEqual(cellsOf(workbookBytes(v.sheets, 'excel')));
  });
});

describe('files saved by a tool that does not calculate', () => {
  it('hold the formula with no result, or 0 and a recalculation on opening', () => {
    const empty = forced('split-5', 'saved:uncached');
    expect(empty.unseen.map(a1).sort()).toEqual(['C3', 'C4', 'C5']);
    const xml = partText(workbookBytes(empty.sheets, 'uncached'), '/xl/worksheets/sheet1.xml')!;
    expect(xml).toMatch(/<c r="C5"[^>]*><f>SUM\(C3:C4\)<\/f><\/c>/);
    const zero = forced('split-5', 'saved:uncached-zero');
    const bytes = workbookBytes(zero.sheets, 'uncached');
    expect(XLSX.read(bytes, { type: 'buffer' }).Sheets.Ark1.C5.v).toBe(0);
    expect(partText(bytes, '/xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });
});

describe('an unsure reading names its correction', () => {
  it('only with a place on the sheet and what to mark there', () => {
    expect(
      namesCorrection(
        'Læst sådan går tallene ikke op i 3 af tabellens 3 rækker. Se »Sådan læste Fordel tabellen«, og ret læsningen (totalrækken, nøglen, beløbskolonnen eller tabeltypen), hvis den er forkert.',
      ),
    ).toBe(false);
    expect(namesCorrection('Række 7 kan være en total eller en part: markér den som total.')).toBe(true);
    expect(namesCorrection('Kolonne D er nøglen eller beløbet; angiv rollen.')).toBe(true);
    expect(namesCorrection('Is B7 the total? Mark it as the total row.')).toBe(true);
  });
});
