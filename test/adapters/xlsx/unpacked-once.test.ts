/**
 * The zip guard unpacks every entry to check it, and the reader takes those bytes instead of unpacking the
 * file a second time: the same grids come out, and the worksheets are unpacked once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { identifyBook } from '../../../src/adapters/xlsx/file-kind';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { readCentralDirectory, type Unpacked } from '../../../src/adapters/xlsx/zip-guard';

const REAL = path.join(__dirname, '..', '..', 'files', 'real');
const ZIPPED = readdirSync(REAL).filter((f) => /\.(xlsx|xlsm|xlsb|ods)$/.test(f));

function readable(file: string): boolean {
  try {
    identifyBook(readFileSync(path.join(REAL, file)));
    return true;
  } catch {
    return false; // the password-protected sample is refused before any reading
  }
}

describe('entries unpacked once', () => {
  it.each(ZIPPED.filter(readable))('%s reads the same from the guard’s bytes', (file) => {
    const bytes = readFileSync(path.join(REAL, file));
    const unpacked: Unpacked = new Map();
    const kind = identifyBook(bytes, undefined, unpacked);
    const kept = unpacked.size;
    const reused = readBook(bytes, kind, unpacked);
    const plain = readBook(bytes, kind);
    expect(reused.grids).toEqual(plain.grids);
    expect(reused.sheetNames).toEqual(plain.sheetNames);
    expect(reused.unread).toEqual(plain.unread);
    // The reader took what the guard had unpacked rather than unpacking it again.
    if (kept > 0) expect(unpacked.size).toBeLessThan(kept);
  });

  it('keeps each deflated entry exactly as it unpacks, by where its packed data starts', () => {
    const file = ZIPPED.find((f) => f.endsWith('.xlsx') && readable(f))!;
    const bytes = readFileSync(path.join(REAL, file));
    const unpacked: Unpacked = new Map();
    identifyBook(bytes, undefined, unpacked);
    const deflated = readCentralDirectory(bytes).filter((e) => e.method === 8);
    expect(unpacked.size).toBe(deflated.length);
    for (const e of deflated) {
      const at = e.localOffset!;
      const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      const kept = unpacked.get(start)!;
      expect(kept.data.equals(inflateRawSync(bytes.subarray(start, start + e.compressedSize)))).toBe(true);
      expect(kept.packedBytes).toBe(e.compressedSize);
    }
  });
});
