/** A dash alone ("-", "–", "—"), as accountants write it, means nothing: nil, not text. */
export function isNil(raw: unknown): boolean {
  return typeof raw === 'string' && /^\s*[-–—‒−]\s*$/.test(raw);
}
