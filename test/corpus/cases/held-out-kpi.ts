/**
 * Held-out target lists: the Erhvervshus contract (seed 003 §5.1), the Vækstforum targets (seed 004 §5.3) and
 * the CO2 targets of the Klimastrategi (seed 004 §5.1), laid out as staff report them: population words in the
 * indicator ("under 10 ansatte"), the direction only in the unit column, a deadline passed with the result not
 * yet reported, percent cells and percentage points, "fastholdes" / "på niveau med", section rows inside the
 * list, an ID column of numbers. Judged on 24 November 2026; results are invented, targets are the seeds'.
 */
import { either, find, fmt, kpi, maybe, sheet, table, targetCase } from '../build';
import type { CorpusCase } from '../types';

const PASSED = '31. december 2025';
const OPEN = '31. december 2026';

export const HELD_OUT_KPI_CASES: CorpusCase[] = [
  targetCase(
    {
      id: 'ho-kpi-populationsord-i-indikatoren',
      variant: 'kpi-retning',
      title:
        'Ord om populationen ("unge under 25 år", "under 10 ansatte", "over 50 år", "over 3 år") er ikke en retning; frist "31.12.2025"',
      head: ['Indikator', 'Mål 2025', 'Opnået', 'Frist'],
    },
    [
      {
        cells: ['Unge under 25 år i job eller uddannelse efter forløbet', 2_000, 2_300, '31.12.2025'],
        verdict: 'met',
        note: '2.300 mod 2.000; "under 25 år" er populationen',
      },
      {
        cells: ['Vejledte virksomheder med under 10 ansatte', 300, 280, '31.12.2025'],
        verdict: 'not-met',
        note: '280 mod 300; "under 10 ansatte" er populationen',
      },
      {
        cells: ['Ledige over 50 år i ordinær beskæftigelse', 'mindst 400', 350, '31.12.2025'],
        verdict: 'not-met',
      },
      {
        cells: ['Virksomheder over 3 år der har fået specialiseret vejledning', 150, 162, '31.12.2025'],
        verdict: 'met',
      },
    ],
  ),
  {
    id: 'ho-kpi-co2-retning-kun-i-enhedskolonnen',
    variant: 'kpi-retning',
    kind: 'planted',
    title:
      'Klimamål fra B2 hvor "lavere er bedre" kun står i enhedskolonnen ("MWh, lavere er bedre", "km (reduktion)"); CO2 350.000 t mod højst 341.317 t',
    sheets: [
      sheet('Klima', [
        [],
        [null, 'Indikator', 'Enhed', 'Baseline 2008', 'Mål', 'Resultat', 'Frist'],
        [
          null,
          'CO2-udledning, kommunen som geografisk område',
          'ton CO2 (skal ned)',
          426_646,
          341_317,
          350_000,
          2020,
        ],
        [null, 'Energiforbrug i kommunale bygninger', 'MWh, lavere er bedre', null, 41_000, 39_800, 2025],
        [null, 'Kørte km i kommunens biler', 'km (reduktion)', 1_200_000, 1_000_000, 1_050_000, 2025],
        [null, 'Solcelleanlæg på kommunale tage', 'antal', 12, 30, 34, 2025],
      ]),
    ],
    findings: [],
    tables: [table('E3', ['errors', 'warnings', 'ok', 'unsure'], 'Klima')],
    kpis: [
      kpi(3, 'not-met', '350.000 t mod højst 341.317 t', 'Klima'),
      kpi(4, ['met', 'none'], '39.800 MWh mod 41.000, lavere er bedre (kun i enheden)', 'Klima'),
      kpi(5, 'not-met', '1.050.000 km mod 1.000.000, baseline 1.200.000', 'Klima'),
      kpi(6, 'met', undefined, 'Klima'),
    ],
  },
  targetCase(
    {
      id: 'ho-kpi-frist-passeret-resultat-ikke-indberettet',
      variant: 'frister',
      title:
        'Erhvervshus, nationale mål efter fristen: mervækst uden resultat (tom celle), effekt "foreligger medio 2027", 391 vejledte, 49 % henvisninger',
      sheetTitle: 'Resultatkontrakt 2025: status på nationale mål',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist', 'Opgøres af'],
    },
    [
      {
        cells: [
          'Mervækst i omsætning, vækstsegment',
          'mindst 10 procentpoint',
          null,
          PASSED,
          'Danmarks Statistik',
        ],
        verdict: 'none',
        note: 'intet resultat endnu',
      },
      {
        cells: [
          'Virksomheder der i høj grad har prioriteret bæredygtighed',
          '70 pct.',
          'foreligger medio 2027',
          PASSED,
          'Erhvervsstyrelsen',
        ],
        verdict: 'none',
      },
      {
        cells: [
          '385 virksomheder under 3 år modtager 1-1 specialiseret vejledning',
          385,
          391,
          PASSED,
          'Erhvervsstyrelsen, ESCRM',
        ],
        verdict: 'met',
      },
      {
        cells: ['Anvendte henvisninger', 'mindst 50 %', '49 %', PASSED, 'Erhvervsstyrelsen'],
        verdict: 'not-met',
      },
    ],
    [
      either(find('kpi-deadline-passed', 'A3:E3'), find('missing-value', 'C3')),
      maybe('kpi-deadline-passed', 'A4:E4'),
      maybe('missing-value', 'C3'),
      maybe('kpi-deadline-passed', 'A3:E3'),
    ],
  ),
  targetCase(
    {
      id: 'ho-kpi-lige-linje-nyhedsbrev-og-introoplaeg',
      variant: 'frister',
      title:
        'Erhvervshus 2026 med baseline 2025, status 24.11.2026: nyhedsbrev 8.300 af 9.500 og introoplæg 12 af 29 er i fare; visninger 219.500 af 220.000 er på sporet',
      head: ['Resultatmål 2026', 'Baseline 2025', 'Mål', 'Status', 'Frist'],
    },
    [
      {
        cells: ['Abonnenter på nyhedsbrev', 8_000, 9_500, 8_300, OPEN],
        verdict: 'at-risk',
        note: '300 af 1.500 nye efter 90 % af året',
      },
      {
        cells: ['Organiske visninger af nyhedsbreve og SoMe', 200_000, '10 % stigning', 219_500, OPEN],
        verdict: 'none',
        note: 'linjen er ca. 217.900',
      },
      { cells: ['Presseartikler/cases', null, 'I alt 50', 55, OPEN], verdict: 'met' },
      {
        cells: ['Introoplæg for kommunernes erhvervsudvalg', 0, 29, 12, OPEN],
        verdict: 'at-risk',
        note: '12 af 29, linjen er ca. 26',
      },
    ],
  ),
  targetCase(
    {
      id: 'ho-kpi-procentceller-og-procentpoint',
      variant: 'maal-kvalifikatorer',
      title:
        'Kendskabsmål som 0,5 / 0,48 i 0 %-celler og mervækst i procentpoint ("mindst 5 procentpoint" mod "6,2 pp")',
      head: ['Mål', 'Måltal', 'Resultat', 'Frist'],
      formats: { ...fmt('B2:C3', '0%') },
      xlsx: true,
    },
    [
      {
        cells: ['Kendskabsgrad blandt virksomheder', 0.5, 0.48, PASSED],
        verdict: 'not-met',
        note: '48 % mod 50 %',
      },
      { cells: ['Kendskab til erhvervshusets tilbud', 0.6, 0.63, PASSED], verdict: 'met' },
      {
        cells: ['Mervækst i beskæftigelse ift. kontrolgruppe', 'mindst 5 procentpoint', '6,2 pp', PASSED],
        verdict: 'met',
      },
      {
        cells: ['Mervækst i omsætning ift. kontrolgruppe', 'mindst 10 pp', '8 procentpoint', PASSED],
        verdict: 'not-met',
      },
    ],
  ),
  targetCase(
    {
      id: 'ho-kpi-vaekstforum-nr-kolonne',
      variant: 'seed-maal',
      title:
        'Vækstforums mål nr. 6, 10, 12, 14 og 16 med en talkolonne "Nr." først og frist "ultimo 2013"; nr. 16 uden baseline',
      head: ['Nr.', 'Mål', 'Baseline', 'Mål 2013', 'Resultat 2013', 'Frist'],
    },
    [
      {
        cells: [
          6,
          'Innovative virksomheder med udenlandske samarbejdspartnere (pct.)',
          22,
          27,
          25,
          'ultimo 2013',
        ],
        verdict: 'not-met',
      },
      {
        cells: [
          10,
          'Beskæftigede med mindst MVU i private virksomheder (pct.)',
          23.4,
          26,
          26.3,
          'ultimo 2013',
        ],
        verdict: 'met',
      },
      {
        cells: [12, 'Andel ufaglærte blandt 25-64-årige (pct.)', 22.2, 20, 19.5, 'ultimo 2013'],
        verdict: ['met', 'none'],
        note: 'lavere er bedre: målet ligger under baseline',
      },
      {
        cells: [14, 'Udenlandske statsborgere blandt højtuddannede (pct.)', 9.4, 10.8, 10.8, 'ultimo 2013'],
        verdict: 'met',
      },
      {
        cells: [16, 'Højtuddannede i klyngeerhverv (pct.)', null, 32, 30, 'ultimo 2013'],
        verdict: ['not-met', 'none'],
      },
    ],
    [maybe('kpi-missing-baseline', 'A6:F6'), maybe('missing-value', 'C6')],
  ),
  targetCase(
    {
      id: 'ho-kpi-fastholdes-og-paa-niveau-med',
      variant: 'kpi-retning',
      title:
        '"fastholdes" og "på niveau med 2024" er hverken stigning eller fald; "holdes under 5 %" er et loft (4,6 % er nået)',
      head: ['Mål', 'Niveau', 'Resultat 2025', 'Frist'],
    },
    [
      {
        cells: ['Antallet af arbejdspladser i kommunen fastholdes', 12_000, 11_800, 2025],
        verdict: ['none', 'not-met'],
      },
      {
        cells: ['Borgertilfredshed på niveau med 2024 (skala 1-5)', 4.2, 4.3, 2025],
        verdict: ['none', 'met'],
      },
      { cells: ['Sygefraværet holdes under 5 %', 'under 5 %', '4,6 %', 2025], verdict: 'met' },
      { cells: ['Deltagere i events', 2_500, 2_610, 2025], verdict: 'met' },
    ],
  ),
  {
    id: 'ho-kpi-co2-klimastrategi-relative-maal',
    variant: 'seed-maal',
    kind: 'planted',
    title:
      'Klimastrategiens CO2-mål: 20 % reduktion ift. 2008 (426.646 t) nået med 338.000 t i 2020; "2 % om året" uden baseline kan ikke dømmes; CO2 pr. indbygger 6,9 t mod højst 6,5',
    sheets: [
      sheet(
        'CO2',
        [
          ['Klimastrategi: opfølgning på CO2-mål', null, null, null, null, null],
          [],
          ['Klimamål', 'Basisår', 'Baseline (t CO2)', 'Mål', 'Resultat', 'Frist'],
          ['CO2 fra kommunen som geografisk område', 2008, 426_646, '20 % reduktion', 338_000, 2020],
          ['CO2 fra kommunens egen drift', null, null, '-2 % om året', 11_400, 'frem til 2025'],
          ['CO2 pr. indbygger (ton)', 2008, 8.3, 'højst 6,5', 6.9, 2020],
        ],
        { merges: ['A1:F1'] },
      ),
    ],
    findings: [maybe('kpi-missing-baseline', 'A5:F5', { sheet: 'CO2' })],
    tables: [table('E4', ['errors', 'warnings', 'ok', 'unsure'], 'CO2')],
    kpis: [
      kpi(4, 'met', '338.000 t mod højst 341.317 t', 'CO2'),
      kpi(5, 'none', 'relativt mål uden baseline', 'CO2'),
      kpi(6, 'not-met', '6,9 t mod højst 6,5', 'CO2'),
    ],
    xlsx: true,
  },
  {
    id: 'ho-kpi-kontrakt-med-afsnitsraekker',
    variant: 'seed-maal',
    kind: 'planted',
    title:
      'Resultatkontrakten som den står i bestyrelsespapiret: afsnitsrækker "Mål 2 - Kendskab", "Mål 3 - Tilfredshed", "Mål 7 - Geografisk spredning" mellem målene, fra B3',
    sheets: [
      sheet('Kontrakt', [
        [null, 'Erhvervshus Hovedstaden: målopfølgning 2025'],
        [],
        [null, 'Mål', 'Måltal', 'Resultat', 'Frist', 'Bemærkning'],
        [null, 'Mål 2 - Kendskab'],
        [null, 'Kendskabsgraden øges til 50%', '50%', '46%', PASSED, 'Ekstern måling'],
        [null, 'Kendskab til tilbud', '60%', '61%', PASSED, null],
        [null, 'Mål 3 - Tilfredshed'],
        [null, 'Net Promotor Score (NPS)', 'mindst 70', 71, PASSED, 'Brugerevaluering'],
        [null, 'Mål 7 - Geografisk spredning (lokale mål)'],
        [null, '1-1 vejledninger', 1_500, 1_620, PASSED, 'heraf 300 med +10 ansatte'],
        [null, 'Kortere orienterende vejledninger', 1_000, 940, PASSED, null],
        [null, 'Opsøgende arbejde: virksomheder med +5 ansatte', 500, 512, PASSED, null],
      ]),
    ],
    findings: [],
    tables: [table('D5', ['errors', 'warnings', 'unsure'], 'Kontrakt')],
    kpis: [
      kpi(4, 'none', 'afsnitsrække', 'Kontrakt'),
      kpi(5, 'not-met', '46 % mod 50 %', 'Kontrakt'),
      kpi(6, 'met', undefined, 'Kontrakt'),
      kpi(7, 'none', 'afsnitsrække', 'Kontrakt'),
      kpi(8, 'met', undefined, 'Kontrakt'),
      kpi(9, 'none', 'afsnitsrække', 'Kontrakt'),
      kpi(10, 'met', undefined, 'Kontrakt'),
      kpi(11, 'not-met', '940 mod 1.000', 'Kontrakt'),
      kpi(12, 'met', undefined, 'Kontrakt'),
    ],
  },
];
