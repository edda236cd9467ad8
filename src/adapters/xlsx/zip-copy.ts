/**
 * The zip layer of a checked copy that keeps everything: the original package's parts are read from
 * its central directory and copied into the new package as they were packed, byte for byte, and only
 * the parts Fordel rewrites or adds are packed anew. No part is unpacked unless Fordel reads it.
 */
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readCentralDirectory, type ZipEntry } from './zip-guard';

export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** DOS time and date as stored, kept for copied parts. */
  readonly time: number;
  readonly date: number;
  /** The packed bytes, a view into the original file. */
  readonly packed: Buffer;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** The largest piece unpacked in one go (a stated size is a hint: a bigger part still unpacks, in pieces). */
const MAX_CHUNK = 256 * 1024 * 1024;
/** Sizes or offsets at this value mean zip64, which this layer does not write: the caller falls back. */
const ZIP64 = 0xffffffff;

/**
 * The parts of a zip package in central-directory order, or null for anything it cannot copy safely. The
 * directory is read by the same reader that guarded the file on opening (zip-guard.ts).
 */
export function readZipParts(bytes: Buffer): ZipPart[] | null {
  let entries: readonly ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch {
    return null;
  }
  const parts: ZipPart[] = [];
  for (const e of entries) {
    const local = e.localOffset ?? ZIP64;
    const flags = e.flags ?? 0;
    if (e.encrypted || (e.method !== STORED && e.method !== DEFLATED)) return null;
    if (e.compressedSize >= ZIP64 || e.uncompressedSize >= ZIP64 || local >= ZIP64) return null;
    // A name in the old code page, not UTF-8, would come out under another name: not copied.
    if (!(flags & UTF8_NAMES) && /[\u0080-\uffff]/.test(e.name)) return null;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== SIG_LOCAL) return null;
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + e.compressedSize > bytes.length) return null;
    parts.push({
      name: e.name,
      method: e.method,
      crc: e.crc ?? 0,
      compressedSize: e.compressedSize,
      size: e.uncompressedSize,
      time: e.time ?? 0,
      date: e.date ?? 0,
      packed: bytes.subarray(dataStart, dataStart + e.compressedSize),
    });
  }
  return parts;
}

/** A part's content, unpacked. */
export function unpack(part: ZipPart): Buffer {
  if (part.method === STORED) return part.packed;
  // Inflated into one buffer of the size the package states, not in 16 KB pieces joined afterwards.
  const chunkSize = Math.min(Math.max(part.size, 64 * 1024), MAX_CHUNK);
  return inflateRawSync(part.packed, { chunkSize });
}

/** A new or rewritten part, packed now. */
export function packPart(name: string, content: Buffer, like?: ZipPart): ZipPart {
  const now = dosDateTime(new Date());
  return {
    name,
    method: DEFLATED,
    crc: crc32(content),
    compressedSize: 0,
    size: content.length,
    time: like?.time ?? now.time,
    date: like?.date ?? now.date,
    packed: deflateRawSync(content, { level: 6 }),
  };
}

/** Text is written into a buffer of this many bytes, which is packed each time it fills. */
const STAGE_BYTES = 4 * 1024 * 1024;
/** UTF-8 takes at most this many bytes for one UTF-16 unit of a JavaScript string. */
const MAX_UTF8_PER_UNIT = 3;
/**
 * zlib's level for a large rewritten part: on an 87 MB sheet of 300.000 rows level 4 packs within 2 % of
 * level 6's size in a third of its time (0,4 s against 1,1 s).
 */
const LARGE_PART_LEVEL = 4;

/**
 * A new or rewritten part whose text is written piece by piece (a large sheet): the pieces are encoded
 * straight into one reused buffer, and each time it fills (4 MB) it is packed, so the part's whole text
 * never exists at once, and the pieces die young instead of waiting, by the hundred thousand, to be
 * joined. Buffers packed with a sync flush and no final block follow each other as one valid deflate
 * stream; where that flush is not available (the browser page) the text is gathered and packed in one go.
 */
export function packPieces(
  name: string,
  write: (sink: (piece: string) => void) => void,
  like?: ZipPart,
): ZipPart {
  const flush = (zlib as { constants?: { Z_SYNC_FLUSH?: number } }).constants?.Z_SYNC_FLUSH;
  const packed: Buffer[] = [];
  const plain: Buffer[] = [];
  const stage = Buffer.allocUnsafe(STAGE_BYTES);
  let used = 0;
  let crc = 0;
  let size = 0;
  const take = (bytes: Buffer): void => {
    if (!bytes.length) return;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (flush === undefined) plain.push(Buffer.from(bytes));
    else packed.push(deflateRawSync(bytes, { level: LARGE_PART_LEVEL, finishFlush: flush }));
  };
  const put = (piece: string): void => {
    if (piece.length * MAX_UTF8_PER_UNIT > STAGE_BYTES - used) {
      take(stage.subarray(0, used));
      used = 0;
    }
    used += stage.write(piece, used, 'utf8');
  };
  write((piece) => {
    // A long stretch of the original (a sheet with few rows written into) goes in stage-sized slices,
    // never cut between the two halves of a character outside the BMP.
    const most = Math.floor(STAGE_BYTES / MAX_UTF8_PER_UNIT);
    let from = 0;
    while (piece.length - from > most) {
      let to = from + most;
      const before = piece.charCodeAt(to - 1);
      if (before >= 0xd800 && before <= 0xdbff) to--;
      put(piece.slice(from, to));
      from = to;
    }
    put(from ? piece.slice(from) : piece);
  });
  take(stage.subarray(0, used));
  // The final block: empty after the flushed pieces, or the whole text where nothing was flushed.
  packed.push(
    deflateRawSync(flush === undefined ? Buffer.concat(plain) : Buffer.alloc(0), { level: LARGE_PART_LEVEL }),
  );
  const now = dosDateTime(new Date());
  return {
    name,
    method: DEFLATED,
    crc,
    compressedSize: 0,
    size,
    time: like?.time ?? now.time,
    date: like?.date ?? now.date,
    packed: packed.length === 1 ? packed[0] : Buffer.concat(packed),
  };
}

/** The package with the given parts in order; copied parts keep their packed bytes. */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt16LE(p.time, 10);
    local.writeUInt16LE(p.date, 12);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(SIG_CENTRAL, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 30); // flags .. extra length, the same fields in the same order
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE(0, 38); // external attributes
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.packed);
    central.push(entry, name);
    offset += 30 + name.length + p.packed.length;
    if (offset >= ZIP64) throw new Error('package too large for a plain zip');
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** CRC-32 as zip files carry it, continuing from `start` (the CRC of what came before). */
export function crc32(data: Uint8Array, start = 0): number {
  return zlib.crc32(data, start) >>> 0;
}
