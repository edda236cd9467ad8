/**
 * The user's undo stack as the fake keeps it. Sources: "Undo capabilities with the Excel JavaScript
 * API" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): each
 * context.sync() without an undo group makes one undo record; with RunOptions.mergeUndoGroup (ExcelApi
 * 1.20) every sync of one Excel.run makes one record together; an API without undo support throws
 * UndoNotSupported inside a group, and outside a group clears the user's undo stack from that call on.
 * Add-in writes are undoable only from ExcelApi 1.19; before it every write clears the stack (proxies.ts).
 */
import type { FakePlatform, Snapshot, WorkbookState } from './state';

/**
 * The APIs the undo article lists as without undo support, per platform, limited to those the fake
 * offers: [on the web, on Windows and Mac].
 */
const UNSUPPORTED: Record<string, readonly [boolean, boolean]> = {
  'Worksheet.delete': [true, true],
  'Worksheet.visibility': [false, true],
  'Worksheet.name': [false, true],
  'Worksheet.position': [false, true],
  'WorkbookProtection.protect': [true, true],
  'WorkbookProtection.unprotect': [true, true],
  'WorksheetProtection.protect': [true, true],
  'WorksheetProtection.unprotect': [true, true],
};

export function undoSupported(api: string | undefined, platform: FakePlatform): boolean {
  const row = api ? UNSUPPORTED[api] : undefined;
  if (!row) return true;
  return !(platform === 'web' ? row[0] : row[1]);
}

export interface UndoRecord {
  readonly label: string;
  readonly before: Snapshot;
  /** Undoing it crashes Excel on the web (office-js#6001: a very hidden sheet added in the group). */
  crashes?: boolean;
}

export class UndoStack {
  records: UndoRecord[] = [];
  /** How often a call without undo support wiped the stack. */
  cleared = 0;

  push(label: string, state: WorkbookState): void {
    this.records.push({ label, before: state.snapshot() });
  }

  clear(): void {
    this.records = [];
    this.cleared++;
  }

  /** Ctrl+Z: puts the workbook back as it was before the last record. */
  undo(state: WorkbookState): string {
    const last = this.records.pop();
    if (!last) throw new Error('Nothing to undo.');
    if (last.crashes) throw new Error('Excel crashed on undo (office-js#6001).');
    state.restore(last.before);
    return last.label;
  }
}
