/**
 * The installed command, end to end: `node lib/cli/fordel.js` on the compiled lib/ (npm run build:cli),
 * as a user or a script runs it, checking exit codes and what lands on stdout and stderr.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir, sha256, writeRows, writeSample } from '../support/xlsx-fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'fordel.js');

function fordel(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the fordel command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-bin-');
    // tsc still emits when some other file has a type error; the test only needs lib/cli/main.js.
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'src/cli/tsconfig.json'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch {
      /* reported below if nothing was emitted */
    }
    if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js')))
      throw new Error('npm run build:cli produced no lib/cli/main.js');
  }, 180_000);
  afterAll(() => removeDir(dir));

  it('exits 1 on the sample and prints one JSON document', async () => {
    const sample = await writeSample(dir);
    const before = await sha256(sample);
    const r = fordel('check', sample, '--json', '--as-of', '2026-11-24');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { tables: unknown[]; findings: { severity: string }[] };
    expect(doc.tables.length).toBeGreaterThanOrEqual(3);
    expect(doc.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(await sha256(sample)).toBe(before);
  }, 30_000);

  it('exits 0 on a clean table', async () => {
    const clean = await writeRows(dir, 'ren.xlsx', 'Bevilling', [
      ['Indsatsområde', 2021, 2022, 'I alt'],
      ['Ungeområdet', 300_000, 300_000, 600_000],
      ['Musikområdet', 600_000, 600_000, 1_200_000],
      ['I alt', 900_000, 900_000, 1_800_000],
    ]);
    const r = fordel('check', clean, '--lang', 'en');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^0 errors/m);
  });

  it('exits 2 with a one-line message and no stack trace for a missing or broken file', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    for (const [file, message] of [
      [path.join(dir, 'nope.xlsx'), /^fordel: Filen findes ikke: /],
      [broken, /^fordel: Filen er beskyttet med adgangskode/],
    ] as const) {
      const r = fordel('check', file);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(fordel('check').code).toBe(2);
  });

  it('--version and --help', () => {
    expect(fordel('--version').out).toMatch(/^fordel \d+\.\d+\.\d+/);
    const help = fordel('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.out).toContain('fordel check <workbook.xlsx> [options]');
  });
});
