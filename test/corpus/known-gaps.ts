/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'total-foerst-indbyggertal-tastefejl',
  'total-raekke-foerst-cofinansiering-fejl',
  'overskrift-b2025-sum',
  'transponeret-tabel-b',
  'transponeret-egenfinansiering-2023-under-50',
  'transponeret-i-alt-2022-forkert',
  'transponeret-bilag-4-omraader-som-kolonner',
  'transponeret-kvartaler',
  'transponeret-kvartaler-i-alt-forkert',
  'flettet-statslig-bevilling-i-alt-forkert',
  'enhedsraekke-under-aarene',
  'transponeret-alt-i-alt-foerst',
  'transponeret-med-tankestreger',
  'regel-minimum-60-pct',
  'regel-minimum-25-pct',
  'to-totaler-der-er-uenige',
  'ikke-finans-salg-pr-region',
];
