/**
 * Held-out co-financing cases, written after the reader was tuned on the rest of the corpus: Tabel B, the
 * vidensby krone-til-krone budget and the 65/35 refund laid out as finance staff type them (t.kr. and mio. kr.,
 * text amounts, merged titles, formulas, "heraf" rows, subtotals, two projects side by side, a rate column).
 * Every expectation comes from the seed documents (seed 000, 003, 004) and domain.md, not from the reader.
 */
import { either, find, fmt, maybe, sheet, table } from '../build';
import type { CorpusCase } from '../types';

const M = (x: number): number => Math.round(x * 1_000_000);
const KR = '#,##0 "kr."';

const tabelB: CorpusCase[] = [
  {
    id: 'ho-tabel-b-tkr-fra-d4',
    variant: 'placering-og-noter',
    kind: 'correct',
    title: 'Tabel B i t.kr. fra D4 med årstal som tekst, noter over og under, "Total" som totalord',
    sheets: [
      sheet(
        'Finansiering',
        [
          ['Kulturaftale 2021-24, Kulturregionen'],
          ['Udarbejdet af økonomiafdelingen, 3. marts 2021'],
          [],
          [null, null, null, 'Tabel B. Samlet finansiering af indsatsområder (t.kr., 2020-tal)'],
          [null, null, null, null, '2021', '2022', '2023', '2024', 'Total'],
          [null, null, null, 'Egenfinansiering (kulturregionen)', 1_500, 1_500, 1_500, 1_500, 6_000],
          [null, null, null, 'Statslig medfinansiering (puljen)', 1_500, 1_500, 1_500, 1_500, 6_000],
          [null, null, null, 'Total', 3_000, 3_000, 3_000, 3_000, 12_000],
          [],
          [null, null, null, 'Beløb i 1.000 kr.'],
        ],
        { formats: fmt('E6:I8', '#,##0') },
      ),
    ],
    findings: [],
    tables: [table('E6', 'ok', 'Finansiering')],
  },
  {
    id: 'ho-tabel-b-egenfinansiering-44-pct-2024',
    variant: 'regler-i-arket',
    kind: 'planted',
    title:
      'Tabel B med statens række først og kravet om minimum 50 pct. i en note over; egenfinansieringen 2024 er 1,2 mio. (44,4 %, hele perioden 48,7 %)',
    sheets: [
      sheet('Budget', [
        ['Puljen til kultur i hele landet: ansøgning'],
        ['Krav: kulturregional egenfinansiering på minimum 50 pct. af de samlede udgifter'],
        [],
        ['Finansieringskilde', 2021, 2022, 2023, 2024, 'Alt i alt'],
        ['Statens medfinansiering', M(1.5), M(1.5), M(1.5), M(1.5), M(6)],
        ['Kulturregionens egenfinansiering', M(1.5), M(1.5), M(1.5), M(1.2), M(5.7)],
        ['I alt', M(3), M(3), M(3), M(2.7), M(11.7)],
      ]),
    ],
    findings: [
      find('cofinancing-below-minimum', ['A6:F6', 'E5:E7'], {
        expected: 50,
        actual: 44.4,
        tol: 0.1,
        sheet: 'Budget',
      }),
      find('cofinancing-below-minimum', ['A6:F6', 'F5:F7'], {
        expected: 50,
        actual: 48.7,
        tol: 0.1,
        sheet: 'Budget',
      }),
      maybe('own-financing-short', ['A5:F7'], { sheet: 'Budget' }),
    ],
    tables: [table('B6', 'errors', 'Budget')],
  },
  {
    id: 'ho-tabel-b-flettet-titel-kr-format-formler',
    variant: 'talformater',
    kind: 'correct',
    title:
      'Tabel B med flettet titel A1:F1, talformat #.##0 kr. og I alt som formler (SUM) med gemte resultater',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Finansiering af kulturaftalen 2021-2024', null, null, null, null, null],
          ['Finansiering', 2021, 2022, 2023, 2024, 'I alt'],
          ['Egenfinansiering, 9 kommuner', M(1.6), M(1.55), M(1.5), M(1.5), M(6.15)],
          ['Statens medfinansiering', M(1.5), M(1.5), M(1.5), M(1.5), M(6)],
          ['I alt', M(3.1), M(3.05), M(3), M(3), M(12.15)],
        ],
        {
          merges: ['A1:F1'],
          formats: fmt('B3:F5', KR),
          formulas: {
            F3: '=SUM(B3:E3)',
            F4: '=SUM(B4:E4)',
            B5: '=SUM(B3:B4)',
            C5: '=SUM(C3:C4)',
            D5: '=SUM(D3:D4)',
            E5: '=SUM(E3:E4)',
            F5: '=SUM(F3:F4)',
          },
        },
      ),
    ],
    findings: [],
    tables: [table('C3', 'ok')],
    xlsx: true,
  },
  {
    id: 'ho-tabel-b-tekstbeloeb-totalfejl-2022',
    variant: 'talformater',
    kind: 'planted',
    title:
      'Tabel B indsat som tekst ("1.500.000 kr."); I alt for 2022 står som "3.050.000 kr." (summen er 3.000.000)',
    sheets: [
      sheet('Ark1', [
        ['Samlet finansiering 2021-2024 (kopieret fra aftalen)'],
        [],
        [null, '2021', '2022', '2023', '2024', 'I alt'],
        [
          'Egenfinansiering',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '6.000.000 kr.',
        ],
        [
          'Statens medfinansiering',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '1.500.000 kr.',
          '6.000.000 kr.',
        ],
        ['I alt', '3.000.000 kr.', '3.050.000 kr.', '3.000.000 kr.', '3.000.000 kr.', '12.000.000 kr.'],
      ]),
    ],
    findings: [
      either(
        find('total-mismatch', 'C6', { expected: 3_000_000, actual: 3_050_000 }),
        find('cell-breaks-totals', 'C6'),
      ),
      maybe('total-mismatch', 'F6', { expected: 12_050_000, actual: 12_000_000 }),
    ],
    tables: [table('B4', 'errors')],
  },
];

const matching: CorpusCase[] = [
  {
    id: 'ho-vidensby-krone-til-krone-fire-bidragydere',
    variant: 'regler-i-arket',
    kind: 'correct',
    title:
      'Vidensby krone-til-krone: kommunen 2,5 mio. om året matchet af DTU, virksomheder og almene boligorganisationer tilsammen',
    sheets: [
      sheet('Vidensby', [
        ['Vidensby-organisation: basisbudget 2012-2013'],
        [
          'Lyngby-Taarbæk Kommune medfinansierer efter krone-til-krone-princippet under forudsætning af bidrag fra øvrige vidensby-aktører',
        ],
        [],
        ['Bidragyder', '2012', '2013', 'I alt'],
        ['Lyngby-Taarbæk Kommune', M(2.5), M(2.5), M(5)],
        ['DTU', M(1), M(1), M(2)],
        ['Virksomheder i vidensbyen', M(1), M(1.2), M(2.2)],
        ['Almene boligorganisationer', M(0.5), M(0.3), M(0.8)],
        ['Basisbudget i alt', M(5), M(5), M(10)],
      ]),
    ],
    findings: [],
    tables: [table('B6', ['ok', 'unsure'], 'Vidensby')],
  },
  {
    id: 'ho-vidensby-mio-kr-mangler-2013',
    variant: 'regler-i-arket',
    kind: 'planted',
    title:
      'Vidensby i mio. kr. med én decimal og krone-til-krone i en note under: de øvrige aktører giver 2,1 mod kommunens 2,5 i 2013',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Vidensby: finansiering af basisbudget (mio. kr.)'],
          [null, 2012, 2013, 'I alt'],
          ['Lyngby-Taarbæk Kommune', 2.5, 2.5, 5.0],
          ['Øvrige vidensby-aktører', 2.5, 2.1, 4.6],
          ['I alt', 5.0, 4.6, 9.6],
          [],
          ['Kommunens bidrag forudsætter bidrag fra de øvrige aktører, krone-til-krone.'],
        ],
        { formats: fmt('B3:D5', '0.0') },
      ),
    ],
    findings: [
      either(
        find('matching-shortfall', 'C3:C4', { expected: M(2.5), actual: M(2.1) }),
        find('matching-shortfall', 'C3:C4', { expected: 2.5, actual: 2.1 }),
      ),
      maybe('matching-shortfall', 'D3:D4', { expected: M(5), actual: M(4.6) }),
      maybe('matching-shortfall', 'D3:D4', { expected: 5, actual: 4.6 }),
      maybe('matching-short', 'A2:D5'),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'ho-refusion-65-35-byttet-om',
    variant: 'talformater',
    kind: 'planted',
    title:
      'Refusion 65/35 med procentformat og #.##0 kr.: kommunernes og regionens beløb er byttet om (16.800 / 31.200); "Samlet" som total',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Refusion af udstyrspakker 2026 (65/35 pct)'],
          ['Betaler', 'Andel', 'Beløb'],
          ['Kommunerne i Region Hovedstaden', 0.65, 16_800],
          ['Region Hovedstaden', 0.35, 31_200],
          ['Samlet', 1, 48_000],
        ],
        { formats: { ...fmt('B3:B5', '0%'), ...fmt('C3:C5', KR) } },
      ),
    ],
    findings: [
      find('split-mismatch', 'C3', { expected: 31_200, actual: 16_800 }),
      find('split-mismatch', 'C4', { expected: 16_800, actual: 31_200 }),
    ],
    tables: [table('C3', 'errors')],
    xlsx: true,
  },
];

const traps: CorpusCase[] = [
  {
    id: 'ho-faelde-heraf-raekker-korrekt',
    variant: 'totalraekker',
    kind: 'correct',
    title:
      'Finansieringsplan med "heraf kontant" og "heraf medarbejdertimer" under kommunens bidrag: heraf-rækkerne må ikke lægges til',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Projekt Grøn Omstilling i Nordsjælland: finansieringsplan'],
          [],
          ['Finansiering', 'Beløb (kr.)', 'Andel'],
          ['Kommunal medfinansiering', 1_200_000, 0.6],
          ['  heraf kontant', 700_000, null],
          ['  heraf medarbejdertimer', 500_000, null],
          ['Tilskud fra Region Hovedstaden', 800_000, 0.4],
          ['I alt', 2_000_000, 1],
        ],
        { formats: { ...fmt('B4:B8', '#,##0'), ...fmt('C4:C8', '0%') } },
      ),
    ],
    findings: [],
    tables: [table('B4', ['ok', 'unsure'])],
  },
  {
    id: 'ho-faelde-heraf-raekker-total-forkert',
    variant: 'totalraekker',
    kind: 'planted',
    title:
      'Samme finansieringsplan med "heraf"-rækker, men I alt er tastet 2.100.000: summen er 2.000.000 (ikke 3.200.000 med heraf)',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Projekt Grøn Omstilling i Nordsjælland: finansieringsplan'],
          [],
          ['Finansiering', 'Beløb (kr.)'],
          ['Kommunal medfinansiering', 1_200_000],
          ['  heraf kontant', 700_000],
          ['  heraf medarbejdertimer', 500_000],
          ['Tilskud fra Region Hovedstaden', 800_000],
          ['I alt', 2_100_000],
        ],
        { formats: fmt('B4:B8', '#,##0') },
      ),
    ],
    findings: [find('total-mismatch', 'B8', { expected: 2_000_000, actual: 2_100_000 })],
    tables: [table('B4', 'errors')],
  },
  {
    id: 'ho-faelde-subtotal-i-midten-korrekt',
    variant: 'totalraekker',
    kind: 'correct',
    title:
      'Tre kommuner, "Kommuner i alt" som subtotal i midten, så regionen og puljen, og "Finansiering i alt" nederst',
    sheets: [
      sheet('Ark1', [
        ['Fælles indsats for ladeinfrastruktur 2026-2027'],
        ['Part', 2026, 2027, 'I alt'],
        ['Gentofte', 150_000, 150_000, 300_000],
        ['Gladsaxe', 140_000, 140_000, 280_000],
        ['Lyngby-Taarbæk', 110_000, 110_000, 220_000],
        ['Kommuner i alt', 400_000, 400_000, 800_000],
        ['Region Hovedstaden', 250_000, 250_000, 500_000],
        ['Pulje til ladeinfrastruktur (staten)', 350_000, 350_000, 700_000],
        ['Finansiering i alt', 1_000_000, 1_000_000, 2_000_000],
      ]),
    ],
    findings: [],
    tables: [table('B3', 'ok')],
  },
  {
    id: 'ho-faelde-subtotal-i-midten-forkert',
    variant: 'totalraekker',
    kind: 'planted',
    title: 'Samme tabel, men "Kommuner i alt" for 2026 er tastet 410.000 (kommunerne summerer til 400.000)',
    sheets: [
      sheet('Ark1', [
        ['Fælles indsats for ladeinfrastruktur 2026-2027'],
        ['Part', 2026, 2027, 'I alt'],
        ['Gentofte', 150_000, 150_000, 300_000],
        ['Gladsaxe', 140_000, 140_000, 280_000],
        ['Lyngby-Taarbæk', 110_000, 110_000, 220_000],
        ['Kommuner i alt', 410_000, 400_000, 800_000],
        ['Region Hovedstaden', 250_000, 250_000, 500_000],
        ['Pulje til ladeinfrastruktur (staten)', 350_000, 350_000, 700_000],
        ['Finansiering i alt', 1_000_000, 1_000_000, 2_000_000],
      ]),
    ],
    findings: [
      either(
        find('total-mismatch', 'B6', { expected: 400_000, actual: 410_000 }),
        find('cell-breaks-totals', 'B6'),
      ),
      maybe('total-mismatch', 'D6', { expected: 810_000, actual: 800_000 }),
      maybe('total-mismatch', 'B9', { expected: 1_010_000, actual: 1_000_000 }),
    ],
    tables: [table('B3', 'errors')],
  },
  {
    id: 'ho-faelde-to-projekter-deler-overskriftsraekke',
    variant: 'placering-og-noter',
    kind: 'planted',
    title:
      "To finansieringstabeller side om side på samme overskriftsrække (én tom kolonne imellem); Projekt B's I alt i alt er 1.300.000, skal være 1.200.000",
    sheets: [
      sheet('Ark1', [
        ['Projekt A: Kulturhus', null, null, null, null, 'Projekt B: Musikskole'],
        ['Kilde', 2025, 2026, 'I alt', null, 'Kilde', 2025, 2026, 'I alt'],
        [
          'Egenfinansiering',
          500_000,
          500_000,
          1_000_000,
          null,
          'Egenfinansiering',
          300_000,
          300_000,
          600_000,
        ],
        ['Puljetilskud', 500_000, 500_000, 1_000_000, null, 'Puljetilskud', 300_000, 300_000, 600_000],
        ['I alt', 1_000_000, 1_000_000, 2_000_000, null, 'I alt', 600_000, 600_000, 1_300_000],
      ]),
    ],
    findings: [find('total-mismatch', 'I5', { expected: 1_200_000, actual: 1_300_000 })],
    tables: [table('B3', 'ok'), table('G3', 'errors')],
  },
  {
    id: 'ho-faelde-tilskudsprocent-er-en-sats',
    variant: 'overskrifter',
    kind: 'correct',
    title:
      'Projektoversigt med "Tilskudsprocent" pr. projekt (50/40/30/45 %): en sats pr. række, ikke andele der skal summere til 100',
    sheets: [
      sheet(
        'Ark1',
        [
          ['Projekter med tilskud fra Vækstforum: oversigt'],
          ['Projekt', 'Samlet budget (kr.)', 'Tilskudsprocent', 'Tilskud (kr.)', 'Egenfinansiering (kr.)'],
          ['Copenhagen Talent Bridge', 4_000_000, 0.5, 2_000_000, 2_000_000],
          ['Innovationscenter Copenhagen', 6_000_000, 0.4, 2_400_000, 3_600_000],
          ['Medico Innovation Center', 2_500_000, 0.3, 750_000, 1_750_000],
          ['CIEL', 1_800_000, 0.45, 810_000, 990_000],
          ['I alt', 14_300_000, null, 5_960_000, 8_340_000],
        ],
        { formats: { ...fmt('C3:C6', '0%'), ...fmt('B3:B7', '#,##0'), ...fmt('D3:E7', '#,##0') } },
      ),
    ],
    findings: [],
    tables: [table('B3', ['ok', 'unsure'])],
  },
];

export const HELD_OUT_COFINANCING_CASES: CorpusCase[] = [...tabelB, ...matching, ...traps];
