/**
 * Reads every visible sheet's used range in row blocks sized from its address before anything is
 * loaded: each sync stays under 5 million cells (every platform) and, on the web, under the byte
 * budget. The bytes per cell are first estimated from a small sample, then from what earlier blocks
 * really cost. A block Excel still refuses (a limit error, or values of null) is halved and read again.
 * From ExcelApi 1.9 each block also brings its cells' indent (Range.getCellProperties) in the same sync:
 * a budget can show its hierarchy only by indentation. Excel's API has no way to read the rows' outline
 * levels (Data > Group): Range.group and Worksheet.showOutlineLevels only set them.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import { CELLS_PER_READ, isLimitError } from './limits';

export interface CellArrays {
  values: unknown[][];
  formats: unknown[][];
  formulas?: unknown[][];
  valueTypes?: unknown[][];
  /** Before ExcelApi 1.9: the visible cells' addresses, from Range.getVisibleView (ExcelApi 1.3). */
  visibleAddresses?: string[][];
  /** From ExcelApi 1.9: the cells whose format indents them, at absolute rows and columns. */
  indents?: CellIndent[];
}

/** A cell indented by its format (Increase Indent): how a budget shows its hierarchy. */
export interface CellIndent {
  readonly row: number;
  readonly col: number;
  readonly indent: number;
}

/** The part of Range.getCellProperties' answer Fordel asks for. */
export const INDENT_PROPERTIES = { format: { indentLevel: true } } as const;

/** The indented cells of a block's getCellProperties answer, placed at the block's top-left cell. */
export function indentsOf(
  props: readonly (readonly Excel.CellProperties[])[] | undefined,
  top: number,
  left: number,
): CellIndent[] {
  const out: CellIndent[] = [];
  props?.forEach((line, r) =>
    line.forEach((cell, c) => {
      const indent = cell?.format?.indentLevel;
      if (typeof indent === 'number' && indent > 0) out.push({ row: top + r, col: left + c, indent });
    }),
  );
  return out;
}

export interface BlockOptions {
  readonly maxBytes: number;
  readonly maxCells?: number;
  /** Before ExcelApi 1.9: formulas, value types and the visible view come with the cells. */
  readonly withTypes: boolean;
  /** Estimated response bytes per cell, from the sample. */
  readonly bytesPerCell: number;
  /** ExcelApi 1.9: each cell's indent comes with it (Range.getCellProperties), in the same sync. */
  readonly indents?: boolean;
}

/** Margin on the bytes per cell measured so far (see where perCell is updated). */
const READ_MARGIN = 1.05;
/** How far past the budget a block may go to take a sheet's last rows instead of leaving them a sync. */
const SLIVER = 1.1;

interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly rows: number;
}

function size(v: unknown): number {
  return v === undefined || v === null ? 4 : JSON.stringify(v).length;
}

export interface BlockStats {
  refused: number;
}

/**
 * Loads that ride along with the first block's sync (the merged areas, special cells and tables of the
 * sheets): queues them and says how many requests and about how many response bytes they add.
 */
export type AlongFirst = () => { readonly requests: number; readonly bytes: number };

/**
 * The first sync, carrying other loads beside the cells, failed: its cause is unknown (a merged-area
 * lookup over 512 areas and a refused cell read fail a sync alike), so the caller reads them apart.
 */
export class FirstSyncFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('the first read of the cells, with other loads beside it, failed');
  }
}

export async function readInBlocks(
  ctx: Excel.RequestContext,
  sheets: readonly { name: string; address: string }[],
  opts: BlockOptions,
  sync: (requests: number, payload: number) => Promise<void>,
  stats: BlockStats = { refused: 0 },
  alongFirst?: AlongFirst,
): Promise<CellArrays[]> {
  const maxCells = opts.maxCells ?? CELLS_PER_READ;
  const out: CellArrays[] = sheets.map(() => ({
    values: [],
    formats: [],
    ...(opts.withTypes ? { formulas: [], valueTypes: [], visibleAddresses: [] } : {}),
    ...(opts.indents ? { indents: [] } : {}),
  }));
  const pos: RangePos[] = sheets.map(
    (s) => parseA1Range(s.address) ?? { top: 0, left: 0, bottom: 0, right: 0 },
  );
  let perCell = Math.max(opts.bytesPerCell, 4);
  let shrink = 1;
  const next = pos.map((p) => p.top);
  // Pieces of a sheet may come back out of order after a retry; keep them by top row.
  const pieces = sheets.map(() => new Map<number, CellArrays>());
  let readCells = 0;
  let readBytes = 0;
  let along = alongFirst;
  // With nothing to read (no sheet), the loads beside still get their sync.
  if (along && !next.some((n, i) => n <= pos[i].bottom)) {
    const { requests, bytes } = along();
    try {
      await sync(requests, bytes);
    } catch (e) {
      throw new FirstSyncFailed(e);
    }
  }
  while (next.some((n, i) => n <= pos[i].bottom)) {
    const extra = along?.();
    const room = opts.maxBytes - (extra?.bytes ?? 0);
    const budget = Math.max(1, Math.floor(Math.min(maxCells, Math.max(room, 0) / perCell) / shrink));
    const group: Block[] = [];
    let cells = 0;
    for (let i = 0; i < sheets.length && cells < budget; i++) {
      const cols = pos[i].right - pos[i].left + 1;
      while (next[i] <= pos[i].bottom && cells < budget) {
        const left = pos[i].bottom - next[i] + 1;
        // A sheet's last rows go with this block when they would fill only a sliver of another sync:
        // the block may then pass the budget by a tenth, still well under Excel's limit.
        const last = shrink === 1 && cells + left * cols <= Math.min(maxCells, budget * SLIVER);
        const room = last ? left : Math.floor((budget - cells) / cols);
        if (group.length && room < 1) break;
        const rows = Math.max(1, Math.min(left, room));
        group.push({ sheet: i, top: next[i], rows });
        cells += rows * cols;
        next[i] += rows;
      }
    }
    const props = opts.withTypes ? 'values,numberFormat,formulas,valueTypes' : 'values,numberFormat';
    const loaded = group.map((b) => {
      const p = pos[b.sheet];
      const range = ctx.workbook.worksheets
        .getItem(sheets[b.sheet].name)
        .getRangeByIndexes(b.top, p.left, b.rows, p.right - p.left + 1);
      range.load(props);
      const view = opts.withTypes ? range.getVisibleView().load('cellAddresses') : undefined;
      const cellProps = opts.indents ? range.getCellProperties(INDENT_PROPERTIES) : undefined;
      return { range, view, cellProps };
    });
    let refused = false;
    try {
      const perBlock = 1 + (opts.withTypes ? 1 : 0) + (opts.indents ? 1 : 0);
      await sync(loaded.length * perBlock + (extra?.requests ?? 0), Math.round(cells * perCell));
      refused = loaded.some((l) => !Array.isArray(l.range.values));
    } catch (e) {
      if (extra) throw new FirstSyncFailed(e);
      if (!isLimitError(e)) throw e;
      refused = true;
    }
    // The loads beside went through with this sync (a read of null values still answers them).
    along = undefined;
    if (refused) {
      // Over a limit after all: the same rows again, in halves.
      stats.refused++;
      if (cells <= 1) throw new Error('Excel refused to read a single cell.');
      for (const b of group) next[b.sheet] = Math.min(next[b.sheet], b.top);
      shrink *= 2;
      continue;
    }
    let bytes = 0;
    group.forEach((b, i) => {
      const { range, view, cellProps } = loaded[i];
      const part: CellArrays = { values: range.values, formats: range.numberFormat };
      bytes += size(part.values) + size(part.formats);
      if (cellProps) {
        part.indents = indentsOf(cellProps.value, b.top, pos[b.sheet].left);
        bytes += size(cellProps.value);
      }
      if (opts.withTypes) {
        part.formulas = range.formulas;
        part.valueTypes = range.valueTypes;
        part.visibleAddresses = view?.cellAddresses ?? [];
        bytes += size(part.formulas) + size(part.valueTypes) + size(part.visibleAddresses);
      }
      pieces[b.sheet].set(b.top, part);
    });
    readCells += cells;
    readBytes += bytes;
    // What the cells really cost so far, with a small margin: the byte budget (4 MB on the web) already
    // sits a fifth under Excel's limit, so a block fills it and rows up to 30 % longer still pass.
    perCell = Math.max(4, (readBytes / readCells) * READ_MARGIN);
    shrink = 1;
  }
  pieces.forEach((map, i) => {
    for (const top of [...map.keys()].sort((a, b) => a - b)) {
      const p = map.get(top)!;
      const o = out[i];
      o.values.push(...p.values);
      o.formats.push(...p.formats);
      if (opts.withTypes) {
        o.formulas!.push(...(p.formulas ?? []));
        o.valueTypes!.push(...(p.valueTypes ?? []));
        o.visibleAddresses!.push(...(p.visibleAddresses ?? []));
      }
      if (opts.indents) o.indents!.push(...(p.indents ?? []));
    }
  });
  return out;
}
