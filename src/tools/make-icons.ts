/**
 * Writes Fordel's ribbon and store icons (16, 32, 64, 80, 128 px) into assets/: a rounded square in
 * the product's blue with three bars of different lengths, the split of one amount into shares.
 * Plain PNG (RGBA, no filter) built with node's zlib, so no image library is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Blue rounded square; three white bars (long, medium, short) stacked like a split. */
function icon(size: number): Buffer {
  const r = Math.max(2, Math.round(size * 0.18));
  const pad = Math.max(2, Math.round(size * 0.19));
  const barH = Math.max(2, Math.round(size * 0.13));
  const gap = Math.max(1, Math.round((size - 2 * pad - 3 * barH) / 2));
  const lengths = [1, 0.72, 0.45];
  return png(size, (x, y) => {
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return [0, 0, 0, 0];
    for (let i = 0; i < 3; i++) {
      const top = pad + i * (barH + gap);
      const width = Math.round((size - 2 * pad) * lengths[i]);
      if (y >= top && y < top + barH && x >= pad && x < pad + width) return [...WHITE, 255];
    }
    return [...BLUE, 255];
  });
}

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'assets');
  for (const size of SIZES) writeFileSync(join(dir, `icon-${size}.png`), icon(size));
  console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to assets/`);
}
