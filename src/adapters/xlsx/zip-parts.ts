/**
 * The parts of an .xlsx package by name, for Fordel's own reader: what the zip guard unpacked already
 * (by where each entry's packed data starts, taken from it once), stored entries as they lie in the file,
 * and anything else unpacked on first use. Names as the SheetJS path keys them: no leading "/", lower case, empty parts left out.
 */
import { inflateRawSync } from 'node:zlib';
import type { PackageFiles } from './package-parts';
import { readCentralDirectory, type Unpacked } from './zip-guard';
import { notUnderstood } from './reader-fallback';

const SIG_LOCAL = 0x04034b50;

export function zipParts(bytes: Buffer, unpacked?: Unpacked): PackageFiles {
  const where = new Map<string, { start: number; packed: number; size: number; method: number }>();
  for (const e of readCentralDirectory(bytes)) {
    const at = e.localOffset ?? -1;
    if (at < 0 || at + 30 > bytes.length || bytes.readUInt32LE(at) !== SIG_LOCAL) notUnderstood('zip entry');
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const key = e.name.replace(/^\/+/, '').toLowerCase();
    if (e.uncompressedSize > 0 && !where.has(key))
      where.set(key, { start, packed: e.compressedSize, size: e.uncompressedSize, method: e.method ?? -1 });
  }
  const cache = new Map<string, Uint8Array>();
  return {
    names: () => [...where.keys()],
    bytes(name) {
      const key = name.replace(/^\/+/, '').toLowerCase();
      const hit = cache.get(key);
      if (hit) return hit;
      const e = where.get(key);
      if (!e) return null;
      let data: Uint8Array;
      if (e.method === 0) data = bytes.subarray(e.start, e.start + e.packed);
      else if (e.method === 8) {
        // Taken once, as the SheetJS path takes them: the guard's map then no longer holds the part.
        const taken = unpacked?.get(e.start)?.data;
        unpacked?.delete(e.start);
        data =
          taken ??
          inflateRawSync(bytes.subarray(e.start, e.start + e.packed), { maxOutputLength: e.size + 1 });
      } else return notUnderstood('zip method');
      if (data.length !== e.size) notUnderstood('zip size');
      cache.set(key, data);
      return data;
    },
  };
}
