/**
 * Kendte huller: cases the reader on main does not yet get right. The corpus test skips them and fails as
 * soon as one of them passes, so this list only ever shrinks: remove an id when its case passes.
 */
export const KNOWN_GAPS: readonly string[] = [
  'ho-refusion-65-35-byttet-om',
  'ho-faelde-heraf-raekker-total-forkert',
  'ho-faelde-subtotal-i-midten-forkert',
  'ho-eu-noegle-tastefejl-14',
  'ho-kpi-fastholdes-og-paa-niveau-med',
  'ho-kpi-kontrakt-med-afsnitsraekker',
  'ho-faelde-prisniveauer-blandet',
  'ho-bilag4-i-tkr-mod-tabel-b-i-kr',
  'ho-bilag4-i-tkr-musik-2024-forkert',
  'ho-vestegn-hoeje-taastrup-to-stavemaader',
  'ho-aar-i-raekker-egenandel-kolonne-under-50',
  'ho-kpi-engelske-overskrifter-tegn-og-datoer',
  'ho-halvaar-under-flettede-aar-totalfejl',
];
