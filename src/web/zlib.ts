/**
 * The few node:zlib pieces the .xlsx adapter uses, for the browser page, where Node's zlib does not exist
 * (webpack aliases node:zlib to this file). Inflating uses SheetJS's own JavaScript inflate, and the page's
 * check runs in a Web Worker that the page can stop.
 */
import * as XLSX from '@e965/xlsx';

/** Without a native inflater, SheetJS keeps its own (its use_zlib probe fails on this empty class). */
export class InflateRaw {}

type Inflate = (payload: Uint8Array & { l?: number }, usz: number) => Uint8Array;
const sheetjsInflate = (XLSX.CFB as unknown as { utils: { _inflateRaw: Inflate } }).utils._inflateRaw;

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
