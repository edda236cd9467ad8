/**
 * Target lists from the seeds: the Erhvervshus Hovedstaden resultatkontrakt (seed 003, Mål 1-7), Vækstforum
 * Hovedstaden's 2013 targets with baselines (seed 004 §5.3) and the CO2 targets of the Klimastrategi (seed 004 §5.1).
 * Judged on 24 November 2026; results are invented, targets and wording are the seeds'.
 */
import { targetCase } from '../build';
import type { CorpusCase } from '../types';

const V = 'seed-maal' as const;
const HEAD = ['Mål', 'Måltal', 'Resultat', 'Frist', 'Metode'];
const ESCRM = 'Erhvervsstyrelsen, ESCRM';
const INTERN = 'Erhvervshuset opgør intern målopfyldelse månedligt';

export const SEED_TARGET_CASES: CorpusCase[] = [
  targetCase(
    {
      id: 'erhvervshus-2025-nationale-maal',
      variant: V,
      title: 'Erhvervshus Hovedstaden, nationale mål opgjort efter fristen 31. december 2025',
      sheetTitle: 'Mål for Erhvervshus Hovedstaden (resultatkontrakt)',
      head: HEAD,
    },
    [
      {
        cells: [
          '385 virksomheder under 3 år modtager 1-1 specialiseret vejledning',
          385,
          300,
          '31. december 2025',
          ESCRM,
        ],
        verdict: 'not-met',
        note: '300 af 385, "under 3 år" er populationen',
      },
      {
        cells: ['Kendskabsgraden øges til 50%', '50%', '52%', '31. december 2025', 'Ekstern part'],
        verdict: 'met',
      },
      {
        cells: ['Net Promotor Score (NPS)', 'mindst 70', 72, '31. december 2025', 'Brugerevaluering'],
        verdict: 'met',
      },
      {
        cells: [
          'Anvendte henvisninger',
          'Mindst 50 procent',
          '47 %',
          '31. december 2025',
          'Brugerevaluering',
        ],
        verdict: 'not-met',
      },
    ],
  ),
  targetCase(
    {
      id: 'erhvervshus-2025-lokale-maal-ca-6000',
      variant: V,
      title:
        'Erhvervshus Hovedstaden, lokale mål 7a-7e: "ca. 6000" deltagere = 1.500 + 1.000 + 2.500 + 1.000',
      head: HEAD,
    },
    [
      { cells: ['Deltagere i alt (brutto)', 'ca. 6000', 6_120, 'ultimo 2025', INTERN], verdict: 'met' },
      { cells: ['1-1 vejledninger', 1_500, 1_410, 'ultimo 2025', INTERN], verdict: 'not-met' },
      { cells: ['Kortere orienterende vejledninger', 1_000, 1_230, 'ultimo 2025', INTERN], verdict: 'met' },
      { cells: ['Deltagere i Erhvervshusets events', 2_500, 2_610, 'ultimo 2025', INTERN], verdict: 'met' },
      {
        cells: ['I alt 1000 deltagere i forløb', 'I alt 1000', 870, 'ultimo 2025', INTERN],
        verdict: 'not-met',
      },
    ],
  ),
  targetCase(
    {
      id: 'erhvervshus-2026-kommunikation',
      variant: V,
      title: 'Erhvervshus 2026 (frist 31. december 2026, endnu ikke nået): presse, nyhedsbrev og NPS',
      head: ['Mål', 'Baseline', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Presseartikler/cases', null, 'I alt 50', 53, '31. december 2026'], verdict: 'met' },
      {
        cells: ['Abonnenter på nyhedsbrev', 8_000, '+1.500', 9_700, '31. december 2026'],
        verdict: 'met',
        note: '1.700 flere end baseline',
      },
      { cells: ['NPS', null, 'mindst 70', 74, '2026'], verdict: 'met' },
    ],
  ),
  targetCase(
    {
      id: 'vaekstforum-2013-maal-med-baseline',
      variant: V,
      title: 'Vækstforum Hovedstaden 2011-13: mål for 2013 med baseline, opgjort efter fristen',
      sheetTitle: 'Vækstforum Hovedstaden, strategiens mål',
      head: ['Mål', 'Baseline', 'Baselineår', 'Mål 2013', 'Resultat 2013', 'Frist'],
    },
    [
      {
        cells: ['Andel innovative virksomheder (pct.)', 45, 2008, 'over 50', 52, 2013],
        verdict: 'met',
      },
      {
        cells: ['Toårig overlevelsesrate for nye virksomheder (pct.)', 67, 2007, 72, 70, 2013],
        verdict: 'not-met',
      },
      {
        cells: ['Andel ufaglærte blandt 25-64-årige (pct.)', 22.2, 2009, 20, 21.0, 2013],
        verdict: ['not-met', 'none'],
        note: 'målet under baseline: lavere er bedre',
      },
      {
        cells: [
          'Innovative virksomheder med forskningssamarbejde (pct.)',
          14,
          2008,
          'nærmer sig 20',
          19.8,
          2013,
        ],
        verdict: ['met', 'none'],
      },
    ],
  ),
  targetCase(
    {
      id: 'vaekstforum-bnp-pr-indbygger',
      variant: V,
      title: 'Vækstforum: årlig vækst i BNP pr. indbygger fra 1,7 procent til 2,5 procent frem mod 2020',
      head: ['Mål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Årlig vækst i BNP pr. indbygger (procent)', 1.7, 2.5, 2.1, 'frem mod 2020'],
        verdict: ['not-met', 'none'],
      },
      {
        cells: ['Vækstiværksættere, andel (pct.)', 12, 14, 14.6, 2013],
        verdict: 'met',
      },
    ],
  ),
  targetCase(
    {
      id: 'co2-klimastrategi-lyngby',
      variant: V,
      title: 'Klimastrategi: CO2 fra kommunen som geografisk område 426.646 t (2008), 20 % reduktion i 2020',
      head: ['Mål', 'Baseline (2008)', 'Mål', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['CO2-udledningen reduceres med 20 % (ton CO2)', 426_646, '20 % reduktion', 350_000, 2020],
        verdict: 'not-met',
        note: '350.000 t, målet er højst 341.317 t',
      },
      {
        cells: [
          'CO2-udledning fra kommunens egen drift reduceres (ton)',
          12_000,
          'maks. 10.000 t',
          9_400,
          2025,
        ],
        verdict: 'met',
      },
    ],
  ),
  targetCase(
    {
      id: 'co2-maal-300000-ton',
      variant: V,
      title:
        'CO2-mål: "CO2-udledningen reduceres" til 300.000 t, resultat 350.000 t efter fristen = ikke nået',
      head: ['Indikator', 'Målsætning', 'Status', 'Deadline'],
    },
    [
      {
        cells: ['CO2-udledningen reduceres (ton)', 300_000, 350_000, 'ultimo 2025'],
        verdict: 'not-met',
      },
      {
        cells: ['Energiforbrug i kommunale bygninger nedbringes (MWh)', 41_000, 39_800, 'ultimo 2025'],
        verdict: 'met',
      },
    ],
  ),
];
