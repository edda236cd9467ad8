/**
 * The hostile-sheet corpus: every case gives exactly the findings it lists, both when its grids go
 * straight to the check and when it is saved as a real .xlsx and opened like the command line does.
 */
import * as path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import type { CheckParams } from '../../src/core/check/params';
import type { Finding } from '../../src/core/findings/finding';
import { PARAMS, snapshot } from '../core/check/fixtures';
import { makeTempDir, removeDir, writeWorkbook } from '../support/xlsx-fixtures';
import { CORPUS } from './corpus';
import { buildCase, toGrid, type CorpusCase, type ExpectedFinding } from './corpus/types';

function paramsOf(c: CorpusCase): CheckParams {
  return { ...PARAMS, ...c.params };
}

const where = (x: { rule: string; sheet: string; cell: string }): string => `${x.rule} ${x.sheet}!${x.cell}`;

/** The finding list as comparable lines, in the check's order. */
function lines(findings: readonly Finding[]): string[] {
  return findings.map(where);
}

function expectExactly(actual: readonly Finding[], wanted: readonly ExpectedFinding[]): void {
  expect(lines(actual).sort()).toEqual(wanted.map(where).sort());
  for (const w of wanted) {
    const got = actual.find((a) => where(a) === where(w))!;
    // Amounts are formatted with no-break spaces (1.500.000 kr.); the cases are typed with plain ones.
    if (w.da !== undefined) expect(got.message.da.replace(/\u00a0/g, ' ')).toContain(w.da);
    if (w.expected !== undefined) expect(got.expected).toBe(w.expected);
    if (w.actual !== undefined) expect(got.actual).toBe(w.actual);
    // A message is one readable line, whatever the cell held.
    expect(got.message.da.length).toBeLessThanOrEqual(1000);
    expect(got.message.en.length).toBeLessThanOrEqual(1000);
  }
}

describe('hardening corpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-corpus-');
  });
  afterAll(async () => {
    await removeDir(dir);
    console.log(`hardening corpus: ${CORPUS.length} cases`);
  });

  describe.each(CORPUS.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    let fromGrids: ReturnType<typeof checkWorkbook>;
    beforeAll(() => {
      fromGrids = checkWorkbook(snapshot(c.sheets.map(toGrid)), paramsOf(c));
    });

    it('gives exactly the listed findings from grids', () => {
      expectExactly(fromGrids.findings, c.findings);
      expectExactly(fromGrids.refusals, c.refusals ?? []);
    });

    it('gives the same findings through a real .xlsx', async () => {
      const file = await writeWorkbook(dir, `case-${i}.xlsx`, (wb) => buildCase(wb, c));
      const workbook = await XlsxWorkbook.open(file);
      const fromFile = checkWorkbook(await workbook.read(), paramsOf(c));
      expect(fromFile.findings).toEqual(fromGrids.findings);
      expect(fromFile.refusals).toEqual(fromGrids.refusals);
      expect(path.basename(file)).toBe(`case-${i}.xlsx`);
    }, 60_000);
  });
});
