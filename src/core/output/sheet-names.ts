/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique without regard to case. */

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Fordel').slice(0, 31);
}

/**
 * The wanted name if it is free or already Fordel's; otherwise the first free "name (2)", "name (3)", ...
 * A user's sheet is never replaced.
 */
export function freeSheetName(wanted: string, taken: readonly string[], ours: readonly string[]): string {
  const lower = (s: string) => s.toLocaleLowerCase('da');
  const takenSet = new Set(taken.map(lower));
  const oursSet = new Set(ours.map(lower));
  const base = cleanSheetName(wanted);
  if (!takenSet.has(lower(base)) || oursSet.has(lower(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!takenSet.has(lower(name)) || oursSet.has(lower(name))) return name;
  }
}
