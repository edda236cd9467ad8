/**
 * Puts a fake `Office` and `Excel` on the page, backed by a FakeExcel, so the task pane runs in a
 * plain browser (the preview and the browser test) exactly as it runs inside Excel.
 */
import type { FakeExcel } from './fake-excel';

export interface FakeOfficeOptions {
  /** Office's UI language, which picks the task pane's language. */
  readonly displayLanguage?: string;
  /** Highest ExcelApi requirement set the fake claims (default 1.13). */
  readonly excelApi?: string;
}

function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0;
  }
  return true;
}

export function installFakeOffice(fake: FakeExcel, opts: FakeOfficeOptions = {}): void {
  const maxApi = opts.excelApi ?? '1.13';
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: opts.displayLanguage ?? 'da-DK',
      requirements: {
        isSetSupported: (name: string, version = '1.1') =>
          name === 'ExcelApi' && versionAtMost(version, maxApi),
      },
    },
  };
  const excel = {
    run: fake.run,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    SpecialCellType: { formulas: 'Formulas', constants: 'Constants', visible: 'Visible' },
    SpecialCellValueType: { all: 'All', errors: 'Errors' },
    ClearApplyTo: { all: 'All', contents: 'Contents', formats: 'Formats' },
  };
  const target = (typeof window !== 'undefined' ? window : globalThis) as unknown as Record<string, unknown>;
  target.Office = office;
  target.Excel = excel;
  target.__fordelFake = fake;
}
