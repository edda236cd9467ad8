/**
 * The pure core: the exact split against dinero.js, and checkWorkbook on 100.000-row apportionment
 * and co-financing grids (rows per second), with peak memory at three sizes to show it grows
 * linearly with the rows.
 */
import { checkWorkbook } from '../src/core/check/check-workbook';
import { gridFromRows } from '../src/core/grid/grid';
import type { CoreMemory } from './core-memory';
import { apportionmentRows, cofinancingRows } from './inputs';
import {
  bestOf,
  fmtBytes,
  fmtInt,
  fmtMs,
  fmtOne,
  fmtRatio,
  perSecond,
  runTsChild,
  type BenchRow,
} from './measure';
import { benchDiagnose } from './diagnose';
import { benchSplit } from './split';

const SPLIT_TARGET = 1_000_000;
const CHECK_ROWS = 100_000;
const MEMORY_SIZES = [25_000, 50_000, 100_000];
/** Linear means the bytes per row at the largest size are no more than this times those at the smallest. */
const LINEAR_SLACK = 1.2;

const KINDS = [
  { kind: 'apportionment', label: 'apportionment', make: apportionmentRows },
  { kind: 'cofinancing', label: 'co-financing', make: cofinancingRows },
] as const;

export async function benchCore(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const s = await benchSplit();
  rows.push({
    part: 'core',
    case: `split ${fmtInt(s.rows)} parties`,
    figure: 'parties/s (vs dinero.js allocate)',
    value: fmtInt(s.oursPerSec),
    reference: fmtInt(s.dineroPerSec),
    ratio: fmtRatio(s.ratio),
    target: `>= ${fmtInt(SPLIT_TARGET)}/s`,
    met: s.oursPerSec >= SPLIT_TARGET,
    raw: { ...s },
  });

  for (const k of KINDS) {
    const grid = gridFromRows(k.kind, k.make(CHECK_ROWS));
    const snapshot = { sheets: [grid], sheetNames: [grid.name], settings: null };
    const ms = bestOf(3, () => {
      const r = checkWorkbook(snapshot, { lang: 'da', asOf: '2025-06-30' });
      if (r.tables.length !== 1) throw new Error(`${k.kind}: expected one table, found ${r.tables.length}`);
    });
    rows.push({
      part: 'core',
      case: `check ${fmtInt(CHECK_ROWS)}-row ${k.label}`,
      figure: 'rows/s (best of 3 after warm-up)',
      value: fmtInt(perSecond(CHECK_ROWS, ms)),
      raw: { rows: CHECK_ROWS, ms, rowsPerSec: perSecond(CHECK_ROWS, ms) },
    });
  }

  rows.push(...benchDiagnose());

  for (const k of KINDS) {
    const runs: CoreMemory[] = [];
    // One fresh process per size: a peak is only meaningful in a heap nothing else has used.
    for (const n of MEMORY_SIZES)
      runs.push(await runTsChild<CoreMemory>('core-memory.ts', [k.kind, String(n)]));
    const perRow = runs.map((r) => r.peakBytes / r.rows);
    runs.forEach((r, i) => {
      const last = i === runs.length - 1;
      rows.push({
        part: 'core',
        case: `check ${fmtInt(r.rows)}-row ${k.label}, own process`,
        figure: 'peak memory (bytes/row); time',
        value: `${fmtBytes(r.peakBytes)} (${fmtInt(perRow[i])}); ${fmtMs(r.ms)}`,
        ...(last
          ? {
              ratio: fmtRatio(perRow[i] / perRow[0]),
              target: `linear: <= ${fmtOne(LINEAR_SLACK)}x bytes/row at ${fmtInt(runs[0].rows)}`,
              met: perRow[i] <= perRow[0] * LINEAR_SLACK,
            }
          : {}),
        raw: { ...r, bytesPerRow: perRow[i] },
      });
    });
    const first = runs[0];
    const lastRun = runs[runs.length - 1];
    const marginal = (lastRun.peakBytes - first.peakBytes) / (lastRun.rows - first.rows);
    rows.push({
      part: 'core',
      case: `${k.label}, ${fmtInt(first.rows)} -> ${fmtInt(lastRun.rows)} rows`,
      figure: 'added peak memory per added row',
      value: `${fmtInt(marginal)} B/row`,
      raw: { marginalBytesPerRow: marginal, inputBytesPerRow: lastRun.inputBytes / lastRun.rows },
    });
  }
  return rows;
}
