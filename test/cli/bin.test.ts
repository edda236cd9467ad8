/**
 * The installed command, end to end: `node lib/cli/fordel.js` on the compiled lib/ (npm run build:cli),
 * as a user or a script runs it, checking exit codes and what lands on stdout and stderr.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, watch } from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { makeTempDir, removeDir, sha256, writeRows, writeSample } from '../support/xlsx-fixtures';
import { manyCells, manyMerges, wholeColumnValidation } from '../support/heavy-workbooks';
import { unzip, zip } from '../hardening/fuzz/zip-tools';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'fordel.js');
const BIN_TYPE = '<Default Extension="bin" ContentType="application/octet-stream"/>';

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
    // The worker as users run it: Fordel's own code bundled into one file, as npm run build:cli leaves it.
    execFileSync('npm', ['run', 'bundle:cli', '--silent'], { cwd: ROOT, stdio: 'pipe' });
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
  }, 30_000);

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
  }, 60_000);

  it('loads SheetJS only in the worker and only for a workbook Fordel does not read itself, the writer only for --out, codepage tables only for .xls', async () => {
    /**
     * What each thread loads. The bundled worker is one file, so the compiled files (whose loads show the
     * writer's) run in its place when `compiled`; the bundle keeps each of them unrun until first required.
     */
    const run = (args: string[], compiled = true): string[] => {
      const preload = ['-r', './test/support/report-loads.js'];
      if (compiled) preload.push('-r', './test/support/compiled-worker.js');
      const r = spawnSync(process.execPath, [...preload, BIN, ...args], { encoding: 'utf8', cwd: ROOT });
      return r.stderr.split('\n');
    };
    const loads = (...args: string[]): string[] => run(args).filter((l) => l.startsWith('loaded: '));
    const sample = await writeSample(dir);
    const real = (name: string): string => path.join(ROOT, 'test', 'files', 'real', name);
    expect(loads('--help')).toEqual([]);
    // An .xlsx is read by Fordel's own reader: no workbook library at all.
    expect(loads('check', sample)).toEqual([]);
    // As users run it: the worker loads one file of Fordel's, the bundle, and no library beside it.
    const bundled = run(['check', sample], false);
    expect(bundled.filter((l) => l.startsWith('loaded: '))).toEqual([]);
    expect(bundled.filter((l) => l.startsWith('fordel file: worker '))).toEqual([
      'fordel file: worker cli/check-worker.bundle.js',
    ]);
    const withCopy = loads('check', sample, '--out', path.join(dir, 'loads-copy.xlsx'));
    expect(withCopy).toEqual(['loaded: worker writer']);
    expect(withCopy.filter((l) => l.includes('main') || l.includes('cpexcel'))).toEqual([]);
    expect(loads('check', real('calamine-any_sheets.xls'))).toEqual([
      'loaded: worker sheetjs',
      'loaded: worker cpexcel',
    ]);
    // Every file Fordel writes is written by its own writer: no workbook library beyond SheetJS's reader.
    const written = [
      ...withCopy,
      ...loads('check', real('calamine-any_sheets.xls'), '--out', path.join(dir, 'loads-fund.xlsx')),
      ...loads('clean', path.join(dir, 'loads-copy.xlsx'), '--out', path.join(dir, 'loads-clean.xlsx')),
      ...loads(
        'split',
        '--total',
        '1000',
        '--parties',
        'A, B',
        '--key',
        'lige',
        '--out',
        path.join(dir, 'loads-split.xlsx'),
      ),
    ];
    expect(written.filter((l) => l.includes('exceljs'))).toEqual([]);
    // The .xls gets the findings on their own, named after it.
    for (const f of ['calamine-any_sheets-fordel-fund.xlsx', 'loads-clean.xlsx', 'loads-split.xlsx'])
      expect(existsSync(path.join(dir, f))).toBe(true);
  }, 60_000);

  it("--help, a check and a folder run load none of the core's table kinds in the main thread", async () => {
    const mainLoads = (...args: string[]): { files: number; kinds: number } => {
      const r = spawnSync(process.execPath, ['-r', './test/support/report-main-loads.js', BIN, ...args], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      const m = /main-loads: (\d+) files, (\d+) of the table kinds/.exec(r.stderr)!;
      return { files: Number(m[1]), kinds: Number(m[2]) };
    };
    const folder = path.join(dir, 'main-loads');
    await fs.mkdir(folder, { recursive: true });
    await writeSample(folder);
    const help = mainLoads('--help');
    // The command, its arguments and the help text: a few dozen files, not the checker's hundreds.
    expect(help.files).toBeLessThan(60);
    expect(help.kinds).toBe(0);
    expect(mainLoads('check', await writeSample(dir)).kinds).toBe(0);
    expect(mainLoads('check', folder, '--jobs', '1').kinds).toBe(0);
  }, 60_000);

  it('a check that ends before any file is read exits at once, though its worker was started early', () => {
    for (const args of [
      ['check', 'x.xlsx', '--bogus'],
      ['clean', 'x.xlsx', '--as-of', '2026-11-24'],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 20_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  }, 60_000);

  it('--version and --help', () => {
    expect(fordel('--version').out).toMatch(/^fordel \d+\.\d+\.\d+/);
    const help = fordel('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.out).toContain('fordel check <workbook.xlsx> [options]');
  }, 30_000);
});

describe('a folder at once, each file under a time limit', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-folder-');
  });
  afterAll(() => removeDir(dir));

  /** 50 workbooks: 40 whose totals add up, 7 with a wrong total (3 of them .ods), 3 that are not workbooks. */
  async function fiftyWorkbooks(folder: string): Promise<void> {
    await fs.mkdir(path.join(folder, 'underfolder'), { recursive: true });
    const table = (wrong: boolean): (string | number)[][] => [
      ['Indsatsområde', 2021, 2022, 'I alt'],
      ['Ungeområdet', 300_000, 300_000, 600_000],
      ['Musikområdet', 600_000, 600_000, wrong ? 1_250_000 : 1_200_000],
      ['I alt', 900_000, 900_000, wrong ? 1_850_000 : 1_800_000],
    ];
    for (let i = 0; i < 47; i++) {
      const wrong = i >= 40;
      const ext = i >= 44 ? 'ods' : 'xlsx';
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(table(wrong)), 'Budget');
      const where = i % 5 === 0 ? path.join(folder, 'underfolder') : folder;
      const name = `${wrong ? 'fejl' : 'ok'}-${String(i).padStart(2, '0')}.${ext}`;
      await fs.writeFile(path.join(where, name), XLSX.write(wb, { type: 'buffer', bookType: ext }));
    }
    for (let i = 0; i < 3; i++) await fs.writeFile(path.join(folder, `csv-${i}.xlsx`), 'Kommune;Beløb\n');
    // Not checked: Excel's lock file and Fordel's own output.
    await fs.writeFile(path.join(folder, '~$ok-01.xlsx'), 'lock');
    const copy = spawnSync(
      process.execPath,
      [BIN, 'check', path.join(folder, 'ok-01.xlsx'), '--out', path.join(folder, 'ok-01-kontrolleret.xlsx')],
      { cwd: ROOT },
    );
    if (copy.status !== 0) throw new Error(`no checked copy: ${String(copy.stderr)}`);
  }

  it('checks 50 workbooks with one command and writes a correct summary', async () => {
    const folder = path.join(dir, 'budgetter');
    await fiftyWorkbooks(folder);
    const summary = path.join(dir, 'oversigt.xlsx');
    const r = fordel('check', folder, '--summary', summary, '--json', '--jobs', '2', '--as-of', '2026-11-24');
    expect(r.code).toBe(2); // the worst of the files: three are not workbooks
    const doc = JSON.parse(r.out) as {
      files: {
        file: string;
        code: number;
        verdict: string;
        tables: unknown[];
        errors: number;
        findings: unknown[];
      }[];
    };
    expect(doc.files).toHaveLength(50);
    const by = (re: RegExp) => doc.files.filter((f) => re.test(path.basename(f.file)));
    expect(by(/^ok-/).every((f) => f.code === 0 && f.errors === 0 && f.tables.length === 1)).toBe(true);
    expect(by(/^fejl-/).map((f) => f.code)).toEqual(Array(7).fill(1));
    expect(by(/^fejl-/).every((f) => f.verdict === 'errors' && f.errors >= 1)).toBe(true);
    expect(by(/^csv-/).map((f) => f.verdict)).toEqual(['unusable', 'unusable', 'unusable']);
    expect(r.err).not.toMatch(/\n\s+at |intern fejl|internal error/);

    const book = XLSX.read(await fs.readFile(summary), { type: 'buffer' });
    // Besides Fordel's very hidden settings sheet, its mark as Fordel's own output.
    expect(book.SheetNames).toEqual(['Filer', 'Fund', 'Fordel-indstillinger']);
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 2]);
    const files = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets.Filer);
    expect(files).toHaveLength(50);
    const fejl = files.filter((row) => String(row.Fil).includes('fejl-'));
    expect(fejl.map((row) => row.Resultat)).toEqual(Array(7).fill('fejl'));
    expect(files.filter((row) => row.Resultat === 'kan ikke bruges').map((row) => row.Besked)).toEqual(
      Array(3).fill('Filen er ikke en Excel-projektmappe (.xlsx).'),
    );
    const findings = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Fund);
    const total = doc.files.reduce((n, f) => n + f.findings.length, 0);
    expect(findings).toHaveLength(total);
    expect(findings.filter((row) => row.Alvor === 'fejl').length).toBeGreaterThanOrEqual(7);

    const csv = path.join(dir, 'oversigt.csv');
    const c = fordel(
      'check',
      folder,
      '--summary',
      csv,
      '--lang',
      'en',
      '--jobs',
      '1',
      '--as-of',
      '2026-11-24',
    );
    expect(c.code).toBe(2);
    expect(c.out).toMatch(/^50 files: 40 without errors, 7 with errors, 0 unsure, 3 unusable$/m);
    const lines = (await fs.readFile(csv, 'utf8'))
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^File;Result;Exit code;Tables;Errors;Warnings;Info;Message;Sheet;Cell;/);
    expect(lines.filter((l) => l.includes('fejl-') && l.includes(';error;')).length).toBeGreaterThanOrEqual(
      7,
    );
  }, 240_000);

  // Big enough that checking or cleaning it takes well over a second, however fast Fordel gets; written once.
  let big: Promise<string> | null = null;
  const heavyOnce = () => (big ??= manyCells(dir, 300_000, 10));

  it('stops a file past --timeout with one line and exit 2, and writes nothing', async () => {
    const heavy = await heavyOnce();
    const out = path.join(dir, 'tung-kontrolleret.xlsx');
    const r = fordel('check', heavy, '--timeout', '1', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^fordel: mange-celler\.xlsx: kontrollen blev stoppet efter 1 s, og intet er skrevet\./,
    );
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Writing three million cells first takes minutes on a loaded machine; the limit under test is the 1 s.
  }, 400_000);

  it('stops clean past --timeout the same way, in its own worker', async () => {
    const heavy = await heavyOnce();
    const out = path.join(dir, 'tung-renset.xlsx');
    const r = fordel('clean', heavy, '--timeout', '1', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^fordel: mange-celler\.xlsx: rensningen blev stoppet efter 1 s, og intet er skrevet\./,
    );
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  }, 400_000);

  it('on Ctrl+C or SIGTERM stops, says so in one line, exits 2 and leaves no temporary file', async () => {
    const heavy = await heavyOnce();
    const out = path.join(dir, 'afbrudt-kontrolleret.xlsx');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [BIN, 'check', heavy, '--out', out], { cwd: ROOT });
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      await new Promise((r) => setTimeout(r, 2500));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect({ signal, code }).toEqual({ signal, code: 2 });
      expect(err).toMatch(/^fordel: Afbrudt\. Intet halvt skrevet er efterladt, og din fil er uændret\.\n$/);
      expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(existsSync(out)).toBe(false);
    }
  }, 120_000);

  it('on Ctrl+C or SIGTERM while the checked copy is being saved leaves neither a temporary file nor a copy', async () => {
    // A 20 MB part no reader parses: the copy is saved long enough for the signal to land mid-save.
    const sample = await fs.readFile(await writeSample(dir, 'ballast-kilde.xlsx'));
    const parts = unzip(sample).map((p) =>
      p.name === '[Content_Types].xml'
        ? { ...p, data: Buffer.from(p.data.toString('utf8').replace('<Default ', BIN_TYPE + '<Default ')) }
        : p,
    );
    const heavy = path.join(dir, 'ballast.xlsx');
    await fs.writeFile(
      heavy,
      zip([...parts, { name: 'xl/media/ballast.bin', data: randomBytes(20 << 20) }], { store: true }),
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const outDir = await fs.mkdtemp(path.join(dir, 'gem-'));
      const out = path.join(outDir, 'kontrolleret.xlsx');
      const child = spawn(process.execPath, [BIN, 'check', heavy, '--out', out], { cwd: ROOT });
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      let saving = false;
      const watcher = watch(outDir, (_event, name) => {
        if (!saving && name?.endsWith('.tmp')) {
          saving = true;
          child.kill(signal);
        }
      });
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      watcher.close();
      expect({ signal, saving, code }).toEqual({ signal, saving: true, code: 2 });
      expect(err).toMatch(/^fordel: Afbrudt\. Intet halvt skrevet er efterladt, og din fil er uændret\.\n$/);
      expect(await fs.readdir(outDir)).toEqual([]);
    }
  }, 120_000);

  it('reads files that used to hang (whole-column validations, 50.000 merged ranges) well within the limit', async () => {
    for (const file of [await wholeColumnValidation(dir), await manyMerges(dir, 50_000)]) {
      const r = fordel('check', file, '--timeout', '60', '--lang', 'en');
      expect(r.err).toBe('');
      expect([0, 1]).toContain(r.code);
    }
  }, 180_000);
});
