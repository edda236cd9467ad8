/**
 * Dates as Danes write them (dd.mm.åååå), whatever the browser's locale: the pane never uses the
 * browser's date input, whose order and wording follow the browser and not the user.
 */

/** "2026-06-30" -> "30.06.2026". */
export function isoToDanish(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * "30.06.2026", "30.6.2026", "30-06-2026", "30/6 2026" -> "2026-06-30"; null when it is not a real date.
 * A two-digit year is not accepted: "30.06.26" could be read two ways by the next person.
 */
export function danishToIso(text: string): string | null {
  const m = /^(\d{1,2})[.\-/ ]\s*(\d{1,2})[.\-/ ]\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}`;
}
