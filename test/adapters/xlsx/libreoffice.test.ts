/**
 * A file Fordel writes must open in other spreadsheet programs too: LibreOffice converts it to CSV
 * and the user's values are all there. Skipped (with a message) only where LibreOffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsx-workbook';
import { emptySettings } from '../../../src/core/output/plan';
import { makeTempDir, removeDir, writeSample } from '../../support/xlsx-fixtures';

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

// Comma-separated, double quotes, character set 76 = UTF-8 (the default follows the system locale).
const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';

/**
 * CSV lines as fields, quotes removed; whole numbers lose the thousands separators the locale
 * shows them with ("1,500,000" or "1.500.000"), so the test does not depend on the machine's locale.
 */
function csvRows(csv: string): string[][] {
  return csv
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '"' && quoted && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          fields.push(field);
          field = '';
        } else field += ch;
      }
      fields.push(field);
      return fields.map((f) => (/^\d{1,3}([.,\u00a0 ]\d{3})+$/.test(f) ? f.replace(/\D/g, '') : f));
    });
}

const soffice = findSoffice();
const maybe = soffice ? it : it.skip;
if (!soffice) {
  console.warn('LibreOffice (soffice) is not installed: skipping the test that opens written files in it.');
}

describe('a written workbook opens in LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-lo-');
  });
  afterAll(() => removeDir(dir));

  maybe(
    'converts to CSV with the user values and Fordel output intact',
    async () => {
      const wb = await XlsxWorkbook.open(await writeSample(dir, 'sample.xlsx'));
      const report = await wb.write({
        blocks: [{ sheet: 'Kulturaftale', top: 2, left: 7, values: [['Fordel'], ['=1+1'], ['OK']] }],
        highlights: [
          { sheet: 'Kulturaftale', range: { top: 3, left: 5, bottom: 3, right: 5 }, severity: 'error' },
        ],
        sheets: [{ name: 'Fordel-fund', values: [['Regel'], ['total-mismatch']] }],
        settings: { ...emptySettings(), ownedSheets: ['Fordel-fund'] },
      });
      expect(report.written).toBe(true);
      const written = path.join(dir, 'written.xlsx');
      await wb.saveAs(written);

      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          CSV_UTF8,
          '--outdir',
          dir,
          written,
        ],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const csv = await fs.readFile(path.join(dir, 'written.csv'), 'utf8');
      // The first sheet: the co-financing table as the user typed it.
      expect(csv).toContain('Tabel B: Samlet finansiering af indsatsområderne (2020-tal)');
      const rows = csvRows(csv);
      expect(rows).toContainEqual([
        'Kulturregionens egenfinansiering',
        '1500000',
        '1500000',
        '1400000',
        '1500000',
        '6000000',
        '',
        '=1+1',
      ]);
      expect(rows).toContainEqual(['Ungeområdet', '300000', '300000', '300000', '300000', '1200000', '', '']);
      // Fordel's text stays text, not a computed 2.
      expect(csv).toContain('=1+1');
    },
    120_000,
  );
});
