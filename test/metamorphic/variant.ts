/**
 * One variant: a truth laid out under the transforms its seed picks, as sheets ready to write, with every
 * table's placement. Its id (truth, seed, transforms) is enough to write it again.
 */
import { applyLogical } from './logical';
import { ambiguity, planVariant, show, type Family, type Transform } from './families';
import { renderTable } from './render';
import { Rng, subSeed } from './rng';
import { lastYearsCopy, TEXT_BLOCK, TEXT_BLOCK_TABLE_ROW } from './sent-tables';
import { newSheet, put, type PlacedTable, type Pos, type SheetModel } from './sheet-model';
import type { SavedBy } from './write-xlsx';
import type { TableTruth } from './truth';
import { netBudget, randomBudget } from './truths/budget';
import { rateSplit } from './truths/rate';
import { randomCofinancing, randomSplit } from './truths/random';
import { SEED_TRUTHS } from './truths/seeds';

export interface Variant {
  readonly id: string;
  readonly truthId: string;
  readonly seed: number;
  readonly transforms: readonly Transform[];
  readonly ambiguous: string | null;
  readonly sheets: readonly SheetModel[];
  /** The truth's table first, then any table stacked beside or below it. */
  readonly tables: readonly PlacedTable[];
  /** How the file is saved (the "saved" family). */
  readonly savedBy: SavedBy;
  /** Formula cells saved without their result: Fordel must say it cannot see them. */
  readonly unseen: readonly Pos[];
}

function savedByOf(ts: readonly Transform[]): SavedBy {
  const v = ts.find((t) => t.family === 'saved')?.variant;
  return v === 'excel-shared' || v === 'libreoffice' ? v : v ? 'uncached' : 'excel';
}

export function truthById(id: string): TableTruth {
  const seed = SEED_TRUTHS.find((t) => t.id === id);
  if (seed) return seed;
  const m = /^(split|cofin|budget|netbudget|rate)-(\d+)$/.exec(id);
  if (m?.[1] === 'budget') return randomBudget(Number(m[2]));
  if (m?.[1] === 'netbudget') return netBudget(Number(m[2]));
  if (m?.[1] === 'rate') return rateSplit(Number(m[2]));
  if (m) return m[1] === 'split' ? randomSplit(Number(m[2])) : randomCofinancing(Number(m[2]));
  throw new Error(`no truth named ${id}`);
}

const CORRECT_SEEDS = SEED_TRUTHS.filter((t) => !t.planted.length);

/** `forced`: lay the truth out under these transforms instead of the ones its seed picks (`--try`). */
export function buildVariant(
  truth: TableTruth,
  seed: number,
  only?: Family,
  forced?: readonly Transform[],
): Variant {
  const plan = forced
    ? { transforms: forced, ambiguous: ambiguity(truth, forced) }
    : planVariant(truth, seed, only);
  const rng = new Rng(subSeed(seed, `layout:${truth.id}`));
  const sheet = newSheet('Ark1');
  const placement = plan.transforms.find((t) => t.family === 'placement')?.variant;
  let at = placement === 'offset' ? { r: rng.int(1, 12), c: rng.int(1, 6) } : { r: 0, c: 0 };
  // The variants added last draw from a stream of their own: the rest of the layout stays as without them.
  const fresh = new Rng(subSeed(seed, `fresh:${truth.id}`));
  // An agreement's text above, the table from row 39 on.
  if (placement === 'text-block') {
    TEXT_BLOCK.forEach((line, r) => put(sheet, { r, c: 0 }, { v: line }));
    at = { r: TEXT_BLOCK_TABLE_ROW + fresh.int(0, 3), c: 0 };
  }
  // Last year's table copied above this year's, under the same layout, from streams of its own.
  let copy: PlacedTable | undefined;
  if (placement === 'copied-twice') {
    const own = new Rng(subSeed(seed, `copy:${truth.id}`));
    const last = lastYearsCopy(truth, own);
    const lastLt = applyLogical(last, plan.transforms, own, own);
    copy = renderTable(last, lastLt, { sheet, at, transforms: plan.transforms, rng: own, fresh: own });
    at = { r: copy.area.bottom + fresh.int(2, 3), c: at.c };
  }
  const lt = applyLogical(truth, plan.transforms, rng, fresh);
  const main = renderTable(truth, lt, { sheet, at, transforms: plan.transforms, rng, fresh });
  const tables = copy ? [main, copy] : [main];
  // Another table beside this one and a third below both, none related to the others.
  if (placement === 'three-tables') {
    const [beside, below] = rng.sample(
      CORRECT_SEEDS.filter((t) => t.id !== truth.id),
      2,
    );
    const side = renderTable(beside, applyLogical(beside, [], rng), {
      sheet,
      at: { r: main.area.top, c: main.area.right + rng.int(2, 3) },
      transforms: [],
      rng,
    });
    const bottom = Math.max(main.area.bottom, side.area.bottom);
    tables.push(
      side,
      renderTable(below, applyLogical(below, [], rng), {
        sheet,
        at: { r: bottom + rng.int(2, 3), c: main.area.left },
        transforms: [],
        rng,
      }),
    );
  }
  if (placement === 'stacked' || placement === 'side-by-side') {
    const other = rng.pick(CORRECT_SEEDS.filter((t) => t.id !== truth.id));
    const at2 =
      placement === 'stacked'
        ? { r: main.area.bottom + rng.int(1, 3), c: main.area.left }
        : { r: main.area.top, c: main.area.right + rng.int(2, 3) };
    tables.push(renderTable(other, applyLogical(other, [], rng), { sheet, at: at2, transforms: [], rng }));
  }
  const names = plan.transforms.map(show).join('+') || 'identity';
  return {
    id: `${truth.id}/${seed}/${names}`,
    truthId: truth.id,
    seed,
    transforms: plan.transforms,
    ambiguous: plan.ambiguous,
    sheets: [sheet],
    tables,
    savedBy: savedByOf(plan.transforms),
    unseen: [...sheet.cells]
      .filter(([, c]) => c.uncached)
      .map(([k]) => ({ r: Number(k.split(',')[0]), c: Number(k.split(',')[1]) })),
  };
}
