/**
 * Office.js's own request builder, run without Excel: the Excel-on-the-web build of the npm package
 * @microsoft/office-js is loaded into jsdom, and a request executor that only records each sync's body
 * stands in for Excel. What it records is byte for byte what office.js would send, so the sizes Fordel
 * budgets for and the fake's request-size model (src/adapters/office-fake/request-size.ts) are measured
 * against it. `npx tsx bench/office-js-requests.ts` prints the table kept in docs/excel-fake.md.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const OFFICE_JS = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

export type Batch = (ctx: Excel.RequestContext) => void;

export interface OfficeJs {
  /** Bytes of the JSON body office.js sends for the actions the batch queues (one sync). */
  requestBytes(batch: Batch): Promise<number>;
}

export function loadOfficeJs(): OfficeJs {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/',
  });
  const w = dom.window as unknown as { eval(src: string): void; Excel: typeof Excel };
  w.eval(readFileSync(OFFICE_JS, 'utf8'));
  let bodies: unknown[] = [];
  const executor = {
    executeAsync(_custom: unknown, _flags: unknown, message: { Body: unknown }) {
      bodies.push(message.Body);
      return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results: [] } });
    },
  };
  const resolver = {
    _resolveRequestUrlAndHeaderInfo: () =>
      Promise.resolve({ url: 'https://excel.invalid/_api', headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  return {
    async requestBytes(batch) {
      bodies = [];
      const ctx = new w.Excel.RequestContext(resolver as unknown as string);
      batch(ctx);
      // The recorded answer has no results, so office.js may complain after sending: only the body counts.
      await ctx.sync().catch(() => undefined);
      return bodies.length ? JSON.stringify(bodies[0]).length : 0;
    },
  };
}

/** The actions Fordel's write and fresh look repeat, n times each, as the adapter queues them. */
export const SAMPLES: { name: string; per: number; batch: (n: number) => Batch }[] = [
  {
    name: 'highlight (fill colour of one cell)',
    per: 1,
    batch: (n) => (ctx) => {
      for (let i = 0; i < n; i++)
        ctx.workbook.worksheets.getItem('Fordeling').getRangeByIndexes(2 * i, 1, 1, 1).format.fill.color =
          '#FFC7CE';
    },
  },
  {
    name: 'internal hyperlink',
    per: 1,
    batch: (n) => (ctx) => {
      for (let i = 0; i < n; i++)
        ctx.workbook.worksheets.getItem('Fordel-fund').getRangeByIndexes(i + 1, 1, 1, 1).hyperlink = {
          documentReference: `'Fordeling'!B${i + 1}`,
          textToDisplay: `B${i + 1}`,
        };
    },
  },
  {
    name: 'text format ("@") of one cell',
    per: 1,
    batch: (n) => (ctx) => {
      for (let i = 0; i < n; i++)
        ctx.workbook.worksheets.getItem('Fordel-fund').getRangeByIndexes(i + 1, 0, 1, 1).numberFormat = [
          ['@'],
        ];
    },
  },
  {
    name: 'fill colour load of one cell (fresh look)',
    per: 1,
    batch: (n) => (ctx) => {
      for (let i = 0; i < n; i++)
        ctx.workbook.worksheets
          .getItem('Fordeling')
          .getRangeByIndexes(2 * i, 1, 1, 1)
          .format.fill.load('color');
    },
  },
  {
    name: 'values, 1.000 rows x 2 columns of short text (per cell)',
    per: 2000,
    batch: (n) => (ctx) => {
      for (let i = 0; i < n; i++)
        ctx.workbook.worksheets.getItem('Fordel-fund').getRangeByIndexes(0, 0, 1000, 2).values = Array.from(
          { length: 1000 },
          (_, r) => [`Beløbet i B${r} afviger`, `B${r}`],
        );
    },
  },
];

if (require.main === module) {
  void (async () => {
    const office = loadOfficeJs();
    console.log('| Action | 1 | 100 | 1.000 | bytes each (1.000) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const s of SAMPLES) {
      const sizes = [];
      for (const n of s.name.startsWith('values') ? [1, 2, 3] : [1, 100, 1000])
        sizes.push(await office.requestBytes(s.batch(n)));
      const each = s.name.startsWith('values')
        ? (sizes[2] - sizes[1]) / s.per
        : (sizes[2] - sizes[1]) / (900 * s.per);
      console.log(`| ${s.name} | ${sizes.join(' | ')} | ${each.toFixed(1)} |`);
    }
  })();
}
