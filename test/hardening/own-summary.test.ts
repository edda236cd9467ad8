/**
 * A second folder run with the same --summary (issue 19): the first run wrote Fordel's summary into the
 * folder, and the second used to take it for one of the user's workbooks and refuse. Fordel knows its own
 * output by the mark it writes into it (its settings sheet with a checksum of each sheet), never by the
 * name: its own summary is left out of the check with a line and updated; a user's workbook of that name,
 * or Fordel's summary once the user has written in it, is checked and never overwritten.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runCli } from '../support/run-cli';
import { makeTempDir, openWithExcelJs, removeDir, sha256, writeSample } from '../support/xlsx-fixtures';
import { writeSummary } from '../../src/cli/summary';
import { isOwnOutput } from '../../src/cli/own-output';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import type { FileSummary } from '../../src/cli/outcome';

let dir: string;
let folder: string;
let summary: string;
beforeEach(async () => {
  dir = await makeTempDir('fordel-own-summary-');
  folder = path.join(dir, 'mappe');
  await fs.mkdir(folder);
  await writeSample(folder, 'a.xlsx');
  summary = path.join(folder, 'oversigt.xlsx');
});
afterEach(() => removeDir(dir));

/** The file names in the summary's first sheet, below its header. */
async function filesListed(file: string): Promise<string[]> {
  const book = XLSX.read(await fs.readFile(file), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1 });
  return rows.slice(1).map((r) => path.basename(r[0]));
}

describe('a second folder run with the same --summary', () => {
  it('leaves Fordel’s own summary out of the check, says so on one line, and updates it', async () => {
    expect((await runCli('check', folder, '--summary', summary)).code).toBe(1);
    await writeSample(folder, 'b.xlsx');
    const r = await runCli('check', folder, '--summary', summary, '--overwrite');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^2 filer: 0 uden fejl, 2 med fejl/m);
    expect(r.out).not.toMatch(/oversigt\.xlsx {2}/);
    const lines = r.err.split('\n').filter(Boolean);
    expect(lines).toEqual([
      `fordel: Ikke kontrolleret: ${summary} (Fordels oversigt fra en tidligere kørsel; den kontrolleres ikke, men erstattes af den nye)`,
    ]);
    expect(await filesListed(summary)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('still needs --overwrite to replace it, and says so before checking anything', async () => {
    await runCli('check', folder, '--summary', summary);
    const before = await sha256(summary);
    const r = await runCli('check', folder, '--summary', summary, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`fordel: The file already exists: ${summary} (use --overwrite to replace it).\n`);
    expect(await sha256(summary)).toBe(before);
  });

  it('names Fordel’s own summary in a plain folder run instead of checking it', async () => {
    await runCli('check', folder, '--summary', summary);
    const r = await runCli('check', folder, '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files.map((f: FileSummary) => path.basename(f.file))).toEqual(['a.xlsx']);
    expect(r.err).toMatch(/^fordel: Not checked: .*oversigt\.xlsx \(a summary or findings Fordel wrote/);
  });

  it('never overwrites a workbook of the user’s with that name, even with --overwrite', async () => {
    await writeSample(folder, 'oversigt.xlsx');
    const before = await sha256(summary);
    const r = await runCli('check', folder, '--summary', summary, '--overwrite', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fordel: --summary .*oversigt\.xlsx is one of the files being checked/);
    expect(await sha256(summary)).toBe(before);
  });

  it('takes Fordel’s summary the user has written a note in for theirs: checked, never overwritten', async () => {
    await runCli('check', folder, '--summary', summary);
    const wb = await openWithExcelJs(summary);
    wb.getWorksheet('Filer')!.getCell('J2').value = 'ringet til kommunen 3/12';
    await wb.xlsx.writeFile(summary);
    const before = await sha256(summary);
    const r = await runCli('check', folder, '--summary', summary, '--overwrite', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is one of the files being checked/);
    expect(await sha256(summary)).toBe(before);
    const plain = await runCli('check', folder, '--json');
    const checked = JSON.parse(plain.out).files.map((f: FileSummary) => path.basename(f.file));
    expect(checked).toEqual(['a.xlsx', 'oversigt.xlsx']);
  });
});

describe('a workbook named like a checked copy in a folder run', () => {
  it('is left out with a line when it is Fordel’s copy, and checked when it is the user’s own', async () => {
    const copy = path.join(folder, 'a-kontrolleret.xlsx');
    expect((await runCli('check', path.join(folder, 'a.xlsx'), '--out', copy)).code).toBe(1);
    // A workbook of the user's that merely has such a name used to be skipped without a word.
    await writeSample(folder, 'rapport-checked.xlsx');
    const r = await runCli('check', folder, '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const checked = JSON.parse(r.out).files.map((f: FileSummary) => path.basename(f.file));
    expect(checked).toEqual(['a.xlsx', 'rapport-checked.xlsx']);
    expect(r.err).toBe(
      `fordel: Not checked: ${copy} (a checked copy of an earlier run, by its name and the Fordel settings in it; check the original)\n`,
    );
  });
});

describe('the findings saved as a workbook of their own', () => {
  it('are left out of a folder run with a line, as Fordel’s output, not checked as a workbook', async () => {
    const book = XLSX.read(await fs.readFile(path.join(folder, 'a.xlsx')), { type: 'buffer' });
    const ods = path.join(folder, 'b.ods');
    await fs.writeFile(ods, XLSX.write(book, { type: 'buffer', bookType: 'ods' }));
    await fs.rm(path.join(folder, 'a.xlsx'));
    expect((await runCli('check', ods, '--out', path.join(folder, 'b-kontrolleret.xlsx'))).code).toBe(1);
    const fund = path.join(folder, 'b-fordel-fund.xlsx');
    expect((await fs.readdir(folder)).sort()).toEqual(['b-fordel-fund.xlsx', 'b.ods']);
    const r = await runCli('check', folder, '--json', '--lang', 'en');
    expect(JSON.parse(r.out).files.map((f: FileSummary) => path.basename(f.file))).toEqual(['b.ods']);
    expect(r.err).toBe(
      `fordel: Not checked: ${fund} (a summary or findings Fordel wrote, unchanged since; Fordel does not check its own output)\n`,
    );
  });
});

describe('the summary’s mark', () => {
  it('reads back as Fordel’s own output whatever the texts hold', async () => {
    const odd = 'kr. 1.500,00\r\nlinje 2 _x0041_ \u0001 =1+1 "citat" <tag> & æøå';
    const row: FileSummary = {
      file: path.join(folder, `${odd.slice(0, 5)}.xlsx`),
      code: 1,
      verdict: 'errors',
      tables: [{ sheet: 'Ark 1', range: 'A1:C3', kind: 'cofinancing' } as FileSummary['tables'][number]],
      errors: 1,
      warnings: 0,
      infos: 0,
      findings: [
        { sheet: odd, cell: 'B2', severity: 'error', rule: 'sum-mismatch', message: odd, expected: '1,5' },
      ] as unknown as FileSummary['findings'],
      message: odd,
    };
    for (const lang of ['da', 'en'] as const) {
      const file = path.join(dir, `mark-${lang}.xlsx`);
      await writeSummary(file, [row], lang, false, []);
      const snapshot = await (await XlsxWorkbook.open(file)).read();
      expect(snapshot.sheets.map((s) => s.name)).toEqual(
        lang === 'da' ? ['Filer', 'Fund'] : ['Files', 'Findings'],
      );
      expect(isOwnOutput(snapshot)).toBe(true);
    }
  });
});
