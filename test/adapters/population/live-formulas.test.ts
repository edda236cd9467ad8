/**
 * The live split table's formulas, recalculated by LibreOffice, give the core's exact largest-remainder
 * split for many totals: the total cell is changed after the table was made, and every amount must
 * still be what apportion/split.ts gives for the new total (ties, residual øre and all). One workbook
 * with many tables, one conversion. Skipped (with a message) only where LibreOffice is missing.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decimal, type Decimal } from '../../../src/core/decimal/decimal';
import { makeNewSplit, type NewSplitKey } from '../../../src/core/population/new-split';
import { selectParties } from '../../../src/core/population/select-parties';
import { planSplitTable } from '../../../src/core/population/table-plan';
import { newBook, type NewCell } from '../../../src/adapters/xlsx/new-book';
import { makeTempDir, removeDir } from '../../support/xlsx-fixtures';

function findSoffice(): string | null {
  const found = spawnSync('which', ['soffice'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}
const soffice = findSoffice();
const maybe = soffice ? it : it.skip;
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the live formula test.');

interface Case {
  parties: string[];
  key: NewSplitKey;
  unit: bigint;
  /** The total the table is made with, and the one typed into its total cell afterwards (øre). */
  made: bigint;
  typed: bigint;
}

/** A small deterministic generator, so a failure can be rerun. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function cases(): Case[] {
  const next = rng(24);
  const out: Case[] = [];
  const key2026: NewSplitKey = { kind: 'population', date: '2026-01-01' };
  const key2025: NewSplitKey = { kind: 'population', date: '2025-01-01' };
  const units = [100n, 1n, 100_000n];
  for (let i = 0; i < 24; i++) {
    const unit = units[i % 3];
    const typedUnits = BigInt(Math.floor(next() * 10 ** (3 + (i % 7)))) + 1n;
    // Every third total is not a whole number of units: the residual goes to the next party in line.
    const residual = i % 3 === 0 && unit > 1n ? BigInt(Math.floor(next() * Number(unit))) : 0n;
    out.push({
      parties: [i % 12 === 0 ? 'alle' : 'Region Hovedstaden'],
      key: i % 2 ? key2025 : key2026,
      unit,
      made: 75_000_000n,
      typed: typedUnits * unit + residual,
    });
  }
  // Ties: equal shares (a three-way tie), and 20/41/39 and decimals in the key.
  const pct = (xs: number[]): Decimal[] => xs.map((x) => decimal(Math.round(x * 10), 1));
  for (const typed of [10_000n, 10_100n, 10_200n, 99_999_900n, 1n * 100n, 700n]) {
    out.push({ parties: ['A, B, C'], key: { kind: 'equal' }, unit: 100n, made: 100n, typed });
    out.push({
      parties: ['Universiteter, Regioner, Kommuner'],
      key: { kind: 'weights', weights: pct([20, 41, 39]), percent: true },
      unit: 100n,
      made: 1_750_000_000n,
      typed: typed * 7n + 300n,
    });
    out.push({
      parties: ['P, Q, R, S'],
      key: { kind: 'weights', weights: pct([34.6, 5.5, 0.8, 2.3]), percent: false },
      unit: 100n,
      made: 100_000n,
      typed: typed * 3n,
    });
  }
  return out;
}

describe('live split formulas in LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-live-');
  });
  afterAll(() => removeDir(dir));

  maybe(
    'give the exact split for every total typed into the table',
    async () => {
      // Written by Fordel's own writer, as `split --out --formulas` writes it.
      const cells: NewCell[] = [];
      const expected: { top: number; amountCol: number; amounts: bigint[] }[] = [];
      let top = 0;
      for (const c of cases()) {
        const sel = selectParties(c.parties, c.key.kind !== 'population');
        if (!sel.ok) throw new Error('selection');
        const made = makeNewSplit(c.made, sel.parties, c.key, c.unit);
        const wanted = makeNewSplit(c.typed, sel.parties, c.key, c.unit);
        if (!made.ok || !wanted.ok) throw new Error(`split: ${JSON.stringify(c.parties)}`);
        const plan = planSplitTable(made.split, 'da', true, { top, left: 0 });
        const total = plan.totalCell;
        for (const cell of plan.cells) {
          const isTotal = cell.row === total.row && cell.col === total.col;
          cells.push({
            ...cell,
            row: top + cell.row,
            // The user types a new total.
            ...(isTotal ? { value: Number(c.typed) / 100, formula: undefined } : {}),
            // Two decimals and no grouping: the CSV holds every øre and no locale's separators.
            numFmt: cell.col === total.col && cell.row > 0 ? '0.00' : cell.numFmt,
          });
        }
        expected.push({
          top,
          amountCol: plan.totalCell.col,
          amounts: wanted.split.rows.map((r) => r.amount),
        });
        top += plan.rows + 1;
      }
      const file = path.join(dir, 'live.xlsx');
      await fs.writeFile(file, newBook([{ name: 'Fordeling', cells }], { calculateOnOpen: true }));
      const run = spawnSync(
        soffice!,
        [
          // One profile kept between runs: a fresh one costs LibreOffice most of its start.
          `-env:UserInstallation=${pathToFileURL(path.join(os.tmpdir(), 'fordel-lo-profile')).href}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status).toBe(0);
      const lines = (await fs.readFile(path.join(dir, 'live.csv'), 'utf8')).split(/\r?\n/);
      let checked = 0;
      for (const e of expected) {
        e.amounts.forEach((oere, i) => {
          const field = csvFields(lines[e.top + 1 + i])[e.amountCol];
          expect(`${e.top + 2 + i}: ${toOere(field)}`).toBe(`${e.top + 2 + i}: ${oere}`);
          checked++;
        });
      }
      expect(checked).toBeGreaterThan(500);
    },
    180_000,
  );
});

function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** "258734" or "5575.43" (as LibreOffice writes the unformatted value) in øre. */
function toOere(s: string): bigint {
  const m = /^(-?\d+)(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return -1n;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}
