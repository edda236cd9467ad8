/**
 * Child process: one check through the add-in's adapter on the in-memory Excel fake, read ->
 * checkWorkbook -> write, with the round trips and payloads the fake counted. Run by bench/adapter.ts
 * as `node --import tsx bench/adapter-check.ts <rows>`.
 */
import { OfficeWorkbook } from '../src/adapters/office/office-workbook';
import { FakeExcel } from '../src/adapters/office-fake/fake-excel';
import { checkWorkbook } from '../src/core/check/check-workbook';
import { apportionmentRows } from './inputs';
import { PAYLOAD_LIMIT, reportToParent } from './measure';

export interface AdapterRun {
  readonly rows: number;
  readonly readSyncs: number;
  readonly writeSyncs: number;
  readonly syncs: number;
  readonly requests: number;
  /** Largest request Excel accepted (the adapter's own count). */
  readonly largestPayload: number;
  /** Largest the fake saw, including a try that was refused for its size. */
  readonly largestAttempt: number;
  /** Syncs refused for going over the limit (the adapter then reads in blocks). */
  readonly refusedSyncs: number;
  readonly totalPayload: number;
  readonly written: boolean;
  readonly readMs: number;
  readonly checkMs: number;
  readonly writeMs: number;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const fake = new FakeExcel([{ name: 'Fordeling', rows: apportionmentRows(rows) }]);
  const port = new OfficeWorkbook(fake.run);

  let start = performance.now();
  const snapshot = await port.read();
  const readMs = performance.now() - start;
  const readSyncs = fake.syncCount;

  start = performance.now();
  const result = checkWorkbook(snapshot, { lang: 'da', asOf: '2025-06-30' });
  const checkMs = performance.now() - start;
  if (result.tables.length !== 1) throw new Error(`expected one table, found ${result.tables.length}`);

  start = performance.now();
  const report = await port.write(result.plan);
  const writeMs = performance.now() - start;

  const out: AdapterRun = {
    rows,
    readSyncs,
    writeSyncs: report.syncs,
    syncs: fake.syncCount,
    requests: port.stats.requests,
    largestPayload: port.stats.largestPayload,
    largestAttempt: Math.max(...fake.payloads),
    refusedSyncs: fake.payloads.filter((p) => p > PAYLOAD_LIMIT).length,
    totalPayload: fake.payloads.reduce((a, b) => a + b, 0),
    written: report.written,
    readMs,
    checkMs,
    writeMs,
  };
  reportToParent(out);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
