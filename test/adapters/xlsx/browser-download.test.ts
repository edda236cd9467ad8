/**
 * The browser page's download, made with the browser's pieces: node:zlib is replaced here by the page's
 * own (src/web/zlib.ts, SheetJS's JavaScript inflate and deflate), as webpack replaces it on the page. The
 * checked copy is the user's package with only Fordel's parts rewritten, readable by other readers, and
 * a file no copy can be made of gets the findings on their own.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { deflateRawSync, inflateRawSync } from '../../../src/web/zlib';
import { BrowserWorkbook } from '../../../src/web/browser-workbook';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { readZipParts } from '../../../src/adapters/xlsx/zip-copy';

/** Node's own zlib, to check the page's deflate against. */
const nodeZlib = jest.requireActual<typeof import('node:zlib')>('node:zlib');

jest.mock('node:zlib', () => ({
  ...jest.requireActual('node:zlib'),
  ...jest.requireActual('../../../src/web/zlib'),
}));

/** Reproducible noise (xorshift32). */
function noise(length: number): number[] {
  let x = 2_463_534_242;
  return Array.from({ length }, () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  });
}

const SAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'fordel-eksempel.xlsx');

describe("the page's deflate", () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    [
      'sheet XML',
      Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>Beløb</t></is></c></row>'.repeat(5000)),
    ],
    // Bytes deflate cannot shrink: stored as they are, never cut off.
    [
      'random bytes over 64 KB',
      Buffer.from(Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 251) ^ (i >> 3))),
    ],
    ['all high bytes', Buffer.alloc(100_000, 0xff)],
    // High bytes in no pattern grow by an eighth in SheetJS's fixed codes, past the end of its buffer.
    ['high bytes in no pattern', Buffer.from(noise(150_000).map((n) => 144 + (n % 112)))],
  ])('%s: Node inflates it back to the same bytes', (_, data) => {
    // The writer under test here is the page's: node:zlib is replaced for this file.
    expect(jest.requireMock<typeof nodeZlib>('node:zlib').deflateRawSync).toBe(deflateRawSync);
    const packed = deflateRawSync(data);
    expect(nodeZlib.inflateRawSync(packed).equals(data)).toBe(true);
    expect(inflateRawSync(packed).equals(data)).toBe(true);
  });
});

describe('the download', () => {
  async function checked(bytes: Buffer, name: string) {
    const book = BrowserWorkbook.open(new Uint8Array(bytes), name);
    const result = checkWorkbook(await book.read(), { lang: 'da', asOf: '2026-11-24' });
    return { book, plan: result.plan };
  }

  it("is the user's package with Fordel's output, the parts Fordel did not write as they were", async () => {
    const bytes = await fs.readFile(SAMPLE);
    const { book, plan } = await checked(bytes, 'fordel-eksempel.xlsx');
    const file = await book.download(plan);
    expect(file.fileName).toBe('fordel-eksempel-kontrolleret.xlsx');
    expect(file.fundOnly).toBeNull();
    const out = Buffer.from(await file.blob.arrayBuffer());
    const copy = readBook(out, 'xlsx');
    expect(copy.sheetNames).toEqual([
      ...readBook(bytes, 'xlsx').sheetNames,
      'Fordel-fund',
      'Fordel-indstillinger',
    ]);
    expect(copy.settings?.owned.length).toBeGreaterThan(0);
    const before = new Map(readZipParts(bytes)!.map((p) => [p.name, p.packed]));
    const after = new Map(readZipParts(out)!.map((p) => [p.name, p.packed]));
    const same = [...before].filter(([name, packed]) => after.get(name)?.equals(packed)).map(([n]) => n);
    expect(same).toEqual(expect.arrayContaining(['xl/theme/theme1.xml', 'docProps/core.xml']));
    // Other readers open it: ExcelJS, and SheetJS without Node's zlib.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Fordel-fund')?.rowCount).toBeGreaterThan(1);
    expect(XLSX.read(out, { type: 'buffer' }).SheetNames).toContain('Fordel-fund');
  });

  it('an .ods file: the findings on their own, and why', async () => {
    const ods = Buffer.from(
      XLSX.write(XLSX.read(await fs.readFile(SAMPLE)), { type: 'buffer', bookType: 'ods' }),
    );
    const { book, plan } = await checked(ods, 'kommuner.ods');
    const file = await book.download(plan);
    expect(file.fileName).toBe('kommuner-fordel-fund.xlsx');
    expect(file.fundOnly?.en).toMatch(/only writes checked copies of \.xlsx and \.xlsm files/);
    const out = XLSX.read(Buffer.from(await file.blob.arrayBuffer()), { type: 'buffer' });
    expect(out.SheetNames).toEqual(['Fordel-fund']);
  });
});
