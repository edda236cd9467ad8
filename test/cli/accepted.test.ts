/**
 * An item marked as fine in the pane is kept in the workbook's settings sheet; the command line honours
 * it: `--json` lists it under "accepted", not under items, and it no longer makes the exit code 1.
 */
import * as path from 'node:path';
import { acceptItem } from '../../src/core/check/accepted';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { decimal } from '../../src/core/decimal/decimal';
import { emptySettings } from '../../src/core/output/plan';
import type { JsonReport } from '../../src/cli/report';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { runCli } from '../support/run-cli';
import { makeTempDir, removeDir, writeRows } from '../support/xlsx-fixtures';

/** One split whose only error is the typo in C4 (6.852.000 where the key gives 6.825.000). */
const EU: (string | number | null)[][] = [
  ['EU-kontor: finansiering af budget på 17,5 mio. kr.', null, null],
  ['Part', 'Andel i pct.', 'Beløb (kr.)'],
  ['Region Hovedstaden', 20, 3_500_000],
  ['Region Sjælland', 41, 7_175_000],
  ['Kommuner', 39, 6_852_000],
  ['I alt', 100, 17_500_000],
];

describe('fordel check and accepted items', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-accepted-');
  });
  afterAll(() => removeDir(dir));

  it('lists an accepted item as accepted in --json and exits 0 for it', async () => {
    const file = await writeRows(dir, 'eu.xlsx', 'Fordeling', EU);
    const first = await runCli('check', file, '--json');
    const before = JSON.parse(first.out) as JsonReport;
    const typo = before.items!.find((i) => i.severity === 'error');
    expect(typo).toBeDefined();
    expect(first.code).toBe(1);

    // What the pane does on "I orden": the item with the fingerprint of its values, in the settings sheet.
    const book = await XlsxWorkbook.open(file);
    const snap = await book.read();
    const params = {
      lang: 'da' as const,
      asOf: '2026-11-24',
      unit: 100n,
      total: null,
      minOwnShare: decimal(50),
    };
    const item = checkWorkbook(snap, params).items!.find(
      (i) => i.cell === typo!.cell && i.rule === typo!.rule,
    )!;
    const grids = new Map(snap.sheets.map((g) => [g.name, g]));
    const accepted = [acceptItem(item, grids, 'Aftalt beløb', '2026-11-24')];
    await book.write({ blocks: [], highlights: [], sheets: [], settings: { ...emptySettings(), accepted } });
    const marked = path.join(dir, 'eu-i-orden.xlsx');
    await book.saveAs(marked);

    const second = await runCli('check', marked, '--json');
    const after = JSON.parse(second.out) as JsonReport;
    expect(after.accepted).toEqual([
      expect.objectContaining({ rule: typo!.rule, cell: typo!.cell, note: 'Aftalt beløb', at: '2026-11-24' }),
    ]);
    expect(after.items!.some((i) => i.cell === typo!.cell && i.rule === typo!.rule)).toBe(false);
    expect(second.code).toBe(0);
  });
});
