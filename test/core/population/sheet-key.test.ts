/** A new split by a key column read from a sheet: the range, the names beside it, and what is refused. */
import fc from 'fast-check';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { makeNewSplit } from '../../../src/core/population/new-split';
import { parseKeyRef, readSheetKey } from '../../../src/core/population/sheet-key';
import { selectParties } from '../../../src/core/population/select-parties';
import { largestRemainder } from '../../support/largest-remainder';

const sheet = (rows: RawValue[][], name = 'Nøgler') => gridFromRows(name, rows);

const AREAS: RawValue[][] = [
  ['Fælles kontor: fordeling efter kvadratmeter'],
  ['Part', 'Kvadratmeter'],
  ['Gentofte', 120.5],
  ['Gladsaxe', 80],
  ['Lyngby-Taarbæk', '99,5'],
  ['I alt', 300],
];

describe('the reference to a key column', () => {
  it('reads a range with or without its sheet, quoted names and Excel Table columns', () => {
    expect(parseKeyRef('Ark1!B2:B30')).toEqual({
      sheet: 'Ark1',
      range: { top: 1, left: 1, bottom: 29, right: 1 },
    });
    expect(parseKeyRef("'Mit ark'!$B$2:$B$30")?.sheet).toBe('Mit ark');
    expect(parseKeyRef('B2:B30')?.sheet).toBeNull();
    expect(parseKeyRef('Areal[Kvadratmeter]')).toEqual({
      sheet: null,
      table: { name: 'Areal', column: 'Kvadratmeter' },
    });
    expect(parseKeyRef('befolkning')).toEqual({ sheet: null, table: { name: 'befolkning', column: null } });
    expect(parseKeyRef('20/41/39')).toBeNull();
    expect(parseKeyRef('Ark1!')).toBeNull();
  });
});

describe('a key column read from a sheet', () => {
  it('takes the heading from the first row and the names from the column to the left', () => {
    const r = readSheetKey([sheet(AREAS)], 'Nøgler!B2:B5');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.key.names).toEqual(['Gentofte', 'Gladsaxe', 'Lyngby-Taarbæk']);
    expect(r.key.header).toBe('Kvadratmeter');
    expect(r.key.weights.map((w) => [w.digits, w.scale])).toEqual([
      [1205n, 1],
      [80n, 0],
      [995n, 1],
    ]);
    expect(r.key.where).toBe("'Nøgler'!A3:B5");
  });

  it('refuses an "I alt" row in the range, naming its cell, rather than counting it as a party', () => {
    const r = readSheetKey([sheet(AREAS)], 'Nøgler!A3:B6');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].da).toBe(
      "'Nøgler'!A6 »I alt« er en totalrække, ikke en part; vælg kun parternes rækker.",
    );
  });

  it('refuses an empty, zero, negative or unreadable key cell, naming each', () => {
    const rows = AREAS.slice(0, 5).map((r) => [...r]);
    rows[2][1] = null;
    rows[3][1] = -80;
    rows[4][1] = 'ca. hundrede';
    rows.push(['Furesø', 0]);
    const r = readSheetKey([sheet(rows)], 'Nøgler!B3:B6');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.da)).toEqual([
      "'Nøgler'!B3 (»Gentofte«) er tom; nøglen skal have et tal for hver part.",
      "'Nøgler'!B4 (»Gladsaxe«) er negativ; en nøgle kan ikke være negativ.",
      "'Nøgler'!B5 (»Lyngby-Taarbæk«) kan ikke læses som et tal.",
      "'Nøgler'!B6 (»Furesø«) er 0; en part med nøglen 0 får intet, så den hører ikke med i fordelingen.",
    ]);
  });

  it('reads one chosen cell as the column from it down, leaving out the total row below', () => {
    const r = readSheetKey([sheet(AREAS)], 'Nøgler!B2');
    expect(r.ok && r.key.names).toEqual(['Gentofte', 'Gladsaxe', 'Lyngby-Taarbæk']);
    expect(r.ok && r.key.header).toBe('Kvadratmeter');
    expect(r.ok && r.key.where).toBe("'Nøgler'!A3:B5");
    const first = readSheetKey([sheet(AREAS)], 'Nøgler!B4');
    expect(first.ok && first.key.names).toEqual(['Gladsaxe', 'Lyngby-Taarbæk']);
    // A party whose key is missing is not cut off: it is named.
    const gap = AREAS.map((r) => [...r]);
    gap[3][1] = null;
    const r2 = readSheetKey([sheet(gap)], 'Nøgler!B2');
    expect(!r2.ok && r2.problems[0].da).toBe(
      "'Nøgler'!B4 (»Gladsaxe«) er tom; nøglen skal have et tal for hver part.",
    );
  });

  it('gives no names for a key column with nothing beside it, so the parties must be given', () => {
    const r = readSheetKey([sheet([[10], [30], [60]], 'Ark1')], 'A1:A3');
    expect(r.ok && r.key.names).toBeNull();
    expect(r.ok && r.key.weights.map((w) => w.digits)).toEqual([10n, 30n, 60n]);
  });

  it('reads an Excel Table column by its name', () => {
    const grid = {
      ...sheet(
        [
          [null, 'Enhed', 'Areal'],
          [null, 'Kantine', 10],
          [null, 'Reception', 30],
          [null, 'Kontor', 60],
        ],
        'Mit ark',
      ),
      tables: [
        {
          name: 'Areal',
          range: { top: 0, left: 1, bottom: 3, right: 2 },
          showTotals: false,
          filtered: false,
        },
      ],
    };
    const r = readSheetKey([sheet(AREAS), grid], 'areal[Areal]');
    expect(r.ok && r.key.names).toEqual(['Kantine', 'Reception', 'Kontor']);
    expect(r.ok && r.key.header).toBe('Areal');
    expect(readSheetKey([grid], 'Areal[Pris]').ok).toBe(false);
    expect(readSheetKey([grid], 'Budget').ok).toBe(false);
  });

  it('splits exactly by the key it read, as an independent largest-remainder method does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.bigInt({ min: 1n, max: 1_000_000_000n }),
        fc.boolean(),
        (tenths, units, asText) => {
          // One decimal, as a number or as Danish text ("1.234,5"): the exact key is tenths.
          const cell = (t: number): RawValue =>
            asText
              ? `${Math.floor(t / 10).toLocaleString('da-DK')},${t % 10}`
              : Number(`${Math.floor(t / 10)}.${t % 10}`);
          const rows: RawValue[][] = [['Part', 'Nøgle'], ...tenths.map((t, i) => [`Part ${i + 1}`, cell(t)])];
          const read = readSheetKey([sheet(rows, 'Ark1')], `Ark1!B1:B${rows.length}`);
          if (!read.ok) return false;
          const parties = selectParties([...read.key.names!], true);
          if (!parties.ok) return false;
          const made = makeNewSplit(units * 100n, parties.parties, {
            kind: 'weights',
            weights: read.key.weights,
            percent: false,
          });
          if (!made.ok) return false;
          const expected = largestRemainder(units, tenths.map(BigInt)).map((kr) => kr * 100n);
          expect(made.split.rows.map((r) => r.amount)).toEqual(expected);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});
