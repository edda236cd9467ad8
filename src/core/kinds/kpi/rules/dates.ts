/** ISO dates as whole day numbers, so the straight line to a target is computed in exact integers. */

/** Days since 1970-01-01 for "YYYY-MM-DD" (a time part is ignored); null if not a real date. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

export function dayOfYearStart(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

/** The same calendar day one year earlier (29 February falls back to 28 February). */
export function oneYearBefore(iso: string): number | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear() - 1;
  const m = d.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfMonth)) / 86_400_000;
}

/** "2025-12-31" as Danish "31.12.2025"; English keeps ISO. */
export function showDate(iso: string, lang: 'da' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m || lang === 'en') return iso.trim().slice(0, 10);
  return `${m[3]}.${m[2]}.${m[1]}`;
}
