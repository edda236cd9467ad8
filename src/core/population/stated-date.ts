/**
 * A population date stated on the sheet, in its title, headings or notes: "pr. 1. januar 2026",
 * "1.1.2025", "1/1 2026", "2026-01-01", "2026K1". A year alone ("Telehjerter i 2026") is the budget
 * year, not the date of the figures, and is not taken.
 */
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  marts: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/** Every date the text states, as ISO dates, in the order written. */
export function statedDates(text: string): string[] {
  const out: string[] = [];
  const push = (d: string | null) => {
    if (d && !out.includes(d)) out.push(d);
  };
  const t = text.toLowerCase();
  for (const m of t.matchAll(/(\d{1,2})\.?\s*([a-zæøå]+)\.?\s+(\d{4})/g)) {
    const month = MONTHS[m[2]];
    if (month) push(iso(Number(m[3]), month, Number(m[1])));
  }
  for (const m of t.matchAll(/\b(\d{1,2})[./-](\d{1,2})(?:[./-]|\s+)(\d{4})\b/g))
    push(iso(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    push(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of t.matchAll(/\b(\d{4})\s*k([1-4])\b/g))
    push(iso(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1));
  return out;
}
