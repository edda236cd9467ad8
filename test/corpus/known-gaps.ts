/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'bilag-41-som-trykt-region-foerst',
  'bilag-41-rettet-region-foerst-med-beloeb',
  'eu-kontor-noegle-20-41-39',
  'eu-kontor-ombyttede-cifre',
  'vidensby-krone-til-krone-mangler',
  'erhvervshus-2025-nationale-maal',
  'vaekstforum-2013-maal-med-baseline',
  'vaekstforum-bnp-pr-indbygger',
  'co2-klimastrategi-lyngby',
  'co2-maal-300000-ton',
  'kval-procentpoint-og-pp',
  'kval-stigning-i-procent',
  'retning-ukendt-ventetid',
  'frist-ultimo-primo',
  'frist-medio',
];
