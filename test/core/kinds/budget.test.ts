import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot, tabelB } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Budget', rows)]), PARAMS);
const flat = (s: string) => s.replace(/\s/g, ' ');
const rulesOf = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.rule}@${f.cell}`);

/** A finance-bill extract: codes in the labels, parents above their children, one decimal, mio. kr. */
function financeBill(): RawValue[][] {
  return [
    ['Finansloven, udgifter i mio. kr.'],
    ['Paragraf. Hovedkonto. Underkonto', 'R 2024', 'B 2025', 'F 2026', 'BO1 2027'],
    ['03 Folketinget', 1018.3, 1040.5, 1039.9, 1039.4],
    ['031 Udgifter ved Folketinget', 662.6, 677.5, 674.5, 674.3],
    ['031101 Folketinget', 389.7, 407.6, 406.8, 406.6],
    ['031103 Folketingets medlemmer', 272.9, 269.9, 267.7, 267.7],
    ['032 Folketingets Ombudsmand', 355.7, 363.0, 365.4, 365.1],
    ['032101 Ombudsmanden', 355.7, 363.0, 365.4, 365.1],
    ['05 Statsministeriet', 132.9, 141.4, 141.2, 140.6],
    ['051 Statsministeriet', 132.9, 141.4, 141.2, 140.6],
    ['051101 Departementet', 160.2, 172.4, 172.5, 171.9],
    ['051102 Indtægter', -27.3, -31.0, -31.3, -31.3],
  ];
}

describe('a budget read by its own arithmetic', () => {
  it('reads a finance-bill extract as a budget: codes confirmed by the sums, minus as income, no finding', () => {
    const r = check(financeBill());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    const reading = r.readings![0];
    expect(reading.decisions.map((d) => d.because.da).join(' | ')).toMatch(/hierarki med 5 sumlinjer/);
    expect(reading.decisions.map((d) => d.because.da).join(' | ')).toMatch(/20 summer kontrolleret/);
    expect(reading.decisions.map((d) => d.because.da).join(' | ')).toMatch(/mio\. kr\./);
  });

  it('names a wrong item at its parent, in kroner, when the unit is mio. kr.', () => {
    const rows = financeBill();
    rows[4][3] = 416.8; // 031101 in F 2026: 10 mio. kr. too much
    const r = check(rows);
    const f = r.findings.filter((x) => x.rule === 'budget-total-mismatch');
    expect(f.map((x) => x.cell)).toEqual(['D4']);
    expect(f[0].expected).toBe('684500000');
    expect(f[0].actual).toBe('674500000');
    expect(flat(f[0].message.da)).toContain('674.500.000 kr.');
    expect(f[0].message.da).not.toMatch(/674,5 kr/);
  });

  it('diagnoses a wrong subtotal that breaks its own sum and the sum above it, and flags only the subtotal', () => {
    const rows = financeBill();
    rows[3][2] = 687.5; // 031 in B 2025: 10 too much, its items and its parent both disagree
    const r = check(rows);
    const item = r.items!.find((i) => i.rule === 'budget-subtotal-typo');
    expect(item?.cell).toBe('C4');
    // The parent agrees with what its items add up to: it is right, and not flagged.
    expect(item?.findings.map((x) => x.cell).sort()).toEqual(['C4']);
    expect(flat(item?.message.da ?? '')).toContain('677.500.000 kr.');
  });

  it('keeps a typo one decimal place wide apart from rounding', () => {
    const rows = financeBill();
    rows[2][1] = 1019.3; // 03 in R 2024: 1,0 off, more than the rounding of two items
    expect(rulesOf(check(rows))).toEqual(['budget-total-mismatch@B3']);
  });
});

describe('an account code that looks like a year', () => {
  // The finance bill 2016 (tranberg/finanslov2016): under § 19 the aktivitetsområder are 1911, 1915, 1922 ...
  const ministry = (aktivitet: number): RawValue[][] => [
    ['Paragraf. Hovedområde. Aktivitetsområde. Hovedkonto', '2015', '2016'],
    ['19 Uddannelses- og Forskningsministeriet', 800.1, 600.5],
    ['191 Fællesudgifter', 800.1, 600.5],
    ['1911 Centralstyrelsen', aktivitet, 300.5],
    ['191101 Departementet', 78.5, 83.2],
    ['191103 Styrelsen for Forskning og Innovation', 421.6, 217.3],
    ['1915 Internationalt forskningssamarbejde', 300.0, 300.0],
    ['191501 Obligatoriske internationale programmer', 299.5, 300.0],
    ['191502 Ikke obligatoriske ESA-programmer', 0.5, 0.0],
  ];

  it('is a code when the line above is its prefix and the line below extends it: its sums are checked', () => {
    const r = check(ministry(500.1));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    // 19, 191, 1911 and 1915 are sums, in two columns.
    expect(r.readings![0].decisions.map((d) => d.because.da).join(' | ')).toMatch(/8 summer kontrolleret/);
  });

  it('so a wrong figure on it is found at its cell', () => {
    const r = check(ministry(510.1));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toContain('budget-total-mismatch@B4');
  });
});

/** A municipal budget follow-up with derived columns and "i alt" lines. */
function followUp(): RawValue[][] {
  return [
    ['Budgetopfølgning pr. 30. juni 2025 (1.000 kr.)'],
    [],
    [
      'Område',
      'Opr. budget 2025',
      'Tillægsbevillinger',
      'Korr. budget 2025',
      'Forbrug pr. 30.6',
      'Forventet regnskab',
      'Afvigelse',
      'Afvigelse i pct.',
    ],
    ['Dagtilbud', 400_000, 10_000, 410_000, 190_000, 405_000, 5_000, 1.2],
    ['Skoler', 600_000, -5_000, 595_000, 300_000, 610_000, -15_000, -2.5],
    ['Børn og unge i alt', 1_000_000, 5_000, 1_005_000, 490_000, 1_015_000, -10_000, -1.0],
    ['Ældre', 800_000, 0, 800_000, 395_000, 790_000, 10_000, 1.3],
    ['Indtægter', -200_000, 0, -200_000, -95_000, -205_000, 5_000, -2.5],
    ['I alt', 1_600_000, 5_000, 1_605_000, 790_000, 1_600_000, 5_000, 0.3],
  ];
}

describe('a budget follow-up', () => {
  it('reads the columns as Danish follow-ups name them and finds nothing wrong in a correct one', () => {
    const r = check(followUp());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
    // Skoler expects to spend 15 mio. kr. more than its corrected budget: news, not an error.
    expect(r.findings.filter((f) => f.severity === 'info').map((f) => f.cell)).toEqual(['F6']);
  });

  it('finds a corrected budget that is not original plus supplementary, in kroner', () => {
    const rows = followUp();
    rows[3][3] = 401_000;
    rows[5][3] = 996_000; // the sum follows the wrong figure: only the derived column disagrees
    rows[8][3] = 1_596_000;
    const r = check(rows);
    const f = r.findings.filter((x) => x.rule === 'budget-derived-mismatch');
    expect(f.map((x) => x.cell)).toEqual(expect.arrayContaining(['D4']));
    const d4 = f.find((x) => x.cell === 'D4')!;
    expect(d4.expected).toBe('410000000');
    expect(flat(d4.message.da)).toContain('»Opr. budget 2025« + »Tillægsbevillinger«');
  });

  it('finds a deviation with the wrong sign convention for its row', () => {
    const rows = followUp();
    rows[6][6] = -10_000;
    rows[8][6] = -15_000;
    const r = check(rows);
    expect(r.findings.filter((x) => x.rule === 'budget-derived-mismatch').map((x) => x.cell)).toContain('G7');
  });
});

describe('a project budget', () => {
  const project = (): RawValue[][] => [
    ['Projektbudget', 2025, 2026, 'I alt'],
    ['Løn', 400_000, 420_000, 820_000],
    ['Konsulenter', 100_000, 50_000, 150_000],
    ['Udgifter i alt', 500_000, 470_000, 970_000],
    ['Egenfinansiering', 250_000, 235_000, 485_000],
    ['Statstilskud', 250_000, 235_000, 485_000],
    ['Finansiering i alt', 500_000, 470_000, 970_000],
  ];

  it('is a budget under plain years too, by its cost lines and its financing part, and a correct one gets nothing', () => {
    // Read as a co-financing table it got six false errors: the financing total held against costs and
    // financing together, and own financing against the costs.
    const r = check(project());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
  });

  it('finds the imbalance of a project budget under plain years, and nothing else', () => {
    const rows = project();
    rows[5][2] = 225_000;
    rows[5][3] = 475_000;
    rows[6][2] = 460_000;
    rows[6][3] = 960_000;
    const r = check(rows);
    expect(r.findings.map((x) => [x.rule, x.cell])).toEqual([
      ['budget-unbalanced', 'C7'],
      ['budget-unbalanced', 'D7'],
    ]);
  });

  it('balances costs against financing when its columns are budget columns', () => {
    const rows = project();
    rows[0] = ['Projektbudget', 'Budget 2025', 'Budget 2026', 'Budget i alt'];
    rows[5][2] = 225_000;
    rows[5][3] = 475_000;
    rows[6][2] = 460_000;
    rows[6][3] = 960_000;
    const r = check(rows);
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    const f = r.findings.filter((x) => x.rule === 'budget-unbalanced');
    expect(f.map((x) => x.cell)).toEqual(['C7', 'D7']);
    expect(flat(f[0].message.da)).toContain('forskel -10.000 kr.');
  });
});

describe('lines a colleague would catch', () => {
  it('reports the same account line twice once, naming both rows', () => {
    const rows = financeBill();
    rows.push(['051102 Indtægter', -27.3, -31.0, -31.3, -31.3]);
    const r = check(rows);
    const dup = r.findings.filter((f) => f.rule === 'budget-duplicate-line');
    expect(dup.map((f) => f.cell)).toEqual(['A13']);
    expect(dup[0].related).toEqual(['A12']);
  });

  it('reports numbers stored as text once per column, with the amount a SUM misses', () => {
    const rows = followUp();
    rows[3][4] = '190000';
    rows[4][4] = '300000';
    const r = check(rows);
    const t = r.findings.filter((f) => f.rule === 'budget-text-amounts');
    expect(t.map((f) => f.cell)).toEqual(['E4:E5']);
    expect(t[0].expected).toBe('490000000');
  });
});

describe('an English export opened in Danish: amounts as text with a decimal point', () => {
  // The finance bill CSV ("77.7") opened by a Danish spreadsheet keeps every amount as text.
  const asText = (rows: RawValue[][]) =>
    rows.map((row, i) => (i < 2 ? row : row.map((v) => (typeof v === 'number' ? v.toFixed(1) : v))));

  it('is one text-amounts warning per column, not one per cell, and its sums are still checked', () => {
    const r = check(asText(financeBill()));
    expect(rulesOf(r)).toEqual([
      'budget-text-amounts@B3:B12',
      'budget-text-amounts@C3:C12',
      'budget-text-amounts@D3:D12',
      'budget-text-amounts@E3:E12',
    ]);
    expect(r.findings[0].message.da).toContain(
      'punktum som decimaltegn og er læst sådan (»1018.3« som 1018,3)',
    );
    expect(r.readings![0].decisions.map((d) => d.because.da).join(' | ')).toMatch(/20 summer kontrolleret/);
  });

  it('still finds a wrong item at its parent', () => {
    const rows = financeBill();
    rows[4][3] = 416.8;
    expect(rulesOf(check(asText(rows)))).toContain('budget-total-mismatch@D4');
  });

  it('leaves a lone point-written number the ambiguous warning it was', () => {
    const rows = financeBill();
    rows[4][3] = '406.8';
    expect(rulesOf(check(rows))).toContain('ambiguous-number@D5');
  });
});

describe('a wrong subtotal is one broken sum, not two', () => {
  // Metamorphic budget-43: a subtotal typed wrong breaks its own sum, while the total above it still equals
  // its lines. Counted as two broken sums, the co-financing reading that skipped the column won and hid it.
  const rows = (): RawValue[][] => [
    ['Driftsbudget (t.kr.)'],
    ['Budgetområde', 'Budget 2025', 'Budgetoverslag 2026', 'BO 2027', 'BO 2028'],
    ['Skolefritidsordninger', 26030, 63060, 84420, 7090],
    ['Specialundervisning', 36160, 39380, 61560, 89420],
    ['Folkeskoler', 53820, 3180, 77150, 81870],
    ['Befordring af elever', 71890, 50170, 28320, 72100],
    ['Skoler i alt', 187900, 155790, 251450, 250480],
    ['Plejecentre', 68510, 85780, 8790, 31140],
    ['Hjemmepleje', 6840, 86180, 81590, 57610],
    ['Forebyggende indsats', 8470, 68630, 64880, 82890],
    ['Ældre i alt', 83820, 240590, 155260, 171640],
    ['I alt', 271720, 396380, 406710, 422120],
  ];

  it('stays a budget and finds the wrong subtotal at its cell, in kroner', () => {
    const wrong = rows();
    wrong[6][2] = 156390;
    const r = check(wrong);
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    const f = r.findings.find((x) => x.rule === 'budget-total-mismatch' && x.cell === 'C7');
    expect(f?.expected).toBe('155790000');
  });
});

describe('not a budget', () => {
  it('leaves Tabel B a co-financing table', () => {
    const r = checkWorkbook(snapshot([sheet('Kulturaftale', tabelB())]), PARAMS);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
  });

  it('gives a statistics table with averages and rates nothing', () => {
    const r = check([
      ['Nøgletal', 2023, 2024, 2025],
      ['Gennemsnitlig klassekvotient', 21.4, 21.7, 21.9],
      ['Andel med 02 i dansk (pct.)', 12.5, 12.1, 11.8],
      ['Indeks (2020 = 100)', 104.2, 107.9, 111.3],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/** Builds a coded hierarchy with exact parents, under a title that states the unit. */
function generatedBudget(leaves: number[][], unit: 'mio. kr.' | 't.kr.' | 'kr.'): RawValue[][] {
  const rows: RawValue[][] = [[`Budget (${unit})`], ['Konto', 'B 2025', 'B 2026']];
  const groups: number[][][] = [];
  for (let i = 0; i < leaves.length; i += 3) groups.push(leaves.slice(i, i + 3));
  const sum = (xs: number[][], j: number) => xs.reduce((s, x) => s + x[j], 0);
  const top = [sum(leaves, 0), sum(leaves, 1)];
  rows.push(['10 Område', top[0], top[1]]);
  groups.forEach((g, gi) => {
    rows.push([`10${gi + 1} Gruppe ${gi + 1}`, sum(g, 0), sum(g, 1)]);
    g.forEach((leaf, li) => rows.push([`10${gi + 1}0${li + 1} Konto ${gi + 1}.${li + 1}`, leaf[0], leaf[1]]));
  });
  return rows;
}

describe('budgets generated with exact sums', () => {
  const leaf = fc.tuple(fc.integer({ min: -5_000, max: 90_000 }), fc.integer({ min: -5_000, max: 90_000 }));
  const unit = fc.constantFrom<'mio. kr.' | 't.kr.' | 'kr.'>('mio. kr.', 't.kr.', 'kr.');

  it('gives no finding on any correct one, whatever the unit and signs', () => {
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 3, maxLength: 9 }), unit, (leaves, u) => {
        const r = check(generatedBudget(leaves, u));
        expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('finds a changed item at its parent only, with the amounts in kroner', () => {
    fc.assert(
      fc.property(
        fc.array(leaf, { minLength: 3, maxLength: 9 }),
        unit,
        fc.nat(),
        fc.integer({ min: 1, max: 5_000 }),
        (leaves, u, pick, delta) => {
          const rows = generatedBudget(leaves, u);
          const leafRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => /^10\d0\d /.test(String(r[0])));
          const { i } = leafRows[pick % leafRows.length];
          const parent = [...rows.slice(0, i)]
            .map((r, k) => ({ r, k }))
            .reverse()
            .find(({ r }) => /^10\d /.test(String(r[0])))!.k;
          const before = rows[i][1] as number;
          rows[i][1] = before + delta;
          const r = check(rows);
          const scale = u === 'mio. kr.' ? 1_000_000 : u === 't.kr.' ? 1_000 : 1;
          expect(rulesOf(r)).toEqual([`budget-total-mismatch@B${parent + 1}`]);
          const f = r.findings[0];
          expect(BigInt(f.actual!)).toBe(BigInt(rows[parent][1] as number) * BigInt(scale));
          expect(BigInt(f.expected!) - BigInt(f.actual!)).toBe(BigInt(delta) * BigInt(scale));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a finance-bill extract by underkonto, without codes', () => {
  // The bilateral aid per country from the finance bill (tranberg/finanslov2016, bilateral-afrika.csv):
  // minus in the accounts year is money paid back, not an error, and the countries are no financing sources.
  const rows = (): RawValue[][] => [
    ['Underkonto', '2014', '2015', '2016', '2017', '2018', '2019'],
    ['Etiopien', 160, 5, 5, 5, 255, 5],
    ['Niger', 245, 0, 0, 225, 135, 0],
    ['Benin', -87.2, 0, 0, 0, 0, 0],
    ['Zambia', -13.1, 0, 0, 0, 0, 0],
    ['Mali', -0, 215, 5, 380, 410, 185],
  ];

  it('is a budget, its minus is no finding, and its lines stand side by side', () => {
    const r = check(rows());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
  });
});
