/**
 * Looks at a file's bytes before any reader sees them, so that a file that is not a workbook, is
 * password-protected, is damaged or would unpack to gigabytes (a zip bomb) is refused at once with a
 * clear message instead of crashing, looping or filling memory. Declared sizes are not trusted: every
 * entry's local header must agree with the central directory, and every entry is unpacked with Node's
 * zlib, its real size counted against the limit while it unpacks and its checksum compared.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { text } from '../../core/findings/finding';
import { InputError } from './input-error';

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly encrypted: boolean;
  /** Where the entry's local header starts, and how it is packed (0 stored, 8 deflated). */
  readonly localOffset?: number;
  readonly method?: number;
  /** CRC-32 of the unpacked bytes, as the central directory states it. */
  readonly crc?: number;
  /** The general-purpose flags and the DOS time and date, as the central directory states them. */
  readonly flags?: number;
  readonly time?: number;
  readonly date?: number;
}

export interface ZipLimits {
  /** Refuse when all entries together would unpack to more than this. */
  readonly maxUncompressedBytes: number;
  /** Refuse when the file unpacks to more than this many times its own size ... */
  readonly maxRatio: number;
  /** ... once it unpacks to more than this (small files may compress very well and still be harmless). */
  readonly ratioFloorBytes: number;
}

/**
 * What the guard unpacked, by where each entry's packed data starts in the file, with how many packed bytes
 * its stream took: the reader takes an entry from here instead of unpacking it a second time.
 */
export type Unpacked = Map<number, { readonly data: Buffer; readonly packedBytes: number }>;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MAX_COMMENT = 0xffff;
const END_SIZE = 22;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const STORED = 0;
const DEFLATED = 8;

const damaged = (): InputError =>
  new InputError(
    text(
      'Filen er beskadiget: zip-strukturen i .xlsx-filen kan ikke læses.',
      'The file is damaged: the zip structure of the .xlsx file cannot be read.',
    ),
  );

/** Throws InputError unless the bytes look like a readable, reasonably sized .xlsx file. */
export function guardXlsxBytes(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): readonly ZipEntry[] {
  if (bytes.length >= OLE_MAGIC.length && bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    // Excel saves a password-protected workbook inside an OLE container; the old .xls format uses one too.
    throw new InputError(
      text(
        'Filen er beskyttet med adgangskode (eller er i det gamle .xls-format). Gem den uden adgangskode som .xlsx.',
        'The file is password-protected (or in the old .xls format). Save it without a password as .xlsx.',
      ),
    );
  }
  const entries = guardZipBytes(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw new InputError(
      text(
        'Filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx).',
        'The file is a zip file but not an Excel workbook (.xlsx).',
      ),
    );
  }
  return entries;
}

/** Throws InputError unless the bytes are a readable zip of a reasonable unpacked size, without encryption. */
export function guardZipBytes(
  bytes: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  unpacked?: Unpacked,
): readonly ZipEntry[] {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== SIG_LOCAL) {
    throw new InputError(
      text('Filen er ikke en Excel-projektmappe (.xlsx).', 'The file is not an Excel workbook (.xlsx).'),
    );
  }
  const entries = readCentralDirectory(bytes);
  if (entries.some((e) => e.encrypted)) {
    throw new InputError(
      text(
        'Filen indeholder krypterede dele og kan ikke læses. Gem den uden adgangskode.',
        'The file contains encrypted parts and cannot be read. Save it without a password.',
      ),
    );
  }
  const budget = unpackBudget(bytes.length, limits);
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (declared > budget) throw tooLarge(declared, false);
  checkEntries(bytes, entries, budget, unpacked);
  return entries;
}

/** What the file may unpack to in all: the absolute limit, and the ratio once past its floor. */
function unpackBudget(fileSize: number, limits: ZipLimits): number {
  return Math.min(limits.maxUncompressedBytes, Math.max(limits.ratioFloorBytes, fileSize * limits.maxRatio));
}

/** Refused by size: what the directory declares (exact), or what unpacking reached before it stopped (at least). */
function tooLarge(bytes: number, atLeast = true): InputError {
  const mb = Math.max(1, Math.round(bytes / (1024 * 1024)));
  const [da, en] = atLeast ? ['mere end ', 'more than '] : ['', ''];
  return new InputError(
    text(
      `Filen udpakkes til ${da}${mb} MB og afvises, da den kan være en zip-bombe eller er for stor til at kontrollere.`,
      `The file unpacks to ${en}${mb} MB and is refused: it may be a zip bomb or is too large to check.`,
    ),
  );
}

/**
 * Every entry as a reader will meet it: its local header where the directory says, with the same name
 * and method (readers trust the local header), its data inside the file, and its real unpacked size
 * and checksum equal to what the directory declares. Unpacking stops as soon as the budget is spent.
 */
function checkEntries(
  bytes: Buffer,
  entries: readonly ZipEntry[],
  budget: number,
  unpacked: Unpacked | undefined,
): void {
  const dataEnd = directoryStart(bytes);
  let total = 0;
  for (const e of entries) {
    const at = e.localOffset ?? -1;
    if (at < 0 || at + 30 > dataEnd || bytes.readUInt32LE(at) !== SIG_LOCAL) throw damaged();
    const flags = bytes.readUInt16LE(at + 6);
    const method = bytes.readUInt16LE(at + 8);
    const nameLen = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLen + bytes.readUInt16LE(at + 28);
    if (method !== e.method || start + e.compressedSize > dataEnd) throw damaged();
    if (bytes.toString('utf8', at + 30, at + 30 + nameLen) !== e.name) throw damaged();
    if (!(flags & FLAG_DATA_DESCRIPTOR) && !sameSizes(bytes, at, e)) throw damaged();
    if (flags & FLAG_ENCRYPTED) throw damaged();
    const packed = bytes.subarray(start, start + e.compressedSize);
    const left = budget - total;
    const inflated = method === DEFLATED ? inflate(packed, left, total) : null;
    const data = method === STORED ? packed : inflated?.data;
    if (!data) throw damaged();
    total += data.length;
    if (total > budget) throw tooLarge(total);
    const intact = data.length === e.uncompressedSize && (e.crc === undefined || crc32(data) === e.crc);
    // Parts that hold cells must be intact, or a damaged digit would be checked as if typed. Elsewhere
    // (relations, styles, charts) the reader repairs what it can, as spreadsheet programs do.
    if (!intact && CELL_PARTS.test(e.name)) throw damagedPart(e.name);
    if (intact && inflated) unpacked?.set(start, inflated);
  }
}

/** Parts that hold cell values: worksheets and shared strings (.xlsx/.xlsm/.xlsb) and content.xml (.ods). */
const CELL_PARTS = /(^|\/)(worksheets\/[^/]+|sharedstrings\.(xml|bin)|content\.xml)$/i;

function damagedPart(name: string): InputError {
  return new InputError(
    text(
      `Filen er beskadiget: delen ${name} er ødelagt, så cellernes værdier kan ikke stoles på. Åbn filen i Excel eller LibreOffice, gem den igen, og kør igen.`,
      `The file is damaged: its part ${name} is corrupt, so the cell values cannot be trusted. Open it in Excel or LibreOffice, save it again and run again.`,
    ),
  );
}

/** Unpacked with Node's zlib, never past what is left of the budget; with the packed bytes its stream took. */
function inflate(packed: Buffer, left: number, spent: number): { data: Buffer; packedBytes: number } {
  try {
    const { buffer, engine } = inflateRawSync(packed, {
      maxOutputLength: Math.max(1, left + 1),
      info: true,
    }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return { data: buffer, packedBytes: engine.bytesWritten };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(spent + left + 1);
    throw damaged();
  }
}

/** The local header's sizes, unless it defers them to Zip64 or a data descriptor, match the directory's. */
function sameSizes(bytes: Buffer, at: number, e: ZipEntry): boolean {
  const packed = bytes.readUInt32LE(at + 18);
  const size = bytes.readUInt32LE(at + 22);
  if (packed === 0xffffffff || size === 0xffffffff) return true;
  return packed === e.compressedSize && size === e.uncompressedSize;
}

function directoryStart(bytes: Buffer): number {
  const endAt = findEndRecord(bytes);
  const offset = bytes.readUInt32LE(endAt + 16);
  return offset === 0xffffffff ? readZip64End(bytes, endAt).offset : offset;
}

/** Reads every entry header of the central directory. Throws InputError when it is damaged. */
export function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  const endAt = findEndRecord(bytes);
  if (endAt < 0) throw damaged();
  let count = bytes.readUInt16LE(endAt + 10);
  let size = bytes.readUInt32LE(endAt + 12);
  let offset = bytes.readUInt32LE(endAt + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const z64 = readZip64End(bytes, endAt);
    count = z64.count;
    size = z64.size;
    offset = z64.offset;
  }
  if (offset + size > bytes.length) throw damaged();

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== SIG_CENTRAL) throw damaged();
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    let localOffset = bytes.readUInt32LE(at + 42);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw damaged();
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLen);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64: the real sizes sit in extra field 0x0001, uncompressed first, each only if flagged.
      const sizes = zip64Sizes(bytes.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen));
      if (uncompressedSize === 0xffffffff) uncompressedSize = sizes.shift() ?? Number.MAX_SAFE_INTEGER;
      if (compressedSize === 0xffffffff) compressedSize = sizes.shift() ?? Number.MAX_SAFE_INTEGER;
      if (localOffset === 0xffffffff) localOffset = sizes.shift() ?? Number.MAX_SAFE_INTEGER;
    }
    entries.push({
      name,
      compressedSize,
      uncompressedSize,
      encrypted: (flags & 1) === 1,
      localOffset,
      method,
      crc,
      flags,
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
    });
    at = end;
  }
  return entries;
}

function findEndRecord(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_SIZE; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === SIG_END) return at;
  }
  return -1;
}

function readZip64End(bytes: Buffer, endAt: number): { count: number; size: number; offset: number } {
  const locAt = endAt - 20;
  if (locAt < 0 || bytes.readUInt32LE(locAt) !== SIG_END64_LOCATOR) throw damaged();
  const recAt = safeNumber(bytes.readBigUInt64LE(locAt + 8));
  if (recAt + 56 > bytes.length || bytes.readUInt32LE(recAt) !== SIG_END64) throw damaged();
  return {
    count: safeNumber(bytes.readBigUInt64LE(recAt + 32)),
    size: safeNumber(bytes.readBigUInt64LE(recAt + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(recAt + 48)),
  };
}

function zip64Sizes(extra: Buffer): number[] {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let p = at + 4; p + 8 <= at + 4 + len && p + 8 <= extra.length; p += 8) {
        out.push(safeNumber(extra.readBigUInt64LE(p)));
      }
      return out;
    }
    at += 4 + len;
  }
  return [];
}

/** Sizes beyond 2^53 are not real workbooks; cap them so the limits refuse them. */
function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** One small entry's bytes (the central directory's sizes are trusted, not the local header's); null if unreadable. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes = 1024 * 1024): Buffer | null {
  const at = entry.localOffset;
  if (at === undefined || at + 30 > bytes.length || bytes.readUInt32LE(at) !== SIG_LOCAL) return null;
  if (entry.uncompressedSize > maxBytes) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return packed;
    if (entry.method === 8) return inflateRawSync(packed, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}
