/**
 * What one file's check gives back to the command line: exit code, what to print, and its summary row.
 * Kept apart from the check itself so the main thread of a folder run loads no workbook libraries.
 */
import * as path from 'node:path';
import type { Lang } from '../core/findings/finding';
import { InputError } from '../adapters/xlsx/input-error';
import type { CheckCommand, CleanCommand } from './args';
import type { JsonReport } from './report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export type FileVerdict = 'ok' | 'warnings' | 'errors' | 'unsure' | 'unusable';

/** One row of the folder summary. */
export interface FileSummary {
  readonly file: string;
  readonly code: number;
  readonly verdict: FileVerdict;
  readonly tables: JsonReport['tables'];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly findings: JsonReport['findings'];
  /** Why the file could not be used, or a note on what was written. */
  readonly message?: string;
  /** The file written (checked copy or findings workbook). */
  readonly written?: string;
}

export interface FileOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: FileSummary;
  /**
   * The file was left out of the check as the job asked: Fordel's own output (own-output.ts), or a checked
   * copy of an earlier run (named so, and carrying Fordel's settings sheet).
   */
  readonly ownOutput?: 'output' | 'copy';
}

/** The job a worker receives: the parsed command for one file. */
export type FileJob = Omit<CheckCommand, 'files'> & {
  readonly file: string;
  /** False in a folder run: the summary is printed instead of each file's report. */
  readonly print?: boolean;
  /** True in a folder run: a workbook that is Fordel's own output is not checked but reported as such. */
  readonly leaveOutOwnOutput?: boolean;
  /** With leaveOutOwnOutput: the file found in a folder is named like a checked copy ("-kontrolleret.xlsx"). */
  readonly namedLikeOutput?: boolean;
};

/** What a worker runs: one file's check, or one file's clean. */
export type WorkerJob = FileJob | CleanCommand;

/** "budget.xlsx" -> "budget-fordel-fund.xlsx", in the folder of the checked copy. */
export function fundPath(input: string, out: string): string {
  const base = path.basename(input).replace(/\.[^.]+$/, '');
  return path.join(path.dirname(out), `${base}-fordel-fund.xlsx`);
}

export function unusable(file: string, message: string): FileSummary {
  const none = { tables: [], findings: [], errors: 0, warnings: 0, infos: 0 };
  return { file, code: EXIT_UNUSABLE, verdict: 'unusable', ...none, message };
}

/** A plain message; anything but an InputError is Fordel's own fault and said so, without a stack trace. */
export function messageOf(e: unknown, lang: Lang): string {
  if (e instanceof InputError) return e.text[lang];
  const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `${lang === 'da' ? 'intern fejl' : 'internal error'}: ${why}`;
}
