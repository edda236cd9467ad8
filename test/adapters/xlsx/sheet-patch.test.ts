/**
 * The sheet part of a checked copy (copy-sheet.ts) and its packing (zip-copy.ts): Fordel's cells land in
 * column order among the user's, a row the user's text has out of order is not patched, and a large part
 * packed piece by piece unpacks to exactly its text with the CRC a zip reader checks.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { SheetPatch } from '../../../src/adapters/xlsx/copy-sheet';
import { packPieces, unpack } from '../../../src/adapters/xlsx/zip-copy';

const sheet = (data: string, head = ''): string =>
  `<worksheet>${head}<dimension ref="A1:C3"/><sheetData>${data}</sheetData><pageMargins left="0.7"/></worksheet>`;

const cell = (ref: string) => (now: { s: number; xml: string | null }) =>
  `<c r="${ref}"${now.s ? ` s="${now.s}"` : ''}><v>9</v></c>`;

describe('a sheet part patched', () => {
  it('puts a cell between the user’s in column order and one right of them after the last', () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="C1" s="2"><v>3</v></c></row>' +
        '<row r="2" spans="1:3"><c r="A2"><v>2</v></c><c\n r="C2"><v>4</v></c></row>' +
        '<row r="3"/>',
      '<cols><col min="4" max="4" width="9" style="7" customWidth="1"/></cols>',
    );
    const patch = SheetPatch.read(xml)!;
    patch.setCell(0, 1, cell('B1'), true);
    patch.setCell(1, 3, cell('D2'), true);
    patch.setCell(2, 3, cell('D3'), true);
    patch.setCell(4, 0, cell('A5'), true);
    const out = patch.toXml();
    expect(out).toContain(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c><c r="C1" s="2"><v>3</v></c></row>',
    );
    // The last cell written with a line break inside its tag is still found as the last.
    expect(out).toContain(
      '<row r="2"><c r="A2"><v>2</v></c><c\n r="C2"><v>4</v></c><c r="D2" s="7"><v>9</v></c></row>',
    );
    expect(out).toContain(
      '<row r="3"><c r="D3" s="7"><v>9</v></c></row><row r="5"><c r="A5"><v>9</v></c></row>',
    );
    expect(out).toContain('<dimension ref="A1:D5"/>');
    expect(out.endsWith('</sheetData><pageMargins left="0.7"/></worksheet>')).toBe(true);
  });

  it('puts a new cell before a row’s own extension list, which closes the row', () => {
    const patch = SheetPatch.read(
      sheet('<row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="x"/></extLst></row>'),
    )!;
    patch.setCell(0, 1, cell('B1'), true);
    const out = patch.toXml();
    expect(out).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c>');
    expect(out).not.toMatch(/<\/extLst><c\b/);
  });

  it('a new row goes before the first row below it', () => {
    const patch = SheetPatch.read(
      sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>'),
    )!;
    patch.setCell(1, 0, cell('A2'), true);
    expect(patch.toXml()).toContain(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>9</v></c></row><row r="4">',
    );
  });

  it('is not patched when its rows are out of order or repeated, as Excel would call it damaged', () => {
    expect(SheetPatch.read(sheet('<row r="2"><c r="A2"><v>2</v></c></row><row r="1"/>'))).toBeNull();
    expect(SheetPatch.read(sheet('<row r="1"/><row r="1"/>'))).toBeNull();
    expect(SheetPatch.read(sheet('<row r="1"/><row r="2"/>'))).not.toBeNull();
  });

  it('reads a protected sheet from the text after its cells only', () => {
    expect(SheetPatch.read(sheet('<row r="1"/>'))!.isProtected()).toBe(false);
    const locked = '<worksheet><sheetData/><sheetProtection sheet="1"/></worksheet>';
    expect(SheetPatch.read(locked)!.isProtected()).toBe(true);
  });
});

describe('a part packed piece by piece', () => {
  it('unpacks to exactly its text, across pieces, with the CRC of the whole', () => {
    // About 13 MB of text with Danish letters, so the part spans several 4 MB pieces.
    const row = (i: number): string =>
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Ærø ${i}</t></is></c></row>`;
    const pieces = Array.from({ length: 200_000 }, (_, i) => row(i + 1));
    const whole = Buffer.from(pieces.join(''), 'utf8');
    const part = packPieces('xl/worksheets/sheet1.xml', (sink) => pieces.forEach((p) => sink(p)));
    expect(part.size).toBe(whole.length);
    expect(part.crc).toBe(zlibCrc32(whole));
    expect(inflateRawSync(part.packed).equals(whole)).toBe(true);
    expect(unpack(part).equals(whole)).toBe(true);
  });

  it('an empty part is a valid empty stream', () => {
    const part = packPieces('empty.xml', () => undefined);
    expect(part.size).toBe(0);
    expect(inflateRawSync(part.packed).length).toBe(0);
  });
});
