/** The self-test of the pane's settings, against the fake on each platform: every step reported, nothing left. */
import type { ExcelRun } from '../../../src/adapters/office/office-workbook';
import { runSelfTest, selfTestText } from '../../../src/adapters/office/self-test';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import type { FakePlatform } from '../../../src/adapters/office-fake/state';

describe.each(['web', 'windows', 'mac'] as FakePlatform[])('the self-test on %s', (platform) => {
  it('runs every step, reports what Excel did, and removes what it made', async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [['Kommune', 'Beløb']] }], { platform });
    const report = await runSelfTest(fake.run as ExcelRun, {
      platform,
      isSetSupported: (v) => fake.supports(v),
      // As Office.js: Excel on the web gives no .xlsx file (getFileAsync reference).
      documentFile: async () => (platform === 'web' ? null : fake.documentFile()),
    });
    expect(report.excelApi).toBe('1.20');
    expect(report.steps.map((s) => s.name)).toHaveLength(12);
    expect(report.steps.find((s) => s.name.includes('past the last sheet'))).toMatchObject({ ok: true });
    expect(report.steps.find((s) => s.name.includes('indent'))).toMatchObject({ ok: true });
    // The fake, like Excel with AutoCorrect on, lets the Table grow: reported, not hidden.
    const table = report.steps.find((s) => s.name.startsWith('a Table'));
    expect(table).toMatchObject({ ok: false, detail: expect.stringMatching(/grew into column C/) });
    const grouping = report.steps.find((s) => s.name.startsWith("rows' grouping"));
    if (platform === 'web') {
      expect(grouping).toMatchObject({ ok: false, detail: expect.stringMatching(/gives no file/) });
      expect(report.steps.filter((s) => !s.ok)).toEqual([grouping, table]);
    } else expect(report.steps.filter((s) => !s.ok)).toEqual([table]);
    expect(fake.sheetNames()).toEqual(['Ark1']);
    expect(fake.state.tables).toEqual([]);
    expect(selfTestText(report)).toMatch(
      new RegExp(`^Fordel self-test · platform ${platform} · ExcelApi 1.20\nok`),
    );
  });

  it("reports a refused step with Excel's error code and carries on", async () => {
    const fake = new FakeExcel([{ name: 'Ark1', rows: [['a']] }], { platform, excelApi: '1.12' });
    fake.setStructureProtected(true);
    const report = await runSelfTest(fake.run as ExcelRun, {
      platform,
      isSetSupported: (v) => fake.supports(v),
    });
    expect(report.steps.find((s) => s.name === 'scratch sheet: add')).toMatchObject({
      ok: false,
      detail: 'AccessDenied',
    });
    expect(report.steps.find((s) => s.name.includes('undo group'))).toMatchObject({
      ok: false,
      detail: 'no ExcelApi 1.20',
    });
    expect(report.steps.find((s) => s.name.startsWith("rows' grouping"))).toMatchObject({
      ok: false,
      detail: 'ItemNotFound',
    });
    expect(report.steps).toHaveLength(12);
  });
});
