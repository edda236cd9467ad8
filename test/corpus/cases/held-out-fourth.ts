/**
 * Held-out cases, fourth batch: half-years under merged year titles, a krone-til-krone table whose only
 * fault is a mistyped period total, the 65/35 refund split per quarter, "halveres" and "fordobles", targets
 * due in 2027 and 2035, two target lists side by side, cash and hours columns, and ordinary sheets (a
 * timeline, a survey profile whose rounded percentages sum to 101). Expectations from the seeds and domain.md.
 */
import { either, find, fmt, kpi, maybe, sheet, table, targetCase } from '../build';
import type { CorpusCase } from '../types';

const M = (x: number): number => Math.round(x * 1_000_000);
const PASSED = '31. december 2025';

export const HELD_OUT_FOURTH_CASES: CorpusCase[] = [
  {
    id: 'ho-halvaar-under-flettede-aar-totalfejl',
    variant: 'flere-overskriftsraekker',
    kind: 'planted',
    title:
      'Finansiering pr. halvår: "2025" og "2026" flettet over "1. halvår | 2. halvår", "I alt" flettet lodret; egenfinansieringen 2. halvår 2026 summerer ikke i I alt-rækken',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Kilde', '2025', null, '2026', null, 'I alt'],
          [null, '1. halvår', '2. halvår', '1. halvår', '2. halvår', null],
          ['Egenfinansiering', 250_000, 250_000, 300_000, 300_000, 1_100_000],
          ['Tilskud fra puljen', 250_000, 250_000, 250_000, 250_000, 1_000_000],
          ['I alt', 500_000, 500_000, 550_000, 500_000, 2_100_000],
        ],
        { merges: ['B1:C1', 'D1:E1', 'F1:F2', 'A1:A2'], formats: fmt('B3:F5', '#,##0') },
      ),
    ],
    findings: [
      either(
        find('total-mismatch', 'E5', { expected: 550_000, actual: 500_000 }),
        find('cell-breaks-totals', 'E5'),
      ),
      maybe('total-mismatch', 'F5', { expected: 2_050_000, actual: 2_100_000 }),
    ],
    tables: [table('C3', 'errors')],
    xlsx: true,
  },
  {
    id: 'ho-krone-til-krone-kun-periodetotal-tastet-forkert',
    variant: 'regler-i-arket',
    kind: 'planted',
    title:
      'Krone-til-krone overholdt hvert år (2,5 mio. mod 2,5 mio.), men de øvrige aktørers I alt er tastet 7.000.000 (summen er 7.500.000): en totalfejl, ikke manglende matchning',
    sheets: [
      sheet('Ark1', [
        ['Vidensby-organisation 2012-2014 (krone-til-krone)'],
        ['Bidragyder', 2012, 2013, 2014, 'I alt'],
        ['Lyngby-Taarbæk Kommune', M(2.5), M(2.5), M(2.5), M(7.5)],
        ['Øvrige vidensby-aktører', M(2.5), M(2.5), M(2.5), M(7)],
        ['I alt', M(5), M(5), M(5), M(15)],
      ]),
    ],
    findings: [
      either(
        find('total-mismatch', 'E4', { expected: M(7.5), actual: M(7) }),
        find('cell-breaks-totals', 'E4'),
      ),
      maybe('matching-shortfall', 'E3:E4', { expected: M(7.5), actual: M(7) }),
      maybe('total-mismatch', 'E5', { expected: M(14.5), actual: M(15) }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'ho-refusion-65-35-pr-kvartal-korrekt',
    variant: 'perioder-i-raekker',
    kind: 'correct',
    title:
      'Udstyrspakker pr. kvartal med kolonnerne "Køb i alt", "Kommunerne (65 %)" og "Regionen (35 %)": hver række deles 65/35',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Afregning af udstyrspakker 2026 (refusion 65/35 pct)'],
          ['Kvartal', 'Køb i alt (kr.)', 'Kommunerne (65 %)', 'Regionen (35 %)'],
          ['1. kvt.', 48_000, 31_200, 16_800],
          ['2. kvt.', 96_000, 62_400, 33_600],
          ['3. kvt.', 72_000, 46_800, 25_200],
          ['4. kvt.', 24_000, 15_600, 8_400],
          ['I alt', 240_000, 156_000, 84_000],
        ],
        { formats: fmt('B3:D7', '#,##0') },
      ),
    ],
    findings: [],
    tables: [table('C4', ['ok', 'unsure'])],
  },
  {
    id: 'ho-refusion-65-35-pr-kvartal-30-pct',
    variant: 'perioder-i-raekker',
    kind: 'planted',
    title:
      'Samme afregning, men regionens del i 3. kvartal er regnet med 30 % (21.600 i stedet for 25.200); kolonnetotalen følger med (80.400)',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Afregning af udstyrspakker 2026 (refusion 65/35 pct)'],
          ['Kvartal', 'Køb i alt (kr.)', 'Kommunerne (65 %)', 'Regionen (35 %)'],
          ['1. kvt.', 48_000, 31_200, 16_800],
          ['2. kvt.', 96_000, 62_400, 33_600],
          ['3. kvt.', 72_000, 46_800, 21_600],
          ['4. kvt.', 24_000, 15_600, 8_400],
          ['I alt', 240_000, 156_000, 80_400],
        ],
        { formats: fmt('B3:D7', '#,##0') },
      ),
    ],
    findings: [
      either(
        find('split-mismatch', 'D5', { expected: 25_200, actual: 21_600 }),
        find('total-mismatch', 'B5', { expected: 68_400, actual: 72_000 }),
        find('split-unallocated', 'A5:D5', { expected: 72_000, actual: 68_400 }),
      ),
      maybe('total-mismatch', 'B7', { expected: 236_400, actual: 240_000 }),
      maybe('split-unallocated', 'A7:D7', { expected: 240_000, actual: 236_400 }),
      maybe('split-mismatch', 'D7', { expected: 84_000, actual: 80_400 }),
    ],
    tables: [table('C4', ['errors', 'warnings'])],
  },
  targetCase(
    {
      id: 'ho-kpi-halveres-og-fordobles',
      variant: 'kpi-retning',
      title:
        '"halveres" (ventetid 8 uger, 4,5 efter fristen er ikke nået) og "fordobles" (600 vejledte, 1.250 er nået) med baseline i egen kolonne',
      head: ['Mål', 'Baseline 2023', 'Målsætning', 'Resultat', 'Frist'],
    },
    [
      {
        cells: ['Ventetiden på første vejledning halveres (uger)', 8, 'halveres', 4.5, PASSED],
        verdict: 'not-met',
        note: '4,5 uger mod højst 4',
      },
      {
        cells: ['Antal vejledte virksomheder under 3 år fordobles', 600, 'fordobles', 1_250, PASSED],
        verdict: 'met',
        note: '1.250 mod 1.200',
      },
      {
        cells: ['Sagsbehandlingstiden nedbringes (dage)', 30, 20, 24, PASSED],
        verdict: 'not-met',
      },
    ],
  ),
  targetCase(
    {
      id: 'ho-kpi-frister-2027-og-2035',
      variant: 'frister',
      title:
        'Mål med frist i 2027 og 2035 uden baseline: under målet i dag er hverken "ikke nået" eller sikkert "i fare"; over målet er nået',
      head: ['Mål', 'Måltal', 'Status nov. 2026', 'Frist'],
    },
    [
      {
        cells: ['Iværksættere vejledt i Hovedstadsregionen', 385, 310, 'i 2027'],
        verdict: ['none', 'at-risk'],
      },
      { cells: ['Supercykelstinettet (km)', 'i alt ca. 850 km', 640, 2035], verdict: ['none', 'at-risk'] },
      { cells: ['Fælles it-driftsenheder i drift', 4, 4, 'inden udgangen af 2027'], verdict: 'met' },
    ],
  ),
  {
    id: 'ho-kpi-to-maallister-side-om-side',
    variant: 'placering-og-noter',
    kind: 'planted',
    title:
      'Nationale mål 2025 og lokale mål 2025 side om side på samme overskriftsrække med én tom kolonne imellem',
    sheets: [
      sheet('Mål', [
        ['Nationale mål', null, null, null, null, 'Lokale mål'],
        ['Mål', 'Måltal', 'Resultat', 'Frist', null, 'Mål', 'Måltal', 'Resultat', 'Frist'],
        ['Kendskabsgrad', '50 %', '53 %', PASSED, null, 'Kortere vejledninger', 1_000, 1_150, PASSED],
        ['NPS', 'mindst 70', 68, PASSED, null, '1-1 vejledninger', 1_500, 1_380, PASSED],
        [
          'Anvendte henvisninger',
          'mindst 50 %',
          '55 %',
          PASSED,
          null,
          'Deltagere i events',
          2_500,
          2_610,
          PASSED,
        ],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'errors', 'Mål'), table('G3', 'errors', 'Mål')],
    // Both lists share rows 3-5, so each row has the same verdict in both lists.
    kpis: [
      kpi(3, 'met', '53 % mod 50 % og 1.150 mod 1.000', 'Mål'),
      kpi(4, 'not-met', 'NPS 68 mod 70 og 1.380 mod 1.500', 'Mål'),
      kpi(5, 'met', '55 % mod 50 % og 2.610 mod 2.500', 'Mål'),
    ],
  },
  {
    id: 'ho-kontant-og-timer-kolonner',
    variant: 'overskrifter',
    kind: 'correct',
    title:
      'Partnerbidrag med "Kontant" og "Arbejdstimer (værdi)" som kolonner og "Bidrag i alt" til højre, partnere i rækkerne, "Samlet" nederst',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Copenhagen Talent Bridge: partnernes medfinansiering (kr.)'],
          [],
          ['Partner', 'Kontant', 'Arbejdstimer (værdi)', 'Bidrag i alt'],
          ['Københavns Kommune', 400_000, 150_000, 550_000],
          ['Region Hovedstaden', 500_000, 0, 500_000],
          ['DTU', 0, 320_000, 320_000],
          ['Dansk Industri', 100_000, 80_000, 180_000],
          ['Samlet', 1_000_000, 550_000, 1_550_000],
        ],
        { formats: fmt('B4:D8', '#,##0') },
      ),
    ],
    findings: [],
    tables: [table('C5', ['ok', 'unsure'])],
  },
  {
    id: 'ho-ikke-finans-klimahandling-tidslinje',
    variant: 'ikke-finans',
    kind: 'nonfinance',
    title:
      'Klimastrategiens tidslinje "Fra strategi til handling": år, aktivitet, ansvarlig og antal borgermøder',
    sheets: [
      sheet('Tidslinje', [
        ['Fra strategi til handling'],
        ['År', 'Aktivitet', 'Ansvarlig', 'Borgermøder'],
        [2011, 'Agenda 21-strategi vedtages', 'Kommunalbestyrelsen', 2],
        [2012, 'Klimahandlingsplan (primo 2012)', 'Miljøafdelingen', 3],
        [2013, 'Energirenovering af skoler, etape 1', 'Ejendomme', 1],
        [2014, 'Opfølgning på CO2-regnskab', 'Miljøafdelingen', 0],
        ['I alt', null, null, 6],
      ]),
    ],
    findings: [],
    tables: [],
  },
  {
    id: 'ho-ikke-finans-frivilligprofil-101-pct',
    variant: 'ikke-finans',
    kind: 'nonfinance',
    title:
      'Frivilligprofil efter alder: afrundede procenter pr. kolonne (LTK 100 %, alle fire kommuner 101 %) og antal besvarelser nederst',
    sheets: [
      sheet(
        'Profil',
        [
          ['Frivillige efter alder'],
          ['Alder', 'Lyngby-Taarbæk', 'Alle 4 kommuner'],
          ['Under 30 år', 0.06, 0.09],
          ['30-49 år', 0.19, 0.23],
          ['50-64 år', 0.31, 0.29],
          ['65 år og derover', 0.44, 0.4],
          ['Antal besvarelser', 17, 165],
        ],
        { formats: fmt('B3:C6', '0%') },
      ),
    ],
    findings: [],
    tables: [],
  },
];
