/** The messages between the pane and its check worker. */
import type { SnapshotLike } from '../../core/check/check-workbook';
import type { CheckParams } from '../../core/check/params';
import type { CheckResult } from '../../core/check/result';

export interface CheckRequest {
  readonly id: number;
  readonly snapshot: SnapshotLike;
  readonly params: CheckParams;
}

export type CheckReply =
  { readonly id: number; readonly result: CheckResult } | { readonly id: number; readonly error: string };
