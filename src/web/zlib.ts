/**
 * The few node:zlib pieces the .xlsx adapter uses, for the browser page, where Node's zlib does not exist
 * (webpack aliases node:zlib to this file). Inflating and deflating use SheetJS's own JavaScript code (the
 * page carries SheetJS anyway), and the page's check runs in a Web Worker that the page can stop.
 */
import * as XLSX from '@e965/xlsx';

/** Without a native inflater, SheetJS keeps its own (its use_zlib probe fails on this empty class). */
export class InflateRaw {}

type Inflate = (payload: Uint8Array & { l?: number }, usz: number) => Uint8Array;
type Deflate = (data: Uint8Array) => Uint8Array;
const sheetjs = (XLSX.CFB as unknown as { utils: { _inflateRaw: Inflate; _deflateRaw: Deflate } }).utils;
const sheetjsInflate = sheetjs._inflateRaw;

export function inflateRawSync(data: Uint8Array, opts: { maxOutputLength?: number } = {}): Buffer {
  const payload = Object.assign(Uint8Array.from(data), { l: 0 });
  const out = Buffer.from(sheetjsInflate(payload, 0));
  if (opts.maxOutputLength !== undefined && out.length > opts.maxOutputLength) {
    throw Object.assign(new RangeError('inflated data is larger than allowed'), {
      code: 'ERR_BUFFER_TOO_LARGE',
    });
  }
  return out;
}

/**
 * Raw deflate. SheetJS's deflater writes into a buffer of 1.1 times the input plus 50 bytes and stops at
 * its end; an output that fills that buffer may be cut short, and the data is then stored unpacked.
 */
export function deflateRawSync(data: Uint8Array, _opts?: { level?: number }): Buffer {
  const packed = data.length ? sheetjs._deflateRaw(data) : new Uint8Array(0);
  const room = 50 + Math.floor(data.length * 1.1);
  return data.length && packed.length < room ? Buffer.from(packed) : stored(data);
}

/** Deflate's stored blocks: the data as it is, in pieces of at most 65535 bytes. */
function stored(data: Uint8Array): Buffer {
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff));
  const out = Buffer.alloc(data.length + blocks * 5);
  let at = 0;
  for (let i = 0; i < blocks; i++) {
    const piece = data.subarray(i * 0xffff, Math.min(data.length, (i + 1) * 0xffff));
    out[at] = i === blocks - 1 ? 1 : 0;
    out.writeUInt16LE(piece.length, at + 1);
    out.writeUInt16LE(~piece.length & 0xffff, at + 3);
    out.set(piece, at + 5);
    at += 5 + piece.length;
  }
  return out;
}

/** No sync flush here: a large part is packed in one go (zip-copy.ts packPieces). */
export const constants: { Z_SYNC_FLUSH?: number } = {};

let table: Uint32Array | null = null;

/** CRC-32 as zip files carry it (the IEEE polynomial), continuing from `start`. */
export function crc32(data: Uint8Array, start = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
