/**
 * Real workbooks from public test collections (test/files/real, licences in LICENSES.md): every one a
 * spreadsheet program opens is read and checked, and the one saved with a password is refused with
 * what to do. Most of them the earlier reader refused or never finished.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { runCli } from '../../support/run-cli';

const DIR = path.join(__dirname, '..', '..', 'files', 'real');
const LOCKED = 'calamine-pass_protected.xlsx';

async function workbooks(): Promise<string[]> {
  return (await fs.readdir(DIR)).filter((n) => /\.(xlsx|xlsm|xlsb|xls|ods)$/.test(n) && n !== LOCKED).sort();
}

describe('real workbooks from public collections', () => {
  it('has about 20 of them, each listed with its source and licence', async () => {
    const names = await workbooks();
    expect(names.length).toBeGreaterThanOrEqual(18);
    const licences = await fs.readFile(path.join(DIR, 'LICENSES.md'), 'utf8');
    for (const n of [...names, LOCKED]) expect(licences).toContain(`\`${n}\``);
  });

  it('checks every one (exit 0 or 1) without a parser message or stack trace', async () => {
    for (const name of await workbooks()) {
      const r = await runCli('check', path.join(DIR, name), '--lang', 'en');
      expect({ name, code: r.code, err: r.err }).toEqual({ name, code: expect.any(Number), err: '' });
      expect([0, 1]).toContain(r.code);
      expect(r.out).not.toMatch(/\n\s+at |internal error|Cannot read properties|parseOpen/);
    }
  }, 120_000);

  it('reads Excel Tables, also through absolute part names', async () => {
    for (const name of ['calamine-table_with_absolute_paths.xlsx', 'xlsxwriter-table02.xlsx']) {
      const snap = await (await XlsxWorkbook.open(path.join(DIR, name))).read();
      const tables = snap.sheets.flatMap((s) => s.tables ?? []);
      expect({ name, tables: tables.length > 0 }).toEqual({ name, tables: true });
    }
  });

  it('leaves a hidden sheet out of the check but knows its name, and reads merged ranges', async () => {
    const hidden = await (await XlsxWorkbook.open(path.join(DIR, 'xlsxwriter-hide01.xlsx'))).read();
    expect(hidden.sheetNames.length).toBeGreaterThan(hidden.sheets.length);
    const merged = await (await XlsxWorkbook.open(path.join(DIR, 'xlsxwriter-merge_range01.xlsx'))).read();
    expect(merged.sheets.flatMap((s) => s.merges ?? []).length).toBeGreaterThan(0);
  });

  it('reads the same workbook saved as .xlsx, .xls, .xlsb and .ods alike, hidden sheets left out', async () => {
    const first = async (ext: string) => {
      const snap = await (await XlsxWorkbook.open(path.join(DIR, `calamine-any_sheets.${ext}`))).read();
      return snap.sheets[0].values;
    };
    const xlsx = await first('xlsx');
    expect(xlsx[0]).toEqual([1, 2]);
    for (const ext of ['xls', 'xlsb', 'ods'])
      expect({ ext, values: await first(ext) }).toEqual({ ext, values: xlsx });
    const snap = await (await XlsxWorkbook.open(path.join(DIR, 'calamine-any_sheets.xlsx'))).read();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Visible']);
  });

  it('refuses the password-protected file in plain words, saying what to do', async () => {
    const r = await runCli('check', path.join(DIR, LOCKED));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'fordel: Filen er beskyttet med adgangskode. Åbn den i Excel, fjern adgangskoden (Filer > Oplysninger > Beskyt projektmappe) og gem den igen.\n',
    );
  });
});
