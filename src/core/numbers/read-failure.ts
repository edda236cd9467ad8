import type { Finding } from '../findings/finding';
import { finding } from '../findings/make';
import type { NumberFail } from './read-number';

/** The finding for a cell that could not be read; its rule is the failure's code. */
export function readFailureFinding(fail: NumberFail, sheet: string, cell: string): Finding {
  return finding(fail.code, sheet, cell, fail.message);
}
