import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/run-cli';
import type { JsonReport } from '../../src/cli/report';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import {
  makeTempDir,
  openWithExcelJs,
  removeDir,
  sha256,
  writeRows,
  writeSample,
  writeWorkbook,
} from '../support/xlsx-fixtures';

/** The clean focus-area table from the agreement: every total is the sum of its parts. */
const CLEAN: (string | number | null)[][] = [
  ['Årlig statslig bevilling', null, null, null, null, null],
  ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
  ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
  ['Musikområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
  ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
  ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
];

describe('fordel check (in process)', () => {
  let dir: string;
  let sample: string;
  let clean: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-cli-');
    sample = await writeSample(dir);
    clean = await writeRows(dir, 'ren.xlsx', 'Bevilling', CLEAN);
  });
  afterAll(() => removeDir(dir));

  it('exits 0 on a workbook without errors and says so', async () => {
    const r = await runCli('check', clean);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Bevilling!A2:F6 +medfinansiering/);
    expect(r.out).toMatch(/^0 fejl, /m);
  });

  it('exits 1 on the sample, naming the table, cell and problem in Danish by default', async () => {
    const r = await runCli('check', sample);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Kulturaftale!A3:F6  medfinansiering');
    expect(r.out).toMatch(/FEJL +F4 +F4 er 6\.000\.000\skr\./);
    expect(r.out).toMatch(/FEJL +A18 +»Glostrup« står både i A17 og i A18/);
    expect(r.out).toMatch(/\d+ fejl, \d+ advarsl?er, \d+ info\n$/);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli('check', sample, '--lang', 'en');
    expect(r.out).toContain('Kulturaftale!A3:F6  co-financing');
    expect(r.out).toMatch(/ERROR +F4 +F4 is DKK\s6,000,000/);
    expect(r.out).toMatch(/\d+ errors, \d+ warnings, \d+ info\n$/);
  });

  it('--json prints exactly one JSON document of the documented shape', async () => {
    const r = await runCli('check', sample, '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as JsonReport;
    expect(Object.keys(doc)).toEqual(['tables', 'findings', 'diagnoses', 'items']);
    expect(doc.tables).toContainEqual(
      expect.objectContaining({ sheet: 'Kulturaftale', range: 'A3:F6', kind: 'cofinancing' }),
    );
    // Every table carries its reading: here the total row and why.
    const tabelB = doc.tables.find((t) => t.range === 'A3:F6')!;
    expect(tabelB.reading?.decisions).toContainEqual(
      expect.objectContaining({ role: 'total-row', cells: 'A6' }),
    );
    expect(doc.tables.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['cofinancing', 'apportionment', 'kpi']),
    );
    const mismatch = doc.findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'F4');
    expect(mismatch).toEqual({
      rule: 'total-mismatch',
      severity: 'error',
      sheet: 'Kulturaftale',
      cell: 'F4',
      message: expect.stringMatching(/DKK\s6,000,000/),
      expected: '5900000',
      actual: '6000000',
    });
    for (const f of doc.findings) {
      expect(Object.keys(f).slice(0, 5)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
      if ('expected' in f) expect(typeof f.expected).toBe('string');
    }
    // Absent values are left out, not written as null.
    expect(r.out).not.toContain('"expected": null');
  });

  it('--out writes a checked copy and never changes the input', async () => {
    const before = await sha256(sample);
    const out = path.join(dir, 'kontrolleret.xlsx');
    const r = await runCli('check', sample, '--out', out, '--validated', '--as-of', '2026-11-24');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Kontrolleret kopi gemt: ${out}`);
    expect(await sha256(sample)).toBe(before);
    const wb = await openWithExcelJs(out);
    expect(wb.getWorksheet(SETTINGS_SHEET)?.state).toBe('veryHidden');
    expect(wb.getWorksheet('Kulturaftale')!.getCell('D4').value).toBe(1_400_000);
    expect(wb.worksheets.length).toBeGreaterThan(3);

    // A second run on the checked copy is allowed and reads Fordel's own output as Fordel's.
    const again = path.join(dir, 'igen.xlsx');
    const r2 = await runCli('check', out, '--out', again, '--json');
    expect(r2.code).toBe(1);
    expect(() => JSON.parse(r2.out)).not.toThrow();
    expect(r2.err).toContain('igen.xlsx');
  });

  it('never replaces an existing file without --overwrite, and never the input', async () => {
    const existing = path.join(dir, 'findes.xlsx');
    await fs.writeFile(existing, 'mine');
    const r = await runCli('check', sample, '--out', existing);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fordel: Filen findes allerede: .*--overwrite/);
    expect(await fs.readFile(existing, 'utf8')).toBe('mine');

    const before = await sha256(sample);
    const same = await runCli('check', sample, '--out', sample, '--overwrite');
    expect(same.code).toBe(2);
    expect(same.out).toBe('');
    expect(await sha256(sample)).toBe(before);

    const ok = await runCli('check', clean, '--out', existing, '--overwrite');
    expect(ok.code).toBe(0);
    expect((await openWithExcelJs(existing)).getWorksheet('Bevilling')).toBeDefined();
  });

  it('exits 2 with one line on stderr for unusable input and bad flags', async () => {
    const text = path.join(dir, 'tekst.xlsx');
    await fs.writeFile(text, 'Kommune;Indbyggere');
    const cases: [string[], RegExp][] = [
      [['check', path.join(dir, 'mangler.xlsx')], /Filen findes ikke/],
      [['check', text], /ikke en Excel-projektmappe/],
      [['check', text, '--lang', 'en'], /not an Excel workbook/],
      [['check', sample, '--unit', '7'], /--unit skal være/],
      [['check', sample, '--max-size', '0.001'], /for stor/],
      [['check', sample, '--bogus'], /Ukendt tilvalg/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('prints help and version', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('fordel check <projektmappe.xlsx>');
    expect((await runCli('--help', '--lang', 'en')).out).toContain('Exit codes');
    const version = await runCli('--version');
    expect(version.out).toMatch(/^fordel \d+\.\d+\.\d+\n$/);
  });

  it('does not write when the check refuses to, and exits 1', async () => {
    // The whole table sits on a protected sheet: Fordel may not add its columns there.
    const locked = await writeWorkbook(dir, 'laast.xlsx', async (wb) => {
      const ws = wb.addWorksheet('Bevilling');
      CLEAN.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
      await ws.protect('kode', {});
    });
    const out = path.join(dir, 'laast-ud.xlsx');
    const r = await runCli('check', locked, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Intet er skrevet/);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
