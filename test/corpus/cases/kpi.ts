/**
 * Target lists as the seeds word them: qualifiers around the number ("I alt 50", "mindst 70", "højst 6",
 * "ca. 6000", "10 procentpoint", "+1.500", "fordobles"), direction from the operator and the verbs about
 * the indicator (never from population words such as "under 3 år"), and Danish deadlines.
 * Judged on 24 November 2026.
 */
import { fmt, targetCase } from '../build';
import type { CorpusCase } from '../types';

const Q = 'maal-kvalifikatorer' as const;
const D = 'kpi-retning' as const;
const F = 'frister' as const;
const HEAD = ['Resultatmål', 'Mål', 'Resultat', 'Frist'];
const PASSED = '31. december 2025';

const qualifierCases: CorpusCase[] = [
  targetCase(
    {
      id: 'kval-i-alt-50',
      variant: Q,
      title: '"I alt 50" presseartikler: 52 nået, 41 ikke nået',
      head: HEAD,
    },
    [
      { cells: ['Presseartikler/cases', 'I alt 50', 52, PASSED], verdict: 'met' },
      { cells: ['Pressemeddelelser', 'I alt 50', 41, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    { id: 'kval-mindst-70', variant: Q, title: 'NPS "mindst 70": 72 nået, 65 ikke nået', head: HEAD },
    [
      { cells: ['Net Promoter Score, specialiseret vejledning', 'mindst 70', 72, PASSED], verdict: 'met' },
      { cells: ['Net Promoter Score, events', 'mindst 70', 65, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase({ id: 'kval-hoejst-6', variant: Q, title: '"højst 6": 5,5 er nået, 6,5 er ikke', head: HEAD }, [
    { cells: ['Sagsbehandlingstid, uger', 'højst 6', 5.5, PASSED], verdict: 'met', note: 'højst 6 med 5,5' },
    { cells: ['Ventetid på første samtale, uger', 'højst 6', 6.5, PASSED], verdict: 'not-met' },
  ]),
  targetCase(
    {
      id: 'kval-min-50-pct-procentceller',
      variant: Q,
      title: '"min. 50 %" mod 52 % som tekst og 0,47 i en procentformateret celle',
      head: HEAD,
      formats: fmt('C3', '0%'),
      xlsx: true,
    },
    [
      {
        cells: ['Andel virksomheder der anvender henvisningen', 'min. 50 %', '52 %', PASSED],
        verdict: 'met',
      },
      { cells: ['Andel der svarer "i høj grad"', 'min. 50 %', 0.47, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-maks-300000-t',
      variant: Q,
      title: '"maks. 300.000 t" CO2: 280.000 nået, 350.000 ikke',
      head: HEAD,
    },
    [
      { cells: ['CO2-udledning, hele kommunen (ton)', 'maks. 300.000 t', 280_000, PASSED], verdict: 'met' },
      {
        cells: ['CO2-udledning inkl. transport (ton)', 'maks. 300.000 t', 350_000, PASSED],
        verdict: 'not-met',
      },
    ],
  ),
  targetCase(
    { id: 'kval-ca-6000', variant: Q, title: '"ca. 6000" deltagere: 6.150 nået, 4.200 ikke', head: HEAD },
    [
      { cells: ['Før-startere, iværksættere og virksomheder', 'ca. 6000', 6_150, PASSED], verdict: 'met' },
      { cells: ['Deltagere i alt, netto', 'ca. 6000', 4_200, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-procentpoint-og-pp',
      variant: Q,
      title: 'Mervækst mod kontrolgruppe: "mindst 10 procentpoint", "12 pp"',
      head: HEAD,
    },
    [
      {
        cells: [
          'Mervækst i omsætning ift. kontrolgruppe',
          'mindst 10 procentpoint',
          '12 procentpoint',
          PASSED,
        ],
        verdict: 'met',
      },
      {
        cells: ['Mervækst i beskæftigelse ift. kontrolgruppe', 'mindst 5 procentpoint', '3 pp', PASSED],
        verdict: 'not-met',
      },
      { cells: ['Forskel i eksportandel', '12 pp', '12,5 pp', PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-plus-1500-mod-baseline',
      variant: Q,
      title: '"+1.500" flere abonnenter end baseline 8.000: 9.200 er kun 1.200 flere',
      head: ['Resultatmål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Abonnenter på nyhedsbrev', 8_000, '+1.500', 9_200, PASSED],
        verdict: 'not-met',
        note: '1.200 flere',
      },
      { cells: ['Følgere på LinkedIn', 3_000, '+1.500', 4_700, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-fordobles',
      variant: Q,
      title: '"fordobles": baseline 192 kræver 384; 300 er ikke nået, 320 mod baseline 150 er',
      head: ['Resultatmål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Vejledte iværksættere', 192, 'fordobles', 300, PASSED], verdict: 'not-met' },
      { cells: ['Virksomheder i vækstforløb', 150, 'fordobles', 320, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-under-og-over',
      variant: Q,
      title: '"under 30" dage og "over 70" point: retningen står i målet',
      head: HEAD,
    },
    [
      { cells: ['Ventetid på svar, dage', 'under 30', 25, PASSED], verdict: 'met' },
      { cells: ['Tilfredshed, point', 'over 70', 68, PASSED], verdict: 'not-met' },
      { cells: ['Klager pr. år', 'op til 120', 95, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'kval-stigning-i-procent',
      variant: Q,
      title: '"10 % stigning sammenlignet med 2024": baseline 20.000, 23.000 er nået, 21.000 er ikke',
      head: ['Resultatmål', 'Baseline 2024', 'Mål', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Organiske visninger af nyhedsbreve', 20_000, '10 % stigning', 23_000, PASSED],
        verdict: 'met',
      },
      { cells: ['Organiske visninger på SoMe', 20_000, '10 % stigning', 21_000, PASSED], verdict: 'not-met' },
    ],
  ),
];

const directionCases: CorpusCase[] = [
  targetCase(
    {
      id: 'retning-under-3-aar-er-population',
      variant: D,
      title:
        '"Vejledte virksomheder under 3 år" 385 mod 300 efter fristen = ikke nået (ordet "under" er populationen)',
      head: HEAD,
    },
    [
      { cells: ['Vejledte virksomheder under 3 år', 385, 300, PASSED], verdict: 'not-met' },
      { cells: ['Unge under 25 år i job eller uddannelse', 500, 520, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-co2-reduceres',
      variant: D,
      title: '"CO2-udledningen reduceres": 350.000 t mod målet 300.000 t = ikke nået; 290.000 t = nået',
      head: HEAD,
    },
    [
      { cells: ['CO2-udledningen reduceres (ton)', 300_000, 350_000, PASSED], verdict: 'not-met' },
      { cells: ['CO2-udledningen fra transport reduceres (ton)', 300_000, 290_000, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-over-50-ansatte-er-population',
      variant: D,
      title: '"Virksomheder med over 50 ansatte" og "borgere over 65 år": population, højere er bedre',
      head: HEAD,
    },
    [
      { cells: ['Eksporterende virksomheder med over 50 ansatte', 40, 30, PASSED], verdict: 'not-met' },
      { cells: ['Borgere over 65 år der modtager træning', 1_200, 1_260, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-nedbringes-og-falder',
      variant: D,
      title: '"Sygefraværet nedbringes", "antallet af klager falder": lavere er bedre',
      head: HEAD,
    },
    [
      { cells: ['Sygefraværet nedbringes (pct.)', 4.5, 4.2, PASSED], verdict: 'met' },
      { cells: ['Antallet af klager falder', 100, 120, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-halveres',
      variant: D,
      title: '"Frafaldet halveres" fra 20 %: målet 10, resultat 12 er ikke nået',
      head: ['Resultatmål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Frafaldet på ungdomsuddannelserne halveres (pct.)', 20, 10, 12, PASSED],
        verdict: 'not-met',
      },
      { cells: ['Ventetiden halveres (dage)', 40, 20, 18, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-unge-under-30-reduceres',
      variant: D,
      title: '"Ledigheden blandt unge under 30 år reduceres": verbet afgør, ikke "under 30"',
      head: HEAD,
    },
    [
      { cells: ['Ledigheden blandt unge under 30 år reduceres (pct.)', 5, 4.5, PASSED], verdict: 'met' },
      { cells: ['Langtidsledige over 50 år reduceres (antal)', 800, 950, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-stigning-og-oeges',
      variant: D,
      title: '"Stigning i antal turister" og "Kendskabsgraden øges": højere er bedre',
      head: HEAD,
    },
    [
      { cells: ['Stigning i antal udenlandske overnatninger', 500_000, 520_000, PASSED], verdict: 'met' },
      { cells: ['Kendskabsgraden øges (pct.)', 50, 46, PASSED], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-ukendt-ventetid',
      variant: D,
      title: 'Ventetid uden verbum eller operator: 35 mod 30 må ikke blive "nået"',
      head: HEAD,
    },
    [{ cells: ['Gennemsnitlig ventetid (dage)', 30, 35, PASSED], verdict: ['not-met', 'none'] }],
  ),
  targetCase(
    {
      id: 'retning-kolonne-lavere-er-bedre',
      variant: D,
      title: 'Retningskolonne "lavere er bedre" / "højere er bedre"',
      head: ['Resultatmål', 'Retning', 'Mål', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Energiforbrug (MWh)', 'lavere er bedre', 40_000, 42_500, PASSED], verdict: 'not-met' },
      { cells: ['Solceller på tage (antal)', 'højere er bedre', 120, 131, PASSED], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'retning-fald-i',
      variant: D,
      title: '"Fald i antal trafikdræbte" og "færre støjbelastede boliger"',
      head: HEAD,
    },
    [
      { cells: ['Fald i antal trafikdræbte', 10, 8, PASSED], verdict: 'met' },
      { cells: ['Færre støjbelastede boliger', 5_000, 5_400, PASSED], verdict: ['not-met', 'none'] },
    ],
  ),
];

const NOT_JUDGED = ['none', 'at-risk'] as const;
const FHEAD = ['Resultatmål', 'Mål', 'Resultat', 'Frist'];

const deadlineCases: CorpusCase[] = [
  targetCase(
    {
      id: 'frist-lang-dato',
      variant: F,
      title: '"31. december 2025" passeret, "31. december 2026" ikke',
      head: FHEAD,
    },
    [
      { cells: ['Vejledninger', 100, 80, '31. december 2025'], verdict: 'not-met' },
      { cells: ['Kortere vejledninger', 100, 80, '31. december 2026'], verdict: [...NOT_JUDGED] },
      { cells: ['Events', 100, 120, '31. december 2026'], verdict: 'met' },
    ],
  ),
  targetCase(
    { id: 'frist-ultimo-primo', variant: F, title: '"ultimo 2025" og "primo 2026" er passeret', head: FHEAD },
    [
      { cells: ['Nye medlemmer', 100, 80, 'ultimo 2025'], verdict: 'not-met' },
      { cells: ['Nye partnere', 100, 80, 'primo 2026'], verdict: 'not-met' },
      { cells: ['Nye netværk', 100, 80, 'ultimo 2026'], verdict: [...NOT_JUDGED] },
    ],
  ),
  targetCase(
    { id: 'frist-medio', variant: F, title: '"medio 2026" er passeret, "medio 2027" er ikke', head: FHEAD },
    [
      { cells: ['Besøg på virksomheder', 100, 80, 'medio 2026'], verdict: 'not-met' },
      { cells: ['Besøg på skoler', 100, 80, 'medio 2027'], verdict: [...NOT_JUDGED] },
    ],
  ),
  targetCase(
    {
      id: 'frist-kvartal-halvaar',
      variant: F,
      title: '"1. kvartal 2026" passeret, "2. halvår 2026" ikke',
      head: FHEAD,
    },
    [
      { cells: ['Indsatser i gang', 100, 80, '1. kvartal 2026'], verdict: 'not-met' },
      { cells: ['Indsatser afsluttet', 100, 80, '2. halvår 2026'], verdict: [...NOT_JUDGED] },
      { cells: ['Evalueringer', 10, 6, '1. halvår 2026'], verdict: 'not-met' },
    ],
  ),
  targetCase(
    {
      id: 'frist-aarstal',
      variant: F,
      title: 'Et bart årstal: 2025 er passeret, 2026 og "2027" er ikke',
      head: FHEAD,
    },
    [
      { cells: ['Ansøgninger', 100, 80, 2025], verdict: 'not-met' },
      { cells: ['Bevillinger', 100, 80, 2026], verdict: [...NOT_JUDGED] },
      { cells: ['Projekter', 100, 80, '2027'], verdict: [...NOT_JUDGED] },
    ],
  ),
  targetCase(
    {
      id: 'frist-datoceller',
      variant: F,
      title: 'Frister som datoceller: 31-12-2025 passeret, 31-12-2026 ikke',
      head: FHEAD,
      formats: fmt('D2:D3', 'dd-mm-yyyy'),
      xlsx: true,
    },
    [
      { cells: ['Vejledninger', 100, 80, 46022], verdict: 'not-met' },
      { cells: ['Events', 100, 80, 46387], verdict: [...NOT_JUDGED] },
    ],
  ),
  targetCase(
    {
      id: 'frist-foraar-og-senest',
      variant: F,
      title: '"1. april 2026" og "senest 15. september 2026"',
      head: FHEAD,
    },
    [
      { cells: ['Godkendte initiativer', 10, 7, '1. april 2026'], verdict: 'not-met' },
      { cells: ['Aflagte regnskaber', 10, 9, 'senest 15. september 2026'], verdict: 'not-met' },
      { cells: ['Driftsenheder i drift', 4, 2, 'inden udgangen af 2027'], verdict: [...NOT_JUDGED] },
    ],
  ),
  targetCase(
    {
      id: 'frist-lige-linje-i-fare',
      variant: F,
      title: 'Baseline 0 i 2025, mål 100 den 31. december 2026: 20 er i fare, 98 er på sporet',
      head: ['Resultatmål', 'Baseline 2025', 'Mål', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Nye lærepladser', 0, 100, 20, '31. december 2026'], verdict: 'at-risk' },
      { cells: ['Nye praktikpladser', 0, 100, 98, '31. december 2026'], verdict: 'none' },
      { cells: ['Nye jobs', 0, 100, 104, '31. december 2026'], verdict: 'met' },
    ],
  ),
];

export const KPI_CASES: CorpusCase[] = [...qualifierCases, ...directionCases, ...deadlineCases];
