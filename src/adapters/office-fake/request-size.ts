/**
 * The size of a request as office.js serialises it, so the fake refuses what Excel on the web refuses
 * (5 MB per request; "Resource limits and performance optimization for Office Add-ins"). Office.js sends
 * one JSON body per context.sync(): {"Actions":[...],"ObjectPaths":{...}}. Every proxy object the batch
 * touches is an object path (workbook, worksheets, getItem("Ark"), getRangeByIndexes(...), format, fill),
 * created once with an "instantiate" action and sent again in every request that uses it; every property
 * set, method call and load is one action naming its path. This mirrors that shape byte for byte; the
 * figures are checked against office.js's own request builder in test/adapters/office-fake/request-size.test.ts
 * and listed in docs/excel-fake.md.
 */

/** ObjectPathType in office.js. */
export const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;
/** ActionType in office.js. */
export const ACTION = { instantiate: 1, query: 2, method: 3, set: 4 } as const;

export interface PathSpec {
  readonly parent: PathSpec | null;
  readonly type: number;
  readonly name: string;
  readonly args?: readonly unknown[];
  /** A path passed as the argument (getBoundingRect(otherRow)): sent as its id. */
  readonly ref?: PathSpec;
  /** Created by office.js itself and untracked ("D": true). */
  readonly internal?: boolean;
}

export interface ActionSpec {
  readonly type: number;
  readonly name: string;
  readonly args?: readonly unknown[];
  /** Properties a load selects. */
  readonly select?: readonly string[];
}

/** {"Actions":[],"ObjectPaths":{}} */
const ENVELOPE = 30;
/**
 * Office.js sets values, formulas and number formats of more than 1.500 cells in row chunks of about
 * 1.500 cells each (setRangePropertiesInBulk in excel-web-16.00.js), each chunk a range of its own.
 */
export const BULK_CELLS = 1500;

function json(v: unknown): number {
  return JSON.stringify(v).length;
}

export class RequestMeter {
  private readonly ids = new Map<PathSpec, number>();
  private sent = new Set<number>();
  private nextId = 1;
  private bytes = ENVELOPE;

  /** The path's id, registering it (and its parents) in this request where new; ids new here go in listed. */
  private ensure(p: PathSpec, listed: number[]): number {
    const parent = p.parent ? this.ensure(p.parent, listed) : undefined;
    const ref = p.ref ? this.ensure(p.ref, listed) : undefined;
    let pid = this.ids.get(p);
    if (pid === undefined) {
      pid = this.nextId;
      this.nextId += 2;
      this.ids.set(p, pid);
      this.bytes += json({ Id: pid + 1, ActionType: ACTION.instantiate, Name: '', ObjectPathId: pid }) + 1;
    }
    if (!this.sent.has(pid)) {
      this.sent.add(pid);
      listed.push(pid);
      const args = ref !== undefined ? { Arguments: [ref], ReferencedObjectPathIds: [ref] } : undefined;
      const entry = {
        Id: pid,
        ObjectPathType: p.type,
        Name: p.name,
        ...(parent !== undefined ? { ParentObjectPathId: parent } : {}),
        ...(args ? { ArgumentInfo: args } : p.args ? { ArgumentInfo: { Arguments: p.args } } : {}),
        ...(p.internal ? { D: true } : {}),
      };
      this.bytes += `"${pid}":`.length + json(entry) + 1;
    }
    return pid;
  }

  /**
   * A 2-D property set as office.js sends it: one action, or over BULK_CELLS cells a size check and one
   * action per row chunk, each on a range office.js makes from the first and last row of the chunk.
   */
  addBulk(path: PathSpec, name: string, grid: unknown[][]): number {
    const cols = grid[0]?.length ?? 0;
    if (grid.length * cols <= BULK_CELLS) return this.add(path, { type: ACTION.set, name, args: [grid] });
    let bytes = this.add(path, {
      type: ACTION.method,
      name: '_ValidateArraySize',
      args: [grid.length, cols],
    });
    const rows = Math.max(1, Math.round(BULK_CELLS / cols));
    for (let start = 0; start < grid.length; start += rows) {
      const end = Math.min(grid.length, start + rows) - 1;
      const row = (i: number): PathSpec => ({
        parent: path,
        type: PATH.method,
        name: 'GetRow',
        args: [i],
        internal: true,
      });
      const last = row(end);
      const chunk: PathSpec = {
        parent: row(start),
        type: PATH.method,
        name: 'GetBoundingRect',
        ref: last,
        internal: true,
      };
      bytes += this.add(chunk, { type: ACTION.set, name, args: [grid.slice(start, end + 1)] });
    }
    return bytes;
  }

  /** Bytes the action adds to the pending request (its path's new parts included). */
  add(path: PathSpec, action: ActionSpec): number {
    const before = this.bytes;
    const listed: number[] = [];
    const id = this.ensure(path, listed);
    const body = {
      Id: this.nextId++,
      ActionType: action.type,
      Name: action.name,
      ObjectPathId: id,
      ...(action.args ? { ArgumentInfo: { Arguments: action.args } } : {}),
      ...(action.select ? { QueryInfo: { Select: action.select } } : {}),
      L: listed,
    };
    this.bytes += json(body) + 1;
    return this.bytes - before;
  }

  /** The pending request's size; the next one starts empty (paths are sent again when used again). */
  take(): number {
    const total = this.bytes;
    this.bytes = ENVELOPE;
    this.sent = new Set();
    return total;
  }
}
