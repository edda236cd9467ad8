/**
 * The text in Unicode's composed form (NFC), as String.normalize gives it. Text in Latin-1 (every Danish
 * letter) is in that form already, and the check of 100.000 labels skips the Unicode tables for it.
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text.normalize('NFC');
  return text;
}
