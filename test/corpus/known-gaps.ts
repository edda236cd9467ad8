/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'vaekstforum-2013-maal-med-baseline',
  'vaekstforum-bnp-pr-indbygger',
  'co2-klimastrategi-lyngby',
  'co2-maal-300000-ton',
  'transponeret-tabel-b',
  'transponeret-egenfinansiering-2023-under-50',
  'transponeret-i-alt-2022-forkert',
  'transponeret-bilag-4-omraader-som-kolonner',
  'transponeret-kvartaler',
  'transponeret-kvartaler-i-alt-forkert',
  'transponeret-alt-i-alt-foerst',
  'transponeret-med-tankestreger',
  'regel-minimum-60-pct',
  'regel-minimum-25-pct',
  'kval-procentpoint-og-pp',
  'kval-stigning-i-procent',
  'retning-ukendt-ventetid',
  'delmaal-summerer-ikke',
  'kvalitative-maal-blandt-tal',
  'resultat-afventer',
  'frist-loebende-eller-tom',
  'ikke-finans-salg-pr-region',
];
