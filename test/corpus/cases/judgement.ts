/**
 * Rows where the right answer is restraint or a sum of parts: qualitative targets next to numeric ones (as in
 * the Erhvervshus contract, Mål 4b-4d), results still awaited ("afventer Erhvervsstyrelsen"), a target that is
 * only to be kept ("fastholdes"), sub-targets that must add up to a gross target ("ca. 6000" = 1.500 + 1.000 +
 * 2.500 + 1.000), and amounts at two price levels.
 */
import { either, find, maybe, sheet, table, targetCase } from '../build';
import { tabelB } from '../seed-data';
import { NORD_POP, nordRows } from './splits-and-totals';
import type { CorpusCase } from '../types';

const Q = 'maal-kvalifikatorer' as const;
const D = 'kpi-retning' as const;
const S = 'seed-maal' as const;
const PASSED = '31. december 2025';

function subTargets(events: number): CorpusCase {
  const ok = 1_500 + 1_000 + events + 1_000 === 6_000;
  return targetCase(
    {
      id: ok ? 'delmaal-summerer-til-ca-6000' : 'delmaal-summerer-ikke',
      variant: S,
      title: ok
        ? 'Mål 7: "ca. 6000" deltagere og heraf 1.500 + 1.000 + 2.500 + 1.000'
        : `Mål 7: "ca. 6000" deltagere, men delmålene er 1.500 + 1.000 + ${events.toLocaleString('da-DK')} + 1.000`,
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Før-startere, iværksættere og virksomheder i alt (brutto)', 'ca. 6000', 6_050, PASSED],
        verdict: 'met',
      },
      { cells: ['heraf 1-1 vejledninger', 1_500, 1_520, PASSED], verdict: 'met' },
      { cells: ['heraf kortere orienterende vejledninger', 1_000, 1_010, PASSED], verdict: 'met' },
      { cells: ['heraf deltagere i events', events, 2_510, PASSED], verdict: 'met' },
      { cells: ['heraf deltagere i forløb og programmer', 1_000, 1_010, PASSED], verdict: 'met' },
    ],
    ok ? [] : [find('kpi-subtargets-mismatch', ['B2', 'B2:B6', 'A2:D6'])],
  );
}

export const JUDGEMENT_CASES: CorpusCase[] = [
  subTargets(2_500),
  { ...subTargets(2_000), kind: 'planted', tables: [table('B2', ['warnings', 'errors', 'unsure'])] },
  targetCase(
    {
      id: 'kvalitative-maal-blandt-tal',
      variant: S,
      title:
        'Erhvervshusets kvalitative mål (klyngesamarbejde, AI Boost) mellem talmål: ingen dom, ingen fejl',
      head: ['Mål', 'Måltal', 'Status', 'Frist'],
    },
    [
      {
        cells: ['Samarbejde om cirkulær økonomi med fire klynger', 'Løbende fremdrift', 'Igangsat', PASSED],
        verdict: 'none',
      },
      { cells: ['AI Boost for SMV’er', 'Gennemført', 'Gennemført', PASSED], verdict: ['none', 'met'] },
      { cells: ['Opsøgte iværksætter/start-up miljøer', 30, 32, PASSED], verdict: 'met' },
      {
        cells: ['Introoplæg for kommunernes erhvervsudvalg', 'alle 29 kommuner', 29, PASSED],
        verdict: ['met', 'none'],
      },
    ],
  ),
  targetCase(
    {
      id: 'resultat-afventer',
      variant: Q,
      title: 'Nationale mål hvor resultatet "afventer Erhvervsstyrelsen" eller er "-" efter fristen',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Net Promoter Score', 'mindst 70', 'afventer Erhvervsstyrelsen', PASSED], verdict: 'none' },
      { cells: ['Mervækst i omsætning', 'mindst 10 procentpoint', '-', PASSED], verdict: 'none' },
      { cells: ['Kendskabsgrad', '50 %', '51 %', PASSED], verdict: 'met' },
    ],
    [maybe('kpi-deadline-passed', ['A2:D3']), maybe('missing-value', ['C3'])],
  ),
  targetCase(
    {
      id: 'retning-fastholdes',
      variant: D,
      title: '"fastholdes" på 200 frivillige med 195: hverken nået eller et sikkert "ikke nået"',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Antallet af frivillige fastholdes', 200, 195, PASSED], verdict: ['none', 'not-met'] },
      { cells: ['Antallet af foreninger fastholdes', 120, 124, PASSED], verdict: ['none', 'met'] },
    ],
  ),
  targetCase(
    {
      id: 'retning-kun-maal-og-baseline',
      variant: D,
      title: 'Ingen verber: baseline 45 dage og mål 30 dage betyder lavere er bedre; 35 er ikke nået',
      head: ['Mål', 'Baseline', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Sagsbehandlingstid byggesager (dage)', 45, 30, 35, PASSED], verdict: ['not-met', 'none'] },
      { cells: ['Sagsbehandlingstid miljøsager (dage)', 60, 40, 38, PASSED], verdict: ['met', 'none'] },
    ],
  ),
  targetCase(
    {
      id: 'frist-loebende-eller-tom',
      variant: 'frister',
      title: 'Frist "løbende" eller tom: et resultat under målet kan ikke kaldes ikke nået',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      { cells: ['Virksomhedsbesøg', 200, 150, 'løbende'], verdict: ['none', 'at-risk'] },
      { cells: ['Nye medlemmer af netværket', 50, 20, null], verdict: ['none', 'at-risk'] },
      { cells: ['Afholdte netværksmøder', 6, 7, 'løbende'], verdict: ['met', 'none'] },
    ],
    [maybe('missing-value', 'D3')],
  ),
  targetCase(
    {
      id: 'maal-som-interval',
      variant: Q,
      title: 'Mål skrevet som interval: "5-10.000" ufaglærte (5.000-10.000) og "3-5 mio. kr."',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Opkvalificerede ufaglærte over 25 år', '5-10.000', 6_200, PASSED],
        verdict: ['met', 'none'],
      },
      {
        cells: ['Opkvalificerede ufaglærte under 25 år', '5-10.000', 3_100, PASSED],
        verdict: ['not-met', 'none'],
      },
      {
        cells: ['Basisbudget, vidensby-organisation (kr.)', '3-5 mio. kr.', 4_200_000, PASSED],
        verdict: ['met', 'none'],
      },
    ],
    [maybe('ambiguous-number', 'B2:B4')],
  ),
  {
    id: 'to-totaler-der-er-uenige',
    variant: 'totalraekker',
    kind: 'planted',
    title:
      'Regionens række først siger 505.000, I alt nederst siger 500.000 = summen: to totaler der er uenige',
    sheets: [
      sheet('Ark1', [
        ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
        ['Region Hovedstaden', NORD_POP, 505_000],
        ...nordRows(),
        ['I alt', NORD_POP, 500_000],
      ]),
    ],
    findings: [
      either(
        find('total-mismatch', 'C2', { expected: 500_000, actual: 505_000 }),
        find('split-unallocated', ['C2', 'A1:C8'], { expected: 505_000, actual: 500_000 }),
      ),
      maybe('split-mismatch', 'C3:C7'),
    ],
    tables: [table('C4', ['errors', 'unsure'])],
  },
  {
    id: 'prisniveauer-blandet',
    variant: 'seed-tabeller',
    kind: 'planted',
    title: 'Tabel B i 2020-tal og en opdeling i "oktober 2024-niveau" på samme ark, sammenlignet uden indeks',
    sheets: [
      sheet('Ark1', [
        ...tabelB(),
        [],
        ['Kulturregionens egenfinansiering pr. indsatsområde (oktober 2024-niveau)'],
        ['Indsatsområde', 2021, 2022, 2023, 2024, 'I alt'],
        ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
        ['Musikområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
        ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
        ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
      ]),
    ],
    findings: [find('price-level-mixed', ['A1:F14'])],
    tables: [table('B4', ['ok', 'warnings']), table('B11', ['warnings', 'ok'])],
  },
];
