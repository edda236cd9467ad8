/**
 * Every path Fordel writes goes through one guard, and saves leave nothing behind (issue 19, points 2,
 * 5, 8 and 9): --summary never replaces a workbook being checked, named or inside the folder; a save
 * removes the temporary files an interrupted earlier save left; clean takes --timeout like check and
 * refuses a damaged file at once; a folder run checks a linked workbook and names a linked folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runCli } from '../support/run-cli';
import { makeTempDir, removeDir, sha256, writeSample } from '../support/xlsx-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('fordel-writes-');
});
afterEach(() => removeDir(dir));

describe('--summary', () => {
  it('never replaces a workbook named for checking, even with --overwrite', async () => {
    const a = await writeSample(dir, 'a.xlsx');
    const b = await writeSample(dir, 'b.xlsx');
    const before = await sha256(a);
    const r = await runCli('check', a, b, '--summary', a, '--overwrite', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fordel: --summary .*a\.xlsx is one of the files being checked/);
    expect(await sha256(a)).toBe(before);
  });

  it('never replaces a workbook inside the folder being checked, and leaves it in the check', async () => {
    const sub = path.join(dir, 'mappe');
    await fs.mkdir(sub);
    const a = await writeSample(sub, 'a.xlsx');
    const before = await sha256(a);
    const r = await runCli('check', sub, '--summary', path.join(sub, '..', 'mappe', 'a.xlsx'), '--overwrite');
    expect(r.code).toBe(2);
    expect(await sha256(a)).toBe(before);
  });

  it('is written, and leftovers of an interrupted earlier save are removed', async () => {
    await writeSample(dir, 'a.xlsx');
    const summary = path.join(dir, 'oversigt.csv');
    const stale = path.join(dir, '.oversigt.csv.0123456789ab.tmp');
    await fs.writeFile(stale, 'half');
    const old = new Date(Date.now() - 3600_000);
    await fs.utimes(stale, old, old);
    const r = await runCli('check', dir, '--summary', summary);
    expect(r.code).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual(['a.xlsx', 'oversigt.csv']);
  });
});

describe('the checked copy', () => {
  it('removes the temporary files an interrupted save to the same target left, and only those', async () => {
    const input = await writeSample(dir, 'a.xlsx');
    const out = path.join(dir, 'kontrol.xlsx');
    const stale = ['.kontrol.xlsx.0123456789ab.tmp', '.kontrol.xlsx.ffffffffffff.tmp'];
    const others = ['.kontrol.xlsx.notours.tmp', '.andet.xlsx.0123456789ab.tmp', 'noter.tmp'];
    const old = new Date(Date.now() - 3600_000);
    for (const n of [...stale, ...others]) {
      await fs.writeFile(path.join(dir, n), '');
      await fs.utimes(path.join(dir, n), old, old);
    }
    const r = await runCli('check', input, '--out', out);
    expect(r.code).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual([...others, 'a.xlsx', 'kontrol.xlsx'].sort());
  });
});

describe('the findings saved on their own', () => {
  async function odsSample(): Promise<string> {
    const book = XLSX.read(await fs.readFile(await writeSample(dir, 'kilde.xlsx')), { type: 'buffer' });
    const ods = path.join(dir, 'b.ods');
    await fs.writeFile(ods, XLSX.write(book, { type: 'buffer', bookType: 'ods' }));
    return ods;
  }

  it('never replace a workbook of the user’s that has their name, even with --overwrite', async () => {
    const ods = await odsSample();
    const mine = await writeSample(dir, 'b-fordel-fund.xlsx');
    const before = await sha256(mine);
    const r = await runCli('check', ods, '--out', path.join(dir, 'b-k.xlsx'), '--overwrite', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `fordel: ${mine} already exists and is not findings Fordel wrote, so it is not replaced, not even with --overwrite. Move or rename it, or save elsewhere with --out.\n`,
    );
    expect(await sha256(mine)).toBe(before);
  });

  it('replace Fordel’s own findings of an earlier run with --overwrite', async () => {
    const ods = await odsSample();
    const out = path.join(dir, 'b-k.xlsx');
    expect((await runCli('check', ods, '--out', out)).code).toBe(1);
    const fund = path.join(dir, 'b-fordel-fund.xlsx');
    const r = await runCli('check', ods, '--out', out, '--overwrite', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`the findings are saved on their own in ${fund}`);
  });
});

describe('fordel clean', () => {
  it('takes --timeout like check', async () => {
    const input = await writeSample(dir, 'a.xlsx');
    const r = await runCli('clean', input, '--timeout', '30', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Fordel has written nothing/);
  });

  it('refuses at once a file whose zip local header was changed (it used to hang for ever)', async () => {
    const bytes = await fs.readFile(await writeSample(dir, 'a.xlsx'));
    const second = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    bytes.writeUInt16LE(bytes.readUInt16LE(second + 26) + 1, second + 26);
    const file = path.join(dir, 'skadet.xlsx');
    await fs.writeFile(file, bytes);
    const r = await runCli(
      'clean',
      file,
      '--out',
      path.join(dir, 'ren.xlsx'),
      '--timeout',
      '5',
      '--lang',
      'en',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fordel: The file is damaged/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('a folder run', () => {
  it('checks a workbook reached through a symbolic link and names a linked folder it does not follow', async () => {
    const elsewhere = await makeTempDir('fordel-linked-');
    try {
      const real = await writeSample(elsewhere, 'rigtig.xlsx');
      const sub = path.join(dir, 'mappe');
      await fs.mkdir(sub);
      await fs.symlink(real, path.join(sub, 'genvej.xlsx'));
      await fs.symlink(elsewhere, path.join(sub, 'andet-sted'));
      const r = await runCli('check', sub, '--json', '--lang', 'en');
      const files = (JSON.parse(r.out) as { files: { file: string; code: number }[] }).files;
      expect(files.map((f) => [path.basename(f.file), f.code])).toEqual([['genvej.xlsx', 1]]);
      expect(r.err).toMatch(/Not checked: .*andet-sted \(a shortcut \(symbolic link\) to a folder/);
      // The plain summary counts one file as one, in both languages.
      const da = await runCli('check', sub);
      expect(da.out).toMatch(/^1 fil: 0 uden fejl, 1 med fejl, 0 usikre, 0 kan ikke bruges$/m);
      const en = await runCli('check', sub, '--lang', 'en');
      expect(en.out).toMatch(/^1 file: 0 without errors, 1 with errors, 0 unsure, 0 unusable$/m);
      expect(en.out).not.toMatch(/\b1 (errors|warnings)\b/);
    } finally {
      await removeDir(elsewhere);
    }
  });
});
