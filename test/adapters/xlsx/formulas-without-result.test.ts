/**
 * A workbook saved by a tool that does not calculate holds formulas with no result (or 0 and a request to
 * recalculate on opening). Fordel must say it cannot see those cells, never read them as empty or 0: a
 * total it cannot see must not let a table pass as checked, and a 0 must not become a wrong total.
 */
import { formulasWithoutResult } from '../../../src/adapters/xlsx/formulas-without-result';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { cellAt, isNoResult } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../../core/check/fixtures';
import { fakeZip } from '../../support/xlsx-fixtures';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx with one sheet: inline strings, and the cells' XML as given. */
function workbook(rows: string, calcPr = ''): Buffer {
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml) });
  return fakeZip([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    part(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets>${calcPr}</workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    ),
    part('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`),
  ]);
}

const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** A co-financing plan whose totals are SUM formulas; `total` writes the cell of one total. */
function plan(total: (ref: string, f: string) => string): string {
  return (
    `<row r="1">${str('A1', 'Finansiering')}${str('B1', '2025')}${str('C1', '2026')}${str('D1', 'I alt')}</row>` +
    `<row r="2">${str('A2', 'Egenfinansiering')}${num('B2', 600000)}${num('C2', 600000)}${total('D2', 'SUM(B2:C2)')}</row>` +
    `<row r="3">${str('A3', 'Statstilskud')}${num('B3', 400000)}${num('C3', 400000)}${total('D3', 'SUM(B3:C3)')}</row>` +
    `<row r="4">${str('A4', 'I alt')}${total('B4', 'SUM(B2:B3)')}${total('C4', 'SUM(C2:C3)')}${total('D4', 'SUM(D2:D3)')}</row>`
  );
}

describe('formulas saved without their result', () => {
  it('are found in the sheet XML, whatever the namespace prefix or the formula form', () => {
    const xml =
      '<row r="5"><c r="B5"><f>SUM(B3:B4)</f></c><c r="C5" s="1"><f t="shared" si="0"/></c>' +
      '<c r="D5"><f>SUM(D3:D4)</f><v>7</v></c><c r="E5" t="str"><f>A1&amp;""</f><v></v></c></row>' +
      '<x:row r="6"><x:c r="A6" t="e"><x:f>1/0</x:f></x:c></x:row>';
    expect(formulasWithoutResult(xml)).toEqual([
      { row: 4, col: 1 },
      { row: 4, col: 2 },
      { row: 5, col: 0 },
    ]);
  });

  it('read as cells Fordel cannot see, and every one is named in a warning, with no verdict of errors', () => {
    const book = readBook(workbook(plan((ref, f) => `<c r="${ref}"><f>${f}</f></c>`)), 'xlsx');
    const grid = book.grids[0];
    for (const [r, c] of [
      [1, 3],
      [3, 1],
      [3, 3],
    ])
      expect(isNoResult(cellAt(grid, r, c))).toBe(true);
    const result = checkWorkbook(snapshot([...book.grids]), PARAMS);
    const unseen = result.findings.filter((f) => f.rule === 'formula-no-result');
    const named = new Set(unseen.flatMap((f) => cellsOf(f.cell)));
    expect([...named].sort()).toEqual(['B4', 'C4', 'D2', 'D3', 'D4']);
    expect(unseen.every((f) => f.severity === 'warning' && f.expected === undefined)).toBe(true);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.verdicts?.map((v) => v.verdict)).not.toContain('ok');
  });

  it('with 0 saved and a recalculation asked for on opening are not read as 0', () => {
    const zeros = plan((ref, f) => `<c r="${ref}"><f>${f}</f><v>0</v></c>`);
    const asked = readBook(workbook(zeros, '<calcPr calcId="0" fullCalcOnLoad="1"/>'), 'xlsx');
    const result = checkWorkbook(snapshot([...asked.grids]), PARAMS);
    expect(result.findings.filter((f) => f.rule === 'total-mismatch')).toEqual([]);
    expect(
      result.findings.some((f) => f.rule === 'formula-no-result' && cellsOf(f.cell).includes('D4')),
    ).toBe(true);
    // Saved by a program that calculates, a 0 is the formula's result and a wrong total is found.
    const saved = readBook(workbook(zeros), 'xlsx');
    expect(isNoResult(cellAt(saved.grids[0], 3, 3))).toBe(false);
    expect(cellAt(saved.grids[0], 3, 3)).toBe(0);
  });
});

/** The cells of "B4" or "B4:D4". */
function cellsOf(ref: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return [ref];
  const col = (s: string) => s.charCodeAt(0) - 64;
  const out: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[4] ?? m[2]); r++)
    for (let c = col(m[1]); c <= col(m[3] ?? m[1]); c++) out.push(`${String.fromCharCode(64 + c)}${r}`);
  return out;
}
