/**
 * Files that are not usable workbooks, through the command line: a damaged zip, a PDF or CSV named
 * .xlsx, a password-protected file, a file over --max-size and zip bombs (one that only claims a huge
 * size and one that really unpacks to 600 MB). Each ends with one line on stderr, exit code 2,
 * nothing on stdout, and the folder exactly as it was.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { runCli } from '../support/run-cli';
import {
  fakeZip,
  makeTempDir,
  removeDir,
  sha256,
  writeRows,
  xlsxLikeEntries,
} from '../support/xlsx-fixtures';

/** Names and hashes of everything in the folder. */
async function listing(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(dir)).sort()) out[name] = await sha256(path.join(dir, name));
  return out;
}

/** 600 MB of zeros, deflated a megabyte at a time so the zeros never sit in memory at once. */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(mb)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

/** A zip whose last entry is deflated (method 8) with its true sizes; the others are stored. */
function zipWithDeflated(
  stored: { name: string; data: Buffer }[],
  deflated: { name: string; data: Buffer; size: number },
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const all = [...stored.map((e) => ({ ...e, method: 0, size: e.data.length })), { ...deflated, method: 8 }];
  for (const e of all) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('unusable files through the command line', () => {
  let dir: string;
  let good: Buffer;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-files-');
    const file = await writeRows(dir, 'good.xlsx', 'Ark1', [
      ['Indsatsområde', 2021, 'I alt'],
      ['Ungeområdet', 300_000, 300_000],
      ['I alt', 300_000, 300_000],
    ]);
    good = await fs.readFile(file);
    await fs.rm(file);
  });
  afterAll(() => removeDir(dir));

  /** Writes the bytes, runs check with --out beside it, and checks the promises every bad file gets. */
  async function refused(name: string, bytes: Buffer, ...flags: string[]): Promise<string> {
    const sub = await fs.mkdtemp(path.join(dir, 'case-'));
    const input = path.join(sub, name);
    await fs.writeFile(input, bytes);
    const before = await listing(sub);
    const r = await runCli('check', input, '--out', path.join(sub, 'ud.xlsx'), ...flags);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^fordel: [^\n]+\n$/);
    // No stack trace, no internal error: the file's problem, said in the user's words.
    expect(r.err).not.toMatch(/\n\s+at |Error:|intern fejl|internal error/);
    expect(await listing(sub)).toEqual(before);
    return r.err;
  }

  it('a damaged zip: cut in half', async () => {
    const err = await refused('halv.xlsx', good.subarray(0, Math.floor(good.length / 2)));
    expect(err).toContain('beskadiget');
  });

  it('a damaged zip: the packed sheet data overwritten', async () => {
    const bytes = Buffer.from(good);
    // Keep the directory at the end intact; scramble the compressed parts before it.
    for (let i = 200; i < bytes.length - 1500; i += 7) bytes[i] ^= 0x5a;
    const err = await refused('rodet.xlsx', bytes);
    expect(err).toMatch(/beskadiget|kan ikke læses/);
  });

  it('a PDF named .xlsx', async () => {
    const pdf = Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    );
    expect(await refused('rapport.xlsx', pdf)).toBe('fordel: Filen er ikke en Excel-projektmappe (.xlsx).\n');
  });

  it('a CSV renamed .xlsx', async () => {
    const csv = Buffer.from('Kommune;Indbyggere\nKøbenhavn;660000\nGentofte;75000\n', 'utf8');
    expect(await refused('tal.xlsx', csv)).toBe('fordel: Filen er ikke en Excel-projektmappe (.xlsx).\n');
  });

  it('an empty file', async () => {
    expect(await refused('tom.xlsx', Buffer.alloc(0))).toContain('ikke en Excel-projektmappe');
  });

  it('a password-protected workbook (an OLE container)', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(4096),
    ]);
    const err = await refused('hemmelig.xlsx', ole);
    expect(err).toContain('beskyttet med adgangskode');
  });

  it('a file over --max-size says what the limit is, in both languages', async () => {
    const big = Buffer.concat([good, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await refused('stor.xlsx', big, '--max-size', '1')).toBe(
      'fordel: Filen er for stor (2,0 MB); grænsen er 1 MB.\n',
    );
    expect(await refused('stor.xlsx', big, '--max-size', '1', '--lang', 'en')).toBe(
      'fordel: The file is too large (2.0 MB); the limit is 1 MB.\n',
    );
  });

  it('a zip bomb that only claims a huge size', async () => {
    const bomb = fakeZip([
      ...xlsxLikeEntries(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 0xfffffff0 },
    ]);
    expect(await refused('bombe.xlsx', bomb)).toMatch(/^fordel: Filen udpakkes til 4096 MB og afvises/);
  });

  it('a zip bomb that really unpacks to 600 MB', async () => {
    const zeros = await deflatedZeros(600);
    expect(zeros.length).toBeLessThan(2 * 1024 * 1024);
    const bomb = zipWithDeflated(
      xlsxLikeEntries().map((e) => ({ name: e.name, data: e.data })),
      { name: 'xl/worksheets/sheet1.xml', data: zeros, size: 600 * 1024 * 1024 },
    );
    expect(await refused('rigtig-bombe.xlsx', bomb)).toMatch(
      /^fordel: Filen udpakkes til (mere end )?600 MB og afvises/,
    );
  }, 60_000);
});
