/**
 * The add-in's Office.js adapter against the in-memory Excel fake at 100 to 1.000.000 rows: how many
 * round trips (syncs) a whole check takes and the largest single request. Excel on the web refuses
 * a request or response over 5 MB, so the adapter must pack its work under that and otherwise use as
 * few syncs as possible.
 */
import type { AdapterRun } from './adapter-check';
import { fmtBytes, fmtInt, fmtMs, PAYLOAD_LIMIT as LIMIT, runTsChild, type BenchRow } from './measure';

const SIZES = [100, 10_000, 100_000, 1_000_000];
/** The adapter's own packing size for one sync (OfficeWorkbook's default maxPayloadBytes). */
const BLOCK = 4_000_000;

/**
 * The target: ceil(bytes / 4 MB) + 3 syncs for reading and writing, with no try Excel refuses. The
 * adapter's syncs that carry no cells are two (the sheets with their used ranges' sizes; the look right
 * before writing, which on a first write also adds Fordel's settings sheet); every other one is filled
 * up to its 4 MB budget, the read's merged areas riding with the first block of cells.
 */
function syncBound(totalPayload: number): number {
  return Math.ceil(totalPayload / BLOCK) + 3;
}

export async function benchAdapter(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const r = await runTsChild<AdapterRun>('adapter-check.ts', [String(n)], 12_288);
    const bound = syncBound(r.totalPayload);
    rows.push({
      part: 'adapter',
      case: `read -> check -> write, ${fmtInt(n)} rows`,
      figure: 'syncs (read + write); requests',
      value: `${r.syncs} (${r.readSyncs} + ${r.writeSyncs}); ${fmtInt(r.requests)}`,
      target: `<= ${bound} syncs`,
      met: r.written && r.syncs <= bound && r.refusedSyncs === 0,
      raw: { ...r, syncBound: bound },
    });
    rows.push({
      part: 'adapter',
      case: `read -> check -> write, ${fmtInt(n)} rows`,
      figure: 'largest accepted request; all; refused tries',
      value: `${fmtBytes(r.largestPayload)}; ${fmtBytes(r.totalPayload)}; ${r.refusedSyncs}`,
      ...(r.refusedSyncs ? { reference: `refused try: ${fmtBytes(r.largestAttempt)}` } : {}),
      target: `< ${fmtBytes(LIMIT)}`,
      met: r.largestPayload < LIMIT,
    });
    rows.push({
      part: 'adapter',
      case: `read -> check -> write, ${fmtInt(n)} rows`,
      figure: 'time read; check; write (fake Excel)',
      value: `${fmtMs(r.readMs)}; ${fmtMs(r.checkMs)}; ${fmtMs(r.writeMs)}`,
    });
  }
  return rows;
}
