/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'ho-refusion-65-35-byttet-om',
  'ho-faelde-heraf-raekker-total-forkert',
  'ho-eu-noegle-tastefejl-14',
  'ho-faelde-bilag41-tom-raekke-midt-i',
  'ho-kpi-fastholdes-og-paa-niveau-med',
  'ho-kpi-kontrakt-med-afsnitsraekker',
  'ho-faelde-prisniveauer-blandet',
];
