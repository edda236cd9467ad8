/**
 * Builds .xlsx files for tests in a temporary folder: with ExcelJS for real workbooks, and by hand
 * for broken ones (a zip whose directory lies about its sizes, a truncated file).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SAMPLE_SHEETS } from '../../examples/sample-workbook';
import { buildSampleWorkbook } from '../../examples/make-sample';

export async function makeTempDir(prefix = 'fordel-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** Writes a workbook built by `build` to dir/name and returns its path. */
export async function writeWorkbook(
  dir: string,
  name: string,
  build: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A workbook with one sheet holding `rows` from A1. */
export async function writeRows(
  dir: string,
  name: string,
  sheet: string,
  rows: (string | number | boolean | null)[][],
): Promise<string> {
  return writeWorkbook(dir, name, (wb) => {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  });
}

/** The bundled sample, written fresh. */
export async function writeSample(dir: string, name = 'fordel-eksempel.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  await buildSampleWorkbook(SAMPLE_SHEETS).xlsx.writeFile(file);
  return file;
}

export async function openWithExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

export interface FakeZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** What the central directory claims the entry unpacks to (default: the real size). */
  readonly declaredSize?: number;
  readonly encrypted?: boolean;
}

/**
 * A zip with "stored" (uncompressed) entries, written byte by byte so tests can make it lie about
 * sizes the way a zip bomb does. CRCs are real, so only the lie told is what the guard sees.
 */
export function fakeZip(entries: readonly FakeZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = e.encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The two parts every .xlsx has, enough for the guard to take a fake zip for a workbook. */
export function xlsxLikeEntries(): FakeZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
  ];
}

/** The text of every zip entry whose name matches, joined: to look at the XML a workbook really holds. */
export async function zipEntriesText(file: string, name: RegExp): Promise<string> {
  const bytes = await fs.readFile(file);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const skip = nameLen + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const entry = bytes.toString('utf8', at + 46, at + 46 + nameLen);
    if (name.test(entry)) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + compressed);
      out.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    }
    at += 46 + skip;
  }
  return out.join('\n');
}
