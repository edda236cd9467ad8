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

function json(v: unknown): number {
  return JSON.stringify(v).length;
}

export class RequestMeter {
  private readonly ids = new Map<PathSpec, number>();
  private sent = new Set<number>();
  private nextId = 1;
  private bytes = ENVELOPE;

  /** Bytes the action adds to the pending request (its path's new parts included). */
  add(path: PathSpec, action: ActionSpec): number {
    const before = this.bytes;
    const chain: PathSpec[] = [];
    for (let p: PathSpec | null = path; p; p = p.parent) chain.unshift(p);
    const listed: number[] = [];
    let id = 0;
    for (const p of chain) {
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
        const parent = p.parent ? this.ids.get(p.parent) : undefined;
        const entry = {
          Id: pid,
          ObjectPathType: p.type,
          Name: p.name,
          ...(parent !== undefined ? { ParentObjectPathId: parent } : {}),
          ...(p.args ? { ArgumentInfo: { Arguments: p.args } } : {}),
        };
        this.bytes += `"${pid}":`.length + json(entry) + 1;
      }
      id = pid;
    }
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
