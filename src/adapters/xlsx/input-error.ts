/**
 * A file Fordel cannot use (missing, not a workbook, password-protected, too large, damaged).
 * It carries a one-line message in Danish and English; the command line prints it and exits with 2.
 */
import type { Lang, Text } from '../../core/findings/finding';

export class InputError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.en);
    this.name = 'InputError';
    this.text = text;
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
