/**
 * Writes the register's data module (data/folk1a.ts) from its quarters, so that `npm run population --
 * add` can add one and the file stays in one predictable form (a test compares the file with this).
 */
import type { PopulationQuarter } from './quarter';

export function renderDataModule(quarters: readonly PopulationQuarter[]): string {
  const sorted = [...quarters].sort((a, b) => a.date.localeCompare(b.date));
  const lines = [
    '/**',
    ' * Folketal for de 98 kommuner: Danmarks Statistik, tabel FOLK1A (folketal den 1. i kvartalet), licens',
    ' * CC BY 4.0. Angiv: "Kilde: Danmarks Statistik, FOLK1A". Kilde og krydstjek: README.md ved siden af.',
    ' * Skrevet af `npm run population -- add <FOLK1A.csv>`; ret ikke i hånden.',
    ' */',
    "import type { PopulationQuarter } from '../quarter';",
    '',
    'export const FOLK1A_QUARTERS: readonly PopulationQuarter[] = [',
  ];
  for (const q of sorted) {
    lines.push('  {');
    lines.push(`    date: '${q.date}',`);
    lines.push(`    period: '${q.period}',`);
    lines.push(`    nation: ${q.nation},`);
    lines.push(`    via: ${JSON.stringify(q.via).replace(/'/g, "\\'").replace(/^"|"$/g, "'")},`);
    lines.push('    figures: [');
    for (const [code, name, pop] of q.figures)
      lines.push(`      ['${code}', '${name.replace(/'/g, "\\'")}', ${pop}],`);
    lines.push('    ],');
    lines.push('  },');
  }
  lines.push('];', '');
  return lines.join('\n');
}
