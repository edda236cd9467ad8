/**
 * Child process: one checkWorkbook run on a generated grid, with its time and memory. Run by
 * bench/core.ts as `node --expose-gc --import tsx bench/core-memory.ts <apportionment|cofinancing> <rows>`.
 *
 * Peak memory is the rise of the resident set's high-water mark over the settled level just before
 * the check (the input grid already built and collected). A check is synchronous, so no timer could
 * sample during it; the kernel's maxRSS sees everything.
 */
import { checkWorkbook } from '../src/core/check/check-workbook';
import { gridFromRows } from '../src/core/grid/grid';
import { apportionmentRows, cofinancingRows } from './inputs';
import { collect, heapNow, maxRssBytes, reportToParent } from './measure';

export interface CoreMemory {
  readonly kind: string;
  readonly rows: number;
  readonly ms: number;
  readonly tables: number;
  readonly findings: number;
  /** Heap of the input grid itself. */
  readonly inputBytes: number;
  /** Peak resident memory added by the check. */
  readonly peakBytes: number;
  /** Heap still held by the result (findings and write plan) after a full collection. */
  readonly resultBytes: number;
}

function main(): void {
  const [kind, size] = process.argv.slice(2);
  const rows = Number(size);
  collect();
  const empty = heapNow();
  const values = kind === 'cofinancing' ? cofinancingRows(rows) : apportionmentRows(rows);
  const grid = gridFromRows(kind === 'cofinancing' ? 'Finansiering' : 'Fordeling', values);
  collect();
  const withInput = heapNow();
  const rssBefore = process.memoryUsage().rss;

  const start = performance.now();
  const result = checkWorkbook(
    { sheets: [grid], sheetNames: [grid.name], settings: null },
    { lang: 'da', asOf: '2025-06-30' },
  );
  const ms = performance.now() - start;
  const peakBytes = Math.max(0, maxRssBytes() - rssBefore);
  collect();
  const out: CoreMemory = {
    kind,
    rows,
    ms,
    tables: result.tables.length,
    findings: result.findings.length,
    inputBytes: withInput - empty,
    peakBytes,
    resultBytes: heapNow() - withInput,
  };
  reportToParent(out);
}

main();
