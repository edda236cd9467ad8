/**
 * Nothing the user typed is lost, through the command line on real files: Fordel's columns already
 * holding the user's notes, the findings sheet's name already taken, a table that grew since the last
 * run, a run over Fordel's own output. Every user cell is compared before and after, and the decision
 * is explained. The input is never replaced, and a failed save leaves no half-written file behind.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli, type CliRun } from '../support/run-cli';
import type { JsonReport } from '../../src/cli/report';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import { makeTempDir, openWithExcelJs, removeDir, sha256, writeWorkbook } from '../support/xlsx-fixtures';

/** A split with one amount off by 1.000 kr., so there is something to report and write. */
const SPLIT: (string | number)[][] = [
  ['Fordeling af fælles udgifter 2025'],
  ['Kommune', 'Indbyggere', 'Beløb finansiering (kr.)'],
  ['København', 600, 600_000],
  ['Frederiksberg', 300, 301_000],
  ['Gentofte', 100, 100_000],
  ['I alt', 1000, 1_000_000],
];

function fill(ws: ExcelJS.Worksheet, rows: readonly (readonly (string | number | null)[])[]): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}

type Cells = Map<string, string>;

/** Every non-empty cell of the user's sheets (not Fordel's), as sheet!A1 -> value. */
function userCells(wb: ExcelJS.Workbook, fordelSheets: readonly string[] = []): Cells {
  const out: Cells = new Map();
  wb.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET || fordelSheets.includes(ws.name)) return;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null && cell.value !== undefined)
          out.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value));
      }),
    );
  });
  return out;
}

/** Sheets Fordel made, as its settings sheet lists them (JSON split over column A under a marker row). */
function ownedSheets(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return [];
  const parts: string[] = [];
  ws.eachRow((row, r) => {
    if (r > 1) parts.push(String(row.getCell(1).value ?? ''));
  });
  return (JSON.parse(parts.join('')) as { ownedSheets: string[] }).ownedSheets;
}

/** Columns headed "Fordel:" on a sheet, by header text. */
function fordelHeaders(wb: ExcelJS.Workbook, sheet: string): string[] {
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('Fordel:'))
        out.push(`${cell.address} ${cell.value}`);
    }),
  );
  return out;
}

/** Column letters headed "Fordel:". */
function fordelColumns(wb: ExcelJS.Workbook, sheet: string): string[] {
  return fordelHeaders(wb, sheet).map((h) => h.replace(/\d+ .*/, ''));
}

/** Every user cell before is still there, unchanged; anything new on a user sheet is under a "Fordel:" header. */
async function expectUserCellsKept(before: string, after: string): Promise<void> {
  const [a, b] = await Promise.all([openWithExcelJs(before), openWithExcelJs(after)]);
  const owned = ownedSheets(b);
  // Cells under a "Fordel:" header before the run are Fordel's own figures, free to change.
  const fordelBefore = (ref: string): boolean => {
    const [sheet, cell] = ref.split('!');
    return fordelColumns(a, sheet).includes(cell.replace(/\d+/g, ''));
  };
  const was = new Map([...userCells(a, ownedSheets(a))].filter(([ref]) => !fordelBefore(ref)));
  const now = userCells(b, owned);
  for (const [ref, v] of was) expect([ref, now.get(ref)]).toEqual([ref, v]);
  for (const ref of now.keys()) {
    if (was.has(ref)) continue;
    const [sheet, cell] = ref.split('!');
    expect([ref, fordelColumns(b, sheet)]).toEqual([ref, expect.arrayContaining([cell.replace(/\d+/g, '')])]);
  }
}

describe('nothing the user typed is lost', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-lost-');
  });
  afterAll(() => removeDir(dir));

  it("refuses to write when Fordel's columns already hold the user's notes, and says where", async () => {
    const input = await writeWorkbook(dir, 'noter.xlsx', (wb) => {
      const ws = wb.addWorksheet('Fordeling');
      fill(ws, SPLIT);
      ws.getCell('E4').value = 'Ring til Frederiksberg om beløbet';
    });
    const before = await sha256(input);
    const out = path.join(dir, 'noter-ud.xlsx');
    const r = await runCli('check', input, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('fordel: Intet er skrevet:');
    expect(r.err).toMatch(
      /Fordeling!E4 +Fordel vil skrive sine kolonner i D2:F6, men E4 indeholder dine egne data/,
    );
    await expect(fs.stat(out)).rejects.toThrow();
    expect(await sha256(input)).toBe(before);
  });

  it('writes its findings beside a user sheet already called "Fordel-fund", and says so', async () => {
    const input = await writeWorkbook(dir, 'navn.xlsx', (wb) => {
      fill(wb.addWorksheet('Fordeling'), SPLIT);
      fill(wb.addWorksheet('Fordel-fund'), [['Mine egne fund'], ['Husk revision', 42]]);
    });
    const out = path.join(dir, 'navn-ud.xlsx');
    const r = await runCli('check', input, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'Bemærk: Arket »Fordel-fund« findes allerede og er ikke Fordels; Fordel skriver i »Fordel-fund (2)« i stedet.',
    );
    await expectUserCellsKept(input, out);
    const wb = await openWithExcelJs(out);
    expect(wb.getWorksheet('Fordel-fund')!.getCell('B2').value).toBe(42);
    expect(ownedSheets(wb)).toEqual(['Fordel-fund (2)']);
  });

  describe('runs over Fordel output', () => {
    let input: string;
    let first: string;
    let firstRun: CliRun;
    beforeAll(async () => {
      input = await writeWorkbook(dir, 'runde.xlsx', (wb) => fill(wb.addWorksheet('Fordeling'), SPLIT));
      first = path.join(dir, 'runde-1.xlsx');
      firstRun = await runCli('check', input, '--out', first, '--json');
    });

    it('the first run keeps every user cell and adds Fordel columns', async () => {
      expect(firstRun.code).toBe(1);
      await expectUserCellsKept(input, first);
      expect(fordelHeaders(await openWithExcelJs(first), 'Fordeling').length).toBeGreaterThan(0);
    });

    it('a second run over the first gives the same findings, keeps user cells, adds no second set of columns', async () => {
      const second = path.join(dir, 'runde-2.xlsx');
      const r = await runCli('check', first, '--out', second, '--json');
      expect(r.code).toBe(1);
      const [a, b] = [JSON.parse(firstRun.out) as JsonReport, JSON.parse(r.out) as JsonReport];
      expect(b).toEqual(a);
      await expectUserCellsKept(first, second);
      const [h1, h2] = [
        fordelHeaders(await openWithExcelJs(first), 'Fordeling'),
        fordelHeaders(await openWithExcelJs(second), 'Fordeling'),
      ];
      expect(h2).toEqual(h1);
      expect(ownedSheets(await openWithExcelJs(second))).toEqual(ownedSheets(await openWithExcelJs(first)));
    });

    it('a table that grew since the last run is checked whole, and Fordel columns follow it', async () => {
      const wb = await openWithExcelJs(first);
      // The user inserts Gladsaxe above the total row and corrects the total.
      const ws = wb.getWorksheet('Fordeling')!;
      ws.spliceRows(6, 0, ['Gladsaxe', 100, 100_000]);
      ws.getCell('B7').value = 1100;
      ws.getCell('C7').value = 1_100_000;
      const grown = path.join(dir, 'runde-vokset.xlsx');
      await wb.xlsx.writeFile(grown);
      const out = path.join(dir, 'runde-vokset-ud.xlsx');
      const r = await runCli('check', grown, '--out', out, '--json');
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.out) as JsonReport;
      expect(doc.tables).toEqual([
        expect.objectContaining({ sheet: 'Fordeling', range: 'A2:C7', kind: 'apportionment' }),
      ]);
      await expectUserCellsKept(grown, out);
      const after = await openWithExcelJs(out);
      const headers = fordelHeaders(after, 'Fordeling');
      expect(headers.length).toBe(fordelHeaders(await openWithExcelJs(first), 'Fordeling').length);
      // The new row has Fordel's figures beside it.
      expect(after.getWorksheet('Fordeling')!.getCell('E6').value).not.toBeNull();
    });
  });

  describe('the exact split, inserted after the user confirmed it (--apply-split)', () => {
    let input: string;
    let out: string;
    let run: CliRun;
    beforeAll(async () => {
      input = await writeWorkbook(dir, 'ret.xlsx', (wb) => {
        const ws = wb.addWorksheet('Fordeling');
        fill(ws, SPLIT);
        ws.getCell('A9').value = 'Aftalt på mødet 3. marts';
        ws.getCell('C4').numFmt = '#,##0';
        fill(wb.addWorksheet('Noter'), [['Husk revision', 42]]);
      });
      out = path.join(dir, 'ret-ud.xlsx');
      run = await runCli('check', input, '--out', out, '--apply-split');
    });

    it('writes the exact amounts into the copy only, and says so', async () => {
      expect(run.err).toBe('');
      expect(run.out).toContain('Den præcise fordeling er indsat i 1 celle i kopien');
      const ws = (await openWithExcelJs(out)).getWorksheet('Fordeling')!;
      expect(ws.getCell('C4').value).toBe(300_000);
      // The cell keeps its own number format.
      expect(ws.getCell('C4').numFmt).toBe('#,##0');
      const amounts = [3, 4, 5].map((r) => ws.getCell(`C${r}`).value as number);
      expect(amounts.reduce((a, b) => a + b, 0)).toBe(ws.getCell('C6').value);
      expect((await openWithExcelJs(input)).getWorksheet('Fordeling')!.getCell('C4').value).toBe(301_000);
    });

    it('keeps every other user cell as it was', async () => {
      const [a, b] = [await openWithExcelJs(input), await openWithExcelJs(out)];
      const was = userCells(a);
      const now = userCells(b, ownedSheets(b));
      for (const [ref, v] of was) {
        if (ref === 'Fordeling!C4') continue;
        expect([ref, now.get(ref)]).toEqual([ref, v]);
      }
    });

    it('lists the old value on the findings sheet', async () => {
      const ws = (await openWithExcelJs(out)).getWorksheet('Fordel-fund')!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const edit = rows.find((r) => r[2] === 'Præcis fordeling indsat')!;
      expect(edit).toBeDefined();
      expect(edit[3]).toBe('Fordeling');
      expect(JSON.stringify(edit[4])).toContain('C4');
      expect([edit[6], edit[7]]).toEqual([300_000, 301_000]);
    });

    it('a second check of the copy finds nothing left in the split', async () => {
      const again = await runCli('check', out, '--json');
      const doc = JSON.parse(again.out) as JsonReport;
      expect(doc.findings.filter((f) => f.rule.startsWith('split-'))).toEqual([]);
      expect(again.code).toBe(0);
    });

    it('names one table, or refuses without a copy to write into', async () => {
      const named = path.join(dir, 'ret-navn.xlsx');
      const r = await runCli('check', input, '--out', named, '--apply-split', 'Fordeling!A2');
      expect(r.out).toContain('indsat i 1 celle');
      const none = await runCli('check', input, '--apply-split');
      expect(none.code).toBe(2);
      expect(none.err).toMatch(/--apply-split skriver kun i en kopi/);
    });
  });

  describe('the input is never replaced', () => {
    let input: string;
    let hash: string;
    beforeAll(async () => {
      input = await writeWorkbook(dir, 'original.xlsx', (wb) => fill(wb.addWorksheet('Fordeling'), SPLIT));
      hash = await sha256(input);
    });

    it('--out equal to the input', async () => {
      for (const flags of [[], ['--overwrite']]) {
        const r = await runCli('check', input, '--out', input, ...flags);
        expect(r.code).toBe(2);
        expect(r.err).toBe(
          'fordel: --out må ikke være den fil, der kontrolleres; Fordel ændrer aldrig din fil.\n',
        );
        expect(await sha256(input)).toBe(hash);
      }
    });

    it('--out through a symlink to the input, even with --overwrite', async () => {
      const link = path.join(dir, 'genvej.xlsx');
      await fs.symlink(input, link);
      const r = await runCli('check', input, '--out', link, '--overwrite');
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        'fordel: Resultatet kan ikke gemmes oven i den fil, der kontrolleres. Vælg et andet filnavn.\n',
      );
      expect(await sha256(input)).toBe(hash);
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    });

    it('--out through a relative path with .. to the input', async () => {
      const roundabout = path.join(dir, 'x', '..', 'original.xlsx');
      const r = await runCli('check', input, '--out', roundabout, '--overwrite');
      expect(r.code).toBe(2);
      expect(await sha256(input)).toBe(hash);
    });
  });

  describe('a failed save leaves nothing half-written', () => {
    let input: string;
    beforeAll(async () => {
      input = await writeWorkbook(dir, 'gem.xlsx', (wb) => fill(wb.addWorksheet('Fordeling'), SPLIT));
    });

    it('the output path is a folder', async () => {
      const target = await fs.mkdtemp(path.join(dir, 'mappe-'));
      const parent = path.dirname(target);
      const before = (await fs.readdir(parent)).sort();
      for (const flags of [[], ['--overwrite']]) {
        const r = await runCli('check', input, '--out', target, ...flags);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/^fordel: [^\n]+\n$/);
        expect((await fs.readdir(parent)).sort()).toEqual(before);
        expect(await fs.readdir(target)).toEqual([]);
      }
    });

    it('the output folder does not exist', async () => {
      const r = await runCli('check', input, '--out', path.join(dir, 'findes-ikke', 'ud.xlsx'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^fordel: Filen kan ikke gemmes: [^\n]+\n$/);
    });

    // Root may write into a read-only folder, so the refusal can only be seen as another user.
    const asRoot = process.getuid?.() === 0;
    (asRoot ? it.skip : it)('the output folder is read-only', async () => {
      const locked = await fs.mkdtemp(path.join(dir, 'laast-'));
      await fs.chmod(locked, 0o555);
      try {
        const r = await runCli('check', input, '--out', path.join(locked, 'ud.xlsx'));
        expect(r.code).toBe(2);
        expect(r.err).toMatch(/^fordel: Filen kan ikke gemmes: [^\n]+\n$/);
        expect(await fs.readdir(locked)).toEqual([]);
      } finally {
        await fs.chmod(locked, 0o755);
      }
    });
  });
});
