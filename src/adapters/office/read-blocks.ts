/**
 * The slow path for a workbook too big to read in one round trip: each sheet's used range is read
 * in row blocks, several blocks per sync, each sync kept under the payload and cell limits. If Excel
 * still refuses a sync, the blocks are halved and that part is read again.
 */
import { parseA1Range } from '../../core/grid/a1';
import { isPayloadError } from './payload-error';

/** Guess of the response bytes per cell for a value plus its number format. */
const START_BYTES_PER_CELL = 40;

export interface CellArrays {
  values: unknown[][];
  formats: unknown[][];
  formulas?: unknown[][];
  valueTypes?: unknown[][];
}

interface Block {
  readonly sheet: number;
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export async function readInBlocks(
  ctx: Excel.RequestContext,
  sheets: readonly { name: string; address: string }[],
  opts: { maxBytes: number; maxCells: number; withTypes: boolean },
  sync: (requests: number, payload: number) => Promise<void>,
): Promise<CellArrays[]> {
  const out: CellArrays[] = sheets.map(() => ({
    values: [],
    formats: [],
    ...(opts.withTypes ? { formulas: [], valueTypes: [] } : {}),
  }));
  let perCell = START_BYTES_PER_CELL * (opts.withTypes ? 2 : 1);
  // Rows still to read per sheet: [next row, last row].
  const todo = sheets.map((s) => {
    const pos = parseA1Range(s.address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return { next: pos.top, pos };
  });
  while (todo.some((t) => t.next <= t.pos.bottom)) {
    const budgetCells = Math.max(1, Math.min(Math.floor(opts.maxBytes / perCell), opts.maxCells));
    const group: Block[] = [];
    let cells = 0;
    for (let i = 0; i < todo.length && cells < budgetCells; i++) {
      const t = todo[i];
      const cols = t.pos.right - t.pos.left + 1;
      while (t.next <= t.pos.bottom && cells < budgetCells) {
        const rows = Math.max(
          1,
          Math.min(t.pos.bottom - t.next + 1, Math.floor((budgetCells - cells) / cols)),
        );
        if (group.length && rows * cols > budgetCells - cells) break;
        group.push({ sheet: i, name: sheets[i].name, top: t.next, left: t.pos.left, rows, cols });
        cells += rows * cols;
        t.next += rows;
      }
    }
    const props = opts.withTypes ? 'values,numberFormat,formulas,valueTypes' : 'values,numberFormat';
    const ranges = group.map((b) =>
      ctx.workbook.worksheets.getItem(b.name).getRangeByIndexes(b.top, b.left, b.rows, b.cols).load(props),
    );
    try {
      await sync(group.length, cells * perCell);
    } catch (e) {
      if (!isPayloadError(e) || perCell > opts.maxBytes) throw e;
      for (const b of group) todo[b.sheet].next = Math.min(todo[b.sheet].next, b.top);
      perCell *= 2;
      continue;
    }
    group.forEach((b, i) => {
      const r = ranges[i];
      const o = out[b.sheet];
      o.values.push(...r.values);
      o.formats.push(...r.numberFormat);
      if (opts.withTypes) {
        o.formulas?.push(...r.formulas);
        o.valueTypes?.push(...r.valueTypes);
      }
    });
  }
  return out;
}
