/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'total-foerst-indbyggertal-tastefejl',
  'total-raekke-foerst-cofinansiering-fejl',
  'overskrift-b2025-sum',
  'flettet-statslig-bevilling-i-alt-forkert',
  'enhedsraekke-under-aarene',
  'to-totaler-der-er-uenige',
  'ikke-finans-salg-pr-region',
];
