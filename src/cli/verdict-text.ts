/**
 * A file's verdict in words, for the folder run's lines and its summary workbook. On its own so that a
 * folder run without --summary does not load the summary writer (and the core's table kinds it brings).
 */
import type { Lang } from '../core/findings/finding';
import type { FileVerdict } from './outcome';

const VERDICT: Record<FileVerdict, { da: string; en: string }> = {
  ok: { da: 'ingen fejl', en: 'no errors' },
  warnings: { da: 'advarsler', en: 'warnings' },
  errors: { da: 'fejl', en: 'errors' },
  unsure: { da: 'usikker læsning', en: 'unsure reading' },
  unusable: { da: 'kan ikke bruges', en: 'unusable' },
};

export function verdictText(v: FileVerdict, lang: Lang): string {
  return VERDICT[v][lang];
}
