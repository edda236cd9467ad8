import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../../src/adapters/xlsx/input-error';
import { guardXlsxBytes, readCentralDirectory } from '../../../src/adapters/xlsx/zip-guard';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { fakeZip, makeTempDir, removeDir, writeSample, xlsxLikeEntries } from '../../support/xlsx-fixtures';

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('zip guard', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(() => removeDir(dir));

  it('lists the entries of a real workbook with their sizes', async () => {
    const bytes = await fs.readFile(await writeSample(dir));
    const entries = readCentralDirectory(bytes);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(entries.every((e) => e.uncompressedSize >= 0 && !e.encrypted)).toBe(true);
    expect(guardXlsxBytes(bytes).length).toBe(entries.length);
  });

  it('accepts a small zip whose declared sizes are modest', () => {
    expect(guardXlsxBytes(fakeZip(xlsxLikeEntries()))).toHaveLength(2);
  });

  it('refuses a zip bomb by its declared size, before unpacking anything', () => {
    const bomb = fakeZip([
      ...xlsxLikeEntries(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('x'), declaredSize: 600 * 1024 * 1024 },
    ]);
    const e = refusal(() => guardXlsxBytes(bomb));
    expect(e.text.en).toMatch(/zip bomb/);
    expect(e.text.da).toMatch(/600 MB/);
  });

  it('refuses a file that unpacks to far more than 100 times its size', () => {
    const dense = fakeZip([
      ...xlsxLikeEntries(),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(1000), declaredSize: 40 * 1024 * 1024 },
    ]);
    expect(refusal(() => guardXlsxBytes(dense)).text.en).toMatch(/refused/);
  });

  it('refuses encrypted zip entries', () => {
    const locked = fakeZip([
      ...xlsxLikeEntries(),
      { name: 'xl/styles.xml', data: Buffer.from('?'), encrypted: true },
    ]);
    expect(refusal(() => guardXlsxBytes(locked)).text.en).toMatch(/encrypted/);
  });

  it('refuses a zip that is not a workbook', () => {
    const other = fakeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    expect(refusal(() => guardXlsxBytes(other)).text.en).toMatch(/not an Excel workbook/);
  });

  it('refuses a password-protected workbook (an OLE container)', () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const e = refusal(() => guardXlsxBytes(ole));
    expect(e.text.en).toMatch(/password/);
    expect(e.text.da).toMatch(/adgangskode/);
  });

  it('refuses plain text and a truncated workbook', async () => {
    expect(refusal(() => guardXlsxBytes(Buffer.from('Kommune;Indbyggere\n'))).text.en).toMatch(
      /not an Excel workbook/,
    );
    const whole = await fs.readFile(await writeSample(dir, 'whole.xlsx'));
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(refusal(() => guardXlsxBytes(cut)).text.en).toMatch(/damaged/);
  });

  it('a damaged central directory entry is refused, not read past the end', () => {
    const zip = fakeZip(xlsxLikeEntries());
    // Point the directory one byte off: the entry signature no longer matches.
    const endAt = zip.length - 22;
    zip.writeUInt32LE(zip.readUInt32LE(endAt + 16) + 1, endAt + 16);
    expect(refusal(() => readCentralDirectory(zip)).text.en).toMatch(/damaged/);
  });

  it('XlsxWorkbook.open refuses each kind of unusable file with a one-line message', async () => {
    const cases: [string, Buffer | null, RegExp][] = [
      ['missing.xlsx', null, /does not exist/],
      ['notes.xlsx', Buffer.from('just text'), /not an Excel workbook/],
      [
        'locked.xlsx',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]),
        /password/,
      ],
      ['fake.xlsx', fakeZip(xlsxLikeEntries()), /cannot be read/],
    ];
    for (const [name, bytes, message] of cases) {
      const file = path.join(dir, name);
      if (bytes) await fs.writeFile(file, bytes);
      const e = await XlsxWorkbook.open(file).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).text.en).toMatch(message);
      expect((e as InputError).text.en).not.toContain('\n');
    }
  });

  it('states the size limit when a file is too large', async () => {
    const small = await writeSample(dir, 'big.xlsx');
    const e = await XlsxWorkbook.open(small, { maxBytes: 1024 }).then(
      () => null,
      (err: unknown) => err as InputError,
    );
    expect(e).toBeInstanceOf(InputError);
    expect(e?.text.da).toMatch(/grænsen er 1 KB\.$/);
    const large = path.join(dir, 'large.xlsx');
    await fs.writeFile(large, Buffer.alloc(1.5 * 1024 * 1024));
    const e2 = await XlsxWorkbook.open(large, { maxBytes: 1024 * 1024 }).then(
      () => null,
      (err: unknown) => err as InputError,
    );
    expect(e2?.text.en).toBe('The file is too large (1.5 MB); the limit is 1 MB.');
    expect(e2?.text.da).toBe('Filen er for stor (1,5 MB); grænsen er 1 MB.');
  });
});
