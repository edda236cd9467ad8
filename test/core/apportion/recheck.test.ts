import { recheckSplit, type RecheckInput, type RecheckRow } from '../../../src/core/apportion/recheck';
import { split } from '../../../src/core/apportion/split';
import { decimal, type Decimal } from '../../../src/core/decimal/decimal';

const KR = 100n;

/** Rows from row 3 down: party in A, key in B, amount in C. */
function rows(data: readonly [string, Decimal | null, bigint | null][]): RecheckRow[] {
  return data.map(([party, weight, amount], i) => ({
    party,
    partyCell: `A${i + 3}`,
    weight,
    weightCell: `B${i + 3}`,
    amount,
    amountCell: `C${i + 3}`,
  }));
}

function input(over: Partial<RecheckInput> & Pick<RecheckInput, 'rows'>): RecheckInput {
  return { sheet: 'Fordeling', tableRange: 'A2:C40', keyKind: 'population', unit: KR, ...over };
}

const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

/** Region Hovedstaden's 29 municipalities with one-decimal shares that sum to 99,9. */
const HOVEDSTADEN: [string, number][] = [
  ['København', 352],
  ['Frederiksberg', 55],
  ['Gentofte', 40],
  ['Gladsaxe', 37],
  ['Lyngby-Taarbæk', 29],
  ['Hvidovre', 28],
  ['Rødovre', 21],
  ['Ballerup', 26],
  ['Herlev', 15],
  ['Albertslund', 15],
  ['Glostrup', 12],
  ['Brøndby', 19],
  ['Høje-Taastrup', 29],
  ['Ishøj', 12],
  ['Vallensbæk', 9],
  ['Tårnby', 23],
  ['Dragør', 8],
  ['Furesø', 22],
  ['Rudersdal', 30],
  ['Allerød', 14],
  ['Hørsholm', 13],
  ['Egedal', 23],
  ['Frederikssund', 24],
  ['Halsnæs', 17],
  ['Gribskov', 22],
  ['Helsingør', 34],
  ['Fredensborg', 22],
  ['Hillerød', 27],
  ['Bornholm', 21],
];

describe('recheckSplit: 750.000 kr. across 29 municipalities with shares summing to 99,9', () => {
  const TOTAL = 750_000n * KR;
  // Published amounts: total x rounded share, so they sum to 99,9 % of the total.
  const table = rows(
    HOVEDSTADEN.map(([p, tenths]) => [p, decimal(tenths, 1), (TOTAL * BigInt(tenths)) / 1000n]),
  );
  const result = recheckSplit(
    input({
      rows: table,
      keyKind: 'percent',
      statedShareTotal: { value: decimal(100), cell: 'B32' },
      totalCell: 'C32',
    }),
  );

  it('builds the table the way the published one was built', () => {
    expect(HOVEDSTADEN).toHaveLength(29);
    expect(HOVEDSTADEN.reduce((s, [, t]) => s + t, 0)).toBe(999);
    expect(table.reduce((s, r) => s + (r.amount ?? 0n), 0n)).toBe(749_250n * KR);
  });

  it('finds the implied total of 750.000 kr.', () => {
    expect(result.total).toBe(TOTAL);
    expect(result.totalSource).toBe('implied');
  });

  it('reports the shares summing to 99,9 once, at the share column: the printed 100 is right', () => {
    const shares = result.findings.filter((f) => f.rule === 'shares-not-100');
    expect(shares.map((f) => f.cell)).toEqual(['B3:B31']);
    expect(shares[0]).toMatchObject({ expected: '100', actual: '99.9' });
    expect(shares[0].message.da).toMatch(/99,9\s%/);
    expect(shares[0].message.en).toMatch(/99\.9%/);
  });

  it('reports 750 kr. that nobody pays, at the total cell', () => {
    const gap = result.findings.filter((f) => f.rule === 'split-unallocated');
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({ cell: 'C32', expected: '750000', actual: '749250', related: ['C3:C31'] });
    expect(gap[0].message.da).toMatch(/749\.250\skr\..*750\.000\skr\..*: 750\skr\. er ikke fordelt/);
    expect(gap[0].message.en).toMatch(/DKK\s750 is not allocated/);
  });

  it('gives the exact split of 750.000 kr. by the key, in whole kroner', () => {
    const expected = result.expected as bigint[];
    expect(expected.reduce((s, e) => s + e, 0n)).toBe(TOTAL);
    HOVEDSTADEN.forEach(([, tenths], i) => {
      expect(expected[i] % KR).toBe(0n);
      // Within one krone of 750.000 x share / 99,9.
      const gap = expected[i] * 999n - TOTAL * BigInt(tenths);
      expect((gap < 0n ? -gap : gap) < KR * 999n).toBe(true);
      expect(result.difference[i]).toBe((table[i].amount as bigint) - expected[i]);
    });
    expect(result.exactShare[0]).toBeCloseTo(35.2 / 99.9, 12);
  });

  it('flags København, whose amount is far from its exact share, with both amounts', () => {
    const kbh = result.findings.find((f) => f.rule === 'split-mismatch' && f.cell === 'C3');
    expect(kbh).toMatchObject({ actual: '264000', expected: String((result.expected[0] as bigint) / KR) });
    expect(kbh?.message.da).toMatch(/^København: beløbet er 264\.000\skr\./);
  });
});

describe('recheckSplit: which total', () => {
  const population = [decimal(653_664), decimal(105_263), decimal(75_191)];

  it('accepts a correct split of an odd total and uses the sum', () => {
    const total = 123_456_789n;
    const s = split(total, population, 1n);
    if (!s.ok) throw new Error('split failed');
    const r = recheckSplit(
      input({ unit: 1n, rows: rows(population.map((w, i) => [`P${i}`, w, s.amounts[i]])) }),
    );
    expect(r).toMatchObject({ total, totalSource: 'sum', findings: [] });
    expect(r.difference).toEqual([0n, 0n, 0n]);
  });

  it('finds the round total that amounts rounded one by one drifted from', () => {
    const r = recheckSplit(
      input({ rows: rows(['A', 'B', 'C'].map((p) => [p, decimal(1000), 333_333n * KR])) }),
    );
    expect(r.total).toBe(1_000_000n * KR);
    expect(r.totalSource).toBe('implied');
    expect(rules(r)).toEqual(['split-unallocated']);
    expect(r.findings[0].cell).toBe('A2:C40');
    expect(r.findings[0].message.da).toMatch(/: 1\skr\. er ikke fordelt/);
  });

  it('falls back to the sum when the rows do not agree on a total', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['A', decimal(1), 100n * KR],
          ['B', decimal(1), 300n * KR],
        ]),
      }),
    );
    expect(r.total).toBe(400n * KR);
    expect(r.totalSource).toBe('sum');
    expect(r.expected).toEqual([200n * KR, 200n * KR]);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['split-mismatch', 'C3'],
      ['split-mismatch', 'C4'],
    ]);
  });

  it('uses a stated total and reports over-allocation at its cell', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['A', decimal(65), 700n * KR],
          ['B', decimal(35), 350n * KR],
        ]),
        keyKind: 'percent',
        total: { oere: 1000n * KR, cell: 'C5' },
      }),
    );
    expect(r.totalSource).toBe('stated');
    expect(r.expected).toEqual([650n * KR, 350n * KR]);
    const gap = r.findings.find((f) => f.rule === 'split-unallocated');
    expect(gap).toMatchObject({ cell: 'C5', expected: '1000', actual: '1050' });
    expect(gap?.message.da).toMatch(/50\skr\. er fordelt for meget/);
    expect(gap?.message.en).toMatch(/DKK\s50 is over-allocated/);
    expect(rules(r)).toContain('split-mismatch');
  });

  it('has no total when there are neither amounts nor a stated total', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['A', decimal(1), null],
          ['B', decimal(2), null],
        ]),
      }),
    );
    expect(r).toMatchObject({ total: null, totalSource: null, expected: [null, null], findings: [] });
  });
});

describe('recheckSplit: rounding tolerance', () => {
  it('lets an amount be off by one rounding unit but not more', () => {
    const stated = { oere: 300n * KR, cell: 'C6' };
    const ok = recheckSplit(
      input({
        total: stated,
        rows: rows([
          ['A', decimal(1), 101n * KR],
          ['B', decimal(1), 99n * KR],
          ['C', decimal(1), 100n * KR],
        ]),
      }),
    );
    expect(rules(ok)).toEqual([]);
    const off = recheckSplit(
      input({
        total: stated,
        rows: rows([
          ['A', decimal(1), 102n * KR],
          ['B', decimal(1), 98n * KR],
          ['C', decimal(1), 100n * KR],
        ]),
      }),
    );
    expect(off.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['split-mismatch', 'C3', '100', '102'],
      ['split-mismatch', 'C4', '100', '98'],
    ]);
  });

  it('names the one amount a whole unit from its quota when the amounts do not sum to the total', () => {
    // 0,184 mio. kr. for 5 % of 3,7 mio. kr., split in units of 1.000 kr.: the line that leaves 1.000 kr. out.
    const unit = 1_000n * KR;
    const r = recheckSplit(
      input({
        unit,
        total: { oere: 3_700_000n * KR, cell: 'C6' },
        rows: rows([
          ['A', decimal(50), 1_850_000n * KR],
          ['B', decimal(45), 1_665_000n * KR],
          ['C', decimal(5), 184_000n * KR],
        ]),
        keyKind: 'percent',
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['split-unallocated', 'C6', '3700000', '3699000'],
      ['split-mismatch', 'C5', '185000', '184000'],
    ]);
  });
});

describe('recheckSplit: parties and keys', () => {
  it('reports the second and later occurrences of a party, pointing at the first', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['København', decimal(5), null],
          ['Dragør', decimal(1), null],
          [' københavn ', decimal(5), null],
          ['KØBENHAVN', decimal(5), null],
        ]),
      }),
    );
    const dups = r.findings.filter((f) => f.rule === 'duplicate-party');
    expect(dups.map((f) => [f.cell, f.related])).toEqual([
      ['A5', ['A3']],
      ['A6', ['A3']],
    ]);
    expect(dups[0].message.da).toContain('A3');
  });

  it('uses the given party key to see two spellings as one party', () => {
    const key = (name: string) => (/høje.?t(aa|å)strup/i.test(name) ? 'hoeje-taastrup' : name);
    const r = recheckSplit(
      input({
        partyKey: key,
        rows: rows([
          ['Høje-Taastrup', decimal(1), null],
          ['Høje Tåstrup', decimal(1), null],
        ]),
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([['duplicate-party', 'A4']]);
  });

  it('reports zero and negative keys at their cells and gives no expected amounts', () => {
    const r = recheckSplit(
      input({
        total: { oere: 1000n * KR },
        rows: rows([
          ['A', decimal(0), 0n],
          ['B', decimal(-5), 0n],
          ['C', decimal(10), 1000n * KR],
        ]),
      }),
    );
    const bad = r.findings.filter((f) => f.rule === 'invalid-key');
    expect(bad.map((f) => [f.cell, f.actual])).toEqual([
      ['B3', '0'],
      ['B4', '-5'],
    ]);
    expect(bad[0].message.da).toMatch(/ville ikke betale noget/);
    expect(bad[1].message.en).toMatch(/negative/);
    expect(r.expected).toEqual([null, null, null]);
    expect(r.exactShare).toEqual([null, null, null]);
    expect(rules(r)).not.toContain('split-mismatch');
  });

  it('reports an empty key on the key column', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['A', null, 5n],
          ['B', null, 5n],
        ]),
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([['invalid-key', 'B3:B4']]);
  });

  it('leaves every expected amount empty when one key is missing', () => {
    const r = recheckSplit(
      input({
        rows: rows([
          ['A', decimal(1), 500n],
          ['B', null, 500n],
        ]),
      }),
    );
    expect(r.expected).toEqual([null, null]);
    expect(r.totalSource).toBe('sum');
  });
});

describe('recheckSplit: share totals', () => {
  it('reports a printed share total that is not 100 although the shares are', () => {
    const r = recheckSplit(
      input({
        keyKind: 'percent',
        rows: rows([
          ['A', decimal(655, 1), null],
          ['B', decimal(345, 1), null],
        ]),
        statedShareTotal: { value: decimal(999, 1), cell: 'B5' },
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['shares-not-100', 'B5', '100', '99.9'],
    ]);
  });

  it('says a wrong share sum once when the total row repeats it', () => {
    const r = recheckSplit(
      input({
        keyKind: 'percent',
        rows: rows([
          ['A', decimal(655, 1), null],
          ['B', decimal(344, 1), null],
        ]),
        statedShareTotal: { value: decimal(999, 1), cell: 'B5' },
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ['shares-not-100', 'B3:B4', '100', '99.9'],
    ]);
  });

  it('accepts shares that sum to 100 with a printed 100', () => {
    const r = recheckSplit(
      input({
        keyKind: 'percent',
        rows: rows([
          ['A', decimal(20), null],
          ['B', decimal(41), null],
          ['C', decimal(39), null],
        ]),
        statedShareTotal: { value: decimal(100), cell: 'B6' },
      }),
    );
    expect(r.findings).toEqual([]);
  });

  it('prints every decimal of the share sum so 99,95 is not shown as 100', () => {
    const r = recheckSplit(
      input({
        keyKind: 'percent',
        rows: rows([
          ['A', decimal(5000, 2), null],
          ['B', decimal(4995, 2), null],
        ]),
      }),
    );
    expect(r.findings[0].message.da).toMatch(/99,95\s%/);
  });
});

describe('recheckSplit: an empty amount the stated total needs (issue 19, point 9)', () => {
  const data: [string, Decimal | null, bigint | null][] = [
    ['København', decimal(2), 100n * KR],
    ['Aarhus', decimal(1), null],
    ['Odense', decimal(1), 50n * KR],
  ];
  const total = { oere: 200n * KR, cell: 'C6' };

  it('is named at the empty cell, with what the key gives it, besides the gap at the total', () => {
    const withEmpty = rows(data).map((r) => (r.amount === null ? { ...r, amountEmpty: true } : r));
    const r = recheckSplit(input({ rows: withEmpty, total, totalCell: 'C6' }));
    const missing = r.findings.filter((f) => f.rule === 'missing-value');
    expect(missing).toEqual([
      expect.objectContaining({ cell: 'C4', severity: 'error', related: ['C6'], expected: '50' }),
    ]);
    expect(missing[0].message.da).toMatch(
      /^Beløbet til Aarhus mangler, men totalen i C6 regner med det\. Efter fordelingsnøglen er det 50\skr\.$/,
    );
    expect(rules(r)).toContain('split-unallocated');
  });

  it('is not named again when the cell was unreadable (reported where it was read), nor when nothing is short', () => {
    expect(rules(recheckSplit(input({ rows: rows(data), total, totalCell: 'C6' })))).not.toContain(
      'missing-value',
    );
    const full = rows(data).map((r) =>
      r.amount === null ? { ...r, amount: 50n * KR, amountEmpty: false } : r,
    );
    expect(rules(recheckSplit(input({ rows: full, total, totalCell: 'C6' })))).not.toContain('missing-value');
  });
});
