/**
 * The check in a Web Worker, so the pane never freezes while a big workbook is checked (a 100-table
 * workbook took 1,1 s on the UI thread). It receives a snapshot and the parameters, and posts back the result
 * or the error's message; everything crosses by structured clone (plain objects, bigint, Map).
 */
import { checkWorkbook, type SnapshotLike } from '../../core/check/check-workbook';
import type { CheckParams } from '../../core/check/params';
import type { CheckRequest, CheckReply } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (reply: CheckReply) => void;
};

scope.onmessage = (e) => {
  const { id, snapshot, params } = e.data;
  try {
    scope.postMessage({ id, result: checkWorkbook(snapshot as SnapshotLike, params as CheckParams) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
