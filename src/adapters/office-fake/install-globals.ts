/**
 * Puts a fake `Office` and `Excel` on the page, backed by a FakeExcel, so the task pane runs in a
 * plain browser (the preview and the browser test) exactly as it runs inside Excel.
 */
import { versionAtMost, type FakeExcel } from './fake-excel';

export interface FakeOfficeOptions {
  /** Office's UI language, which picks the task pane's language. */
  readonly displayLanguage?: string;
  /** Highest ExcelApi requirement set the fake claims (default: the fake's own). */
  readonly excelApi?: string;
}

const PLATFORM = { web: 'OfficeOnline', windows: 'PC', mac: 'Mac' } as const;

type Done<T> = (r: { status: string; value: T; error?: { code: number; message: string } }) => void;

/** Document.getFileAsync as Office.js gives it: a File of slices, each fetched on its own, then closed. */
function fileOf(fake: FakeExcel) {
  return (type: string, options: { sliceSize?: number }, done: Done<unknown>): void => {
    const failed = (e: unknown) =>
      done({ status: 'failed', value: undefined, error: { code: 5007, message: String(e) } });
    if (type !== 'compressed') return failed(new Error(`FileType ${type} is not in the fake.`));
    fake.documentFile().then((bytes) => {
      const size = options.sliceSize ?? 4_194_304;
      const file = {
        size: bytes.length,
        sliceCount: Math.max(1, Math.ceil(bytes.length / size)),
        getSliceAsync(i: number, got: Done<{ data: number[]; index: number; size: number }>) {
          const data = Array.from(bytes.subarray(i * size, (i + 1) * size));
          got({ status: 'succeeded', value: { data, index: i, size: data.length } });
        },
        closeAsync(closed?: Done<void>) {
          closed?.({ status: 'succeeded', value: undefined });
        },
      };
      done({ status: 'succeeded', value: file });
    }, failed);
  };
}

export function installFakeOffice(fake: FakeExcel, opts: FakeOfficeOptions = {}): void {
  const maxApi = opts.excelApi ?? fake.excelApi;
  const info = { host: 'Excel', platform: PLATFORM[fake.platform] };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      platform: info.platform,
      displayLanguage: opts.displayLanguage ?? 'da-DK',
      requirements: {
        isSetSupported: (name: string, version = '1.1') =>
          (name === 'ExcelApi' && versionAtMost(version, maxApi)) ||
          (name === 'CompressedFile' && fake.platform !== 'web' && versionAtMost(version, '1.1')),
      },
      document: { getFileAsync: fileOf(fake) },
    },
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
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
