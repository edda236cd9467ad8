/**
 * The checked copy that keeps everything (package-copy.ts): every part Fordel does not write is the
 * input's part byte for byte, the user's cells read the same afterwards, a workbook with a chart or
 * macros gets a checked copy instead of a findings workbook, a second run over the copy finds the same
 * and adds no second set of columns, and LibreOffice opens the copy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { PackageCopy } from '../../../src/adapters/xlsx/package-copy';
import { readBook } from '../../../src/adapters/xlsx/read-book';
import { identifyBook } from '../../../src/adapters/xlsx/file-kind';
import { packPart, readZipParts, unpack, writeZip } from '../../../src/adapters/xlsx/zip-copy';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { cellAt, type SheetGrid } from '../../../src/core/grid/grid';
import { emptySettings, type WritePlan } from '../../../src/core/output/plan';
import { parseOwnedRange } from '../../../src/core/output/owned-range';
import { makeTempDir, removeDir, writeSample } from '../../support/xlsx-fixtures';
import { runCli } from '../../support/run-cli';

const REAL = path.join(__dirname, '..', '..', 'files', 'real');
/** Real files whose packages this writer does not patch (the findings then go in a workbook of their own). */
const LEFT_TO_FINDINGS_BOOK = [
  'calamine-issue252.xlsx',
  'calamine-nonstandard-xml-ns-prefix.xlsx',
  'closedxml-EmptyFill.xlsx',
  'closedxml-NoReferencesOnRowsOrCells.xlsx',
  'phpspreadsheet-namespacenonstd.xlsx',
  'poi-InlineString.xlsx',
  'poi-59021.xlsx',
];
const AS_OF = '2026-11-24';
// Comma-separated, double quotes, character set 76 = UTF-8 (the default follows the system locale).
const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';

function parts(bytes: Buffer): Map<string, Buffer> {
  return new Map(readZipParts(bytes)!.map((p) => [p.name, unpack(p)]));
}

/** The parts a plan may change: the package lists, the styles and the sheets it writes into. */
function mayChange(bytes: Buffer, plan: WritePlan): Set<string> {
  const all = parts(bytes);
  const root = all.get('_rels/.rels')!.toString('utf8');
  const wbTarget =
    /<Relationship\b[^>]*officeDocument"[^>]*>|<Relationship\b[^>]*Target="([^"]*)"[^>]*officeDocument/.exec(
      root,
    )![0];
  const wbPath = /Target="\/?([^"]*)"/.exec(wbTarget)![1];
  const wbDir = path.posix.dirname(wbPath);
  const relsPath = path.posix.join(wbDir, '_rels', `${path.posix.basename(wbPath)}.rels`);
  const wb = all.get(wbPath)!.toString('utf8');
  const rels = all.get(relsPath)!.toString('utf8');
  const target = (id: string): string => {
    const m = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)![0];
    const t = /Target="([^"]*)"/.exec(m)![1];
    return t.startsWith('/') ? t.slice(1) : path.posix.join(wbDir, t);
  };
  const styles = /Target="([^"]*)"[^>]*\/styles"|\/styles"[^>]*Target="([^"]*)"/.exec(rels);
  const stylesTarget = styles ? (styles[1] ?? styles[2]) : 'styles.xml';
  const written = new Set([
    ...plan.blocks.map((b) => b.sheet),
    ...plan.highlights.map((h) => h.sheet),
    ...(plan.restoreFills ?? []).map((f) => f.sheet),
  ]);
  const out = new Set([
    wbPath,
    relsPath,
    '[Content_Types].xml',
    stylesTarget.startsWith('/') ? stylesTarget.slice(1) : path.posix.join(wbDir, stylesTarget),
  ]);
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])![1];
    if (written.has(name)) out.add(target(/\s\w+:id="([^"]*)"/.exec(m[0])![1]));
  }
  return out;
}

function sameUserCells(before: readonly SheetGrid[], after: readonly SheetGrid[], plan: WritePlan): void {
  for (const grid of before) {
    const copy = after.find((g) => g.name === grid.name)!;
    expect(copy).toBeDefined();
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const [rr, cc] = [grid.origin.row + r, grid.origin.col + c];
        const ours = plan.blocks.some(
          (b) => b.sheet === grid.name && rr >= b.top && rr < b.top + b.values.length && cc >= b.left,
        );
        if (!ours) expect([grid.name, rr, cc, cellAt(copy, rr, cc)]).toEqual([grid.name, rr, cc, v]);
      }),
    );
  }
}

async function checkedCopy(bytes: Buffer): Promise<{ plan: WritePlan; out: Buffer } | null> {
  const kind = identifyBook(bytes);
  const book = readBook(bytes, kind);
  const sheets = book.grids.filter((g) => g.name !== 'Fordel-indstillinger' && !g.hidden);
  const result = checkWorkbook(
    { sheets, sheetNames: book.sheetNames, settings: book.settings },
    { lang: 'da', asOf: AS_OF },
  );
  const copy = PackageCopy.open(bytes, (sheet, r, c) => {
    const g = book.grids.find((x) => x.name === sheet);
    return g ? cellAt(g, r, c) : undefined;
  });
  // Fordel's own column beside the first sheet's cells and a highlight on its first cell, so every real
  // file's sheet XML is written into, not only the package lists.
  const first = sheets[0];
  const width = first.values[0]?.length ?? 0;
  // Right of the used range and of any merge reaching past it (writing into a merge is refused).
  const left = Math.max(first.origin.col + width, ...(first.merges ?? []).map((m) => m.right + 1)) + 1;
  const plan: WritePlan = {
    ...result.plan,
    blocks: [
      ...result.plan.blocks,
      {
        sheet: first.name,
        top: first.origin.row,
        left,
        values: [['Fordel: status'], ['OK'], [{ link: "'Fordel-fund'!A1", text: 'Fejl' }]],
        columnWidths: [16],
      },
    ],
    highlights: [
      ...result.plan.highlights,
      {
        sheet: first.name,
        range: {
          top: first.origin.row,
          left: first.origin.col,
          bottom: first.origin.row,
          right: first.origin.col,
        },
        severity: 'error',
      },
    ],
  };
  if (!copy?.canWrite(plan)) return null;
  const outcome = copy.apply(plan, book.settings);
  if (outcome.refused) return null;
  return { plan, out: copy.toBuffer() };
}

/** The sample workbook with a chart part of its own, as a file with a chart carries one. */
async function sampleWithChart(dir: string): Promise<string> {
  const file = await writeSample(dir, 'med-diagram.xlsx');
  const zipParts = readZipParts(await fs.readFile(file))!;
  const chart = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  await fs.writeFile(file, writeZip([...zipParts, packPart('xl/charts/chart1.xml', chart)]));
  return file;
}

describe('the checked copy that keeps everything', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-package-copy-');
  });
  afterAll(() => removeDir(dir));

  const realFiles = readdirSync(REAL).filter((f) => /\.xls[xm]$/.test(f) && !/pass_protected/.test(f));

  it.each(realFiles)('%s: unchanged parts byte for byte, the user cells the same', async (name) => {
    const bytes = await fs.readFile(path.join(REAL, name));
    const copy = await checkedCopy(bytes);
    if (!copy) {
      // Packages this writer leaves to the findings workbook: prefixed XML, odd package lists.
      expect(LEFT_TO_FINDINGS_BOOK).toContain(name);
      return;
    }
    const before = parts(bytes);
    const after = parts(copy.out);
    const allowed = mayChange(bytes, copy.plan);
    for (const [part, content] of before) {
      if (allowed.has(part)) continue;
      expect([part, after.get(part)?.equals(content)]).toEqual([part, true]);
    }
    const kind = identifyBook(bytes);
    sameUserCells(readBook(bytes, kind).grids, readBook(copy.out, kind).grids, copy.plan);
  });

  it('writes into a workbook with a chart: Fordel columns, highlights and sheets, the chart part untouched', async () => {
    const file = await sampleWithChart(dir);
    const out = path.join(dir, 'med-diagram-kontrolleret.xlsx');
    const r = await runCli('check', file, '--out', out, '--as-of', AS_OF);
    expect(r.out).toContain(`Kontrolleret kopi gemt: ${out}`);
    expect(r.out).not.toContain('Ingen kontrolleret kopi');
    const before = parts(await fs.readFile(file));
    const after = parts(await fs.readFile(out));
    expect(after.get('xl/charts/chart1.xml')!.equals(before.get('xl/charts/chart1.xml')!)).toBe(true);
    const book = readBook(await fs.readFile(out), 'xlsx');
    expect(book.sheetNames).toEqual(expect.arrayContaining(['Fordel-fund', 'Fordel-indstillinger']));
    expect(book.settings?.owned.length).toBeGreaterThan(0);
    // The highlighted cells have Fordel's fill, recorded with the fill they had before.
    expect(book.settings?.fills?.length).toBeGreaterThan(0);
    expect(after.get('xl/styles.xml')!.toString('utf8')).toContain('FFFFC7CE');

    // A second run over the copy finds the same and writes its columns in the same place.
    const again = path.join(dir, 'igen.xlsx');
    const r2 = await runCli('check', out, '--out', again, '--as-of', AS_OF);
    expect(r2.code).toBe(r.code);
    const second = readBook(await fs.readFile(again), 'xlsx');
    expect(second.settings?.owned).toEqual(book.settings?.owned);
    expect(second.sheetNames).toEqual(book.sheetNames);
  }, 60_000);

  it('is the checked copy of a plain .xlsx too: every part Fordel does not write is the input byte for byte', async () => {
    const file = await writeSample(dir, 'almindelig.xlsx');
    const out = path.join(dir, 'almindelig-kontrolleret.xlsx');
    const r = await runCli('check', file, '--out', out, '--as-of', AS_OF);
    expect(r.out).toContain(`Kontrolleret kopi gemt: ${out}`);
    const bytes = await fs.readFile(file);
    const before = parts(bytes);
    const after = parts(await fs.readFile(out));
    const book = readBook(bytes, 'xlsx');
    const sheets = book.grids.filter((g) => !g.hidden);
    const { plan } = checkWorkbook(
      { sheets, sheetNames: book.sheetNames, settings: book.settings },
      { lang: 'da', asOf: AS_OF },
    );
    const allowed = mayChange(bytes, plan);
    const kept = [...before.keys()].filter((p) => !allowed.has(p));
    // The theme and the document properties at least: ExcelJS rewrote every part of the package.
    expect(kept.length).toBeGreaterThan(1);
    for (const part of kept) expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
  }, 60_000);

  it("clean gives back the user's package: Fordel's sheets and their entries gone, every part it did not empty cells in byte for byte", async () => {
    const file = await sampleWithChart(dir);
    const checked = path.join(dir, 'rens-kontrolleret.xlsx');
    const cleaned = path.join(dir, 'rens-renset.xlsx');
    await runCli('check', file, '--out', checked, '--as-of', AS_OF);
    const r = await runCli('clean', checked, '--out', cleaned, '--settings');
    expect(r).toMatchObject({ code: 0, err: '' });
    const input = await fs.readFile(file);
    const before = parts(input);
    const middle = parts(await fs.readFile(checked));
    const after = parts(await fs.readFile(cleaned));
    // The copy had Fordel's sheets as parts of their own; the cleaned package has the input's parts, no more.
    expect(middle.size).toBeGreaterThan(before.size);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const owned = readBook(await fs.readFile(checked), 'xlsx').settings!.owned;
    const emptied = new Set(owned.map((o) => parseOwnedRange(o)!.sheet));
    const allowed = mayChange(input, {
      blocks: [...emptied].map((sheet) => ({ sheet, top: 0, left: 0, values: [] })),
      highlights: [],
      sheets: [],
      settings: emptySettings(),
    });
    const kept = [...before.keys()].filter((p) => !allowed.has(p));
    expect(kept).toContain('xl/charts/chart1.xml');
    for (const part of kept) expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
    const wb = after.get('xl/workbook.xml')!.toString('utf8');
    expect(wb).not.toMatch(/name="Fordel-/);
    expect(
      after
        .get('[Content_Types].xml')!
        .toString('utf8')
        .match(/worksheet\+xml/g),
    ).toHaveLength(
      before
        .get('[Content_Types].xml')!
        .toString('utf8')
        .match(/worksheet\+xml/g)!.length,
    );
    const book = readBook(await fs.readFile(cleaned), 'xlsx');
    expect(book.settings).toBeNull();
    sameUserCells(readBook(input, 'xlsx').grids, book.grids, {
      blocks: [],
      highlights: [],
      sheets: [],
      settings: emptySettings(),
    });
  }, 60_000);

  const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();
  (soffice ? it : it.skip)(
    'LibreOffice opens the copy of a workbook with a chart, and of a real one with a chart sheet, values there',
    async () => {
      const file = await sampleWithChart(dir);
      const out = path.join(dir, 'lo-kopi.xlsx');
      await runCli('check', file, '--out', out, '--as-of', AS_OF, '--overwrite');
      const wb = await XlsxWorkbook.open(out);
      expect((await wb.read()).sheets.length).toBeGreaterThan(0);
      // A real file whose chart sheet and chart parts ExcelJS would have dropped.
      const real = path.join(dir, 'lo-diagramark.xlsx');
      const r = await runCli(
        'check',
        path.join(REAL, 'calamine-any_sheets.xlsx'),
        '--out',
        real,
        '--as-of',
        AS_OF,
      );
      expect(r.out).toContain(`Kontrolleret kopi gemt: ${real}`);
      expect(parts(await fs.readFile(real)).has('xl/charts/chart1.xml')).toBe(true);
      // And the copy with Fordel's output removed again.
      const cleaned = path.join(dir, 'lo-renset.xlsx');
      expect((await runCli('clean', out, '--out', cleaned, '--settings')).code).toBe(0);
      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      // Both in one LibreOffice start: it takes most of this test's time.
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          CSV_UTF8,
          '--outdir',
          dir,
          out,
          real,
          cleaned,
        ],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const csv = await fs.readFile(path.join(dir, 'lo-kopi.csv'), 'utf8');
      expect(csv).toContain('Tabel B: Samlet finansiering af indsatsområderne (2020-tal)');
      expect(csv).toMatch(/Fordel/);
      const cleanCsv = await fs.readFile(path.join(dir, 'lo-renset.csv'), 'utf8');
      expect(cleanCsv).toContain('Tabel B: Samlet finansiering af indsatsområderne (2020-tal)');
      expect(cleanCsv).not.toMatch(/Fordel:/);
      const realCsv = await fs.readFile(path.join(dir, 'lo-diagramark.csv'), 'utf8');
      expect(realCsv.split('\n').slice(0, 3)).toEqual(['1,2', '3,4', '5,6']);
    },
    120_000,
  );
});
