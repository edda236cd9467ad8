/**
 * Which variants a run holds, and one variant written, checked and judged. Pure enough to run in a worker.
 */
import { checkBytes } from './check';
import { Rng, subSeed } from './rng';
import { buildCorpusVariant, judgeCorpusVariant, type CorpusVariant } from './corpus-variant';
import { buildKpiVariant } from './kpi-variant';
import { CORPUS_TRUTHS } from './truths/corpus';
import { FAMILIES, show, type Family, type Transform } from './families';
import { judge, type Breakage, type Outcome } from './judge';
import { SEED_TRUTHS } from './truths/seeds';
import { buildVariant, truthById, type Variant } from './variant';
import { workbookBytes } from './write-xlsx';

export interface VariantSpec {
  readonly truthId: string;
  readonly seed: number;
  /** Only this family varies (the report's single-family rows). */
  readonly only?: Family;
  /** Lay out under these transforms instead of the seed's pick ("--try"). */
  readonly forced?: readonly Transform[];
  /** A target list's layout, named as in its id ("dates:long+targets:qualified ..."), for `--try`. */
  readonly layout?: string;
}

export interface VariantResult {
  readonly id: string;
  readonly truthId: string;
  readonly seed: number;
  readonly kind: string;
  readonly origin: string;
  readonly families: readonly string[];
  readonly outcome: Outcome;
  readonly unsureAllowed?: boolean;
  readonly breakages: readonly Breakage[];
  readonly problems: readonly string[];
  readonly notRead: boolean;
  readonly ms: number;
}

/** The variants of a run: seed truths, generated splits, generated co-financing tables and corpus cases in turn. */
export function specsFor(firstSeed: number, count: number): VariantSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = firstSeed + i;
    const pick = seed % 4;
    const truthId =
      pick === 0
        ? SEED_TRUTHS[Math.floor(seed / 4) % SEED_TRUTHS.length].id
        : pick === 1
          ? splitOrRate(seed)
          : pick === 2
            ? `cofin-${seed}`
            : `corpus:${CORPUS_TRUTHS[Math.floor(seed / 4) % CORPUS_TRUTHS.length].id}`;
    return { truthId, seed };
  });
}

/** Share of the split slots that take a split by a rate per inhabitant, drawn apart so the others stay. */
const RATE_SHARE = 0.2;
const splitOrRate = (seed: number): string =>
  new Rng(subSeed(seed, 'rate-slot')).chance(RATE_SHARE) ? `rate-${seed}` : `split-${seed}`;

/** Generated budgets (issue 22), a stream of their own so the mixed sample above keeps its variants. */
export function budgetSpecsFor(firstSeed: number, count: number): VariantSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    truthId: `budget-${firstSeed + i}`,
    seed: firstSeed + i,
  }));
}

/** Budgets of one year as "Udgifter | Indtægter | Netto" (truths/budget.ts), a stream of their own. */
export function netBudgetSpecsFor(firstSeed: number, count: number): VariantSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    truthId: `netbudget-${firstSeed + i}`,
    seed: firstSeed + i,
  }));
}

/** The fixed sample of budgets the jest test runs. */
export const BUDGET_SAMPLE = { firstSeed: 1, count: 120 } as const;

const isCorpus = (spec: VariantSpec): boolean => spec.truthId.startsWith('corpus:');
export const isKpi = (spec: VariantSpec): boolean => spec.truthId.startsWith('kpi-');

/** Generated target lists (kpi-variant.ts), a stream of their own like the budgets. */
export function kpiSpecsFor(firstSeed: number, count: number): VariantSpec[] {
  return Array.from({ length: count }, (_, i) => ({ truthId: `kpi-${firstSeed + i}`, seed: firstSeed + i }));
}

/** The fixed sample of target lists the jest test runs. */
export const KPI_SAMPLE = { firstSeed: 1, count: 150 } as const;

/** A corpus case or a generated target list, as the corpus's evaluation judges it. */
function caseVariant(spec: VariantSpec): CorpusVariant {
  return isKpi(spec)
    ? buildKpiVariant(spec.seed, spec.layout)
    : buildCorpusVariant(spec.truthId.slice('corpus:'.length), spec.seed);
}

/** The fixed sample the jest ratchet runs. */
export const SAMPLE = { firstSeed: 1, count: 300 } as const;

/** A variant's id and workbook, for writing a broken one to disk. */
export function variantFile(spec: VariantSpec): { id: string; bytes: Buffer } {
  if (isCorpus(spec) || isKpi(spec)) {
    const v = caseVariant(spec);
    return { id: v.id, bytes: workbookBytes(v.sheets) };
  }
  const { variant, bytes } = materialise(spec);
  return { id: variant.id, bytes };
}

export function materialise(spec: VariantSpec): { variant: Variant; bytes: Buffer } {
  const variant = buildVariant(truthById(spec.truthId), spec.seed, spec.only, spec.forced);
  return { variant, bytes: workbookBytes(variant.sheets, variant.savedBy) };
}

export function evaluateSpec(spec: VariantSpec): VariantResult {
  const t0 = performance.now();
  if (isCorpus(spec) || isKpi(spec)) {
    const v = caseVariant(spec);
    const j = judgeCorpusVariant(v);
    return {
      id: v.id,
      truthId: spec.truthId,
      seed: spec.seed,
      kind: v.kind,
      origin: isKpi(spec) ? 'random' : 'corpus',
      families: v.families,
      outcome: j.outcome,
      unsureAllowed: j.unsureAllowed,
      breakages: j.breakages,
      problems: j.problems,
      notRead: j.notRead,
      ms: performance.now() - t0,
    };
  }
  const { variant } = materialise(spec);
  const truth = variant.tables[0].truth;
  let j;
  try {
    j = judge(
      variant.tables,
      checkBytes(workbookBytes(variant.sheets, variant.savedBy)),
      variant.ambiguous,
      variant.unseen,
    );
  } catch (e) {
    j = {
      outcome: 'broken' as const,
      breakages: ['missed error' as const],
      problems: [`kontrollen fejlede: ${(e as Error).message}`],
      notRead: true,
    };
  }
  return {
    id: variant.id,
    truthId: spec.truthId,
    seed: spec.seed,
    kind: truth.kind,
    origin: truth.origin,
    families: variant.transforms.map((t) => t.family),
    outcome: j.outcome,
    unsureAllowed: 'unsureAllowed' in j ? j.unsureAllowed : undefined,
    breakages: j.breakages,
    problems: j.problems,
    notRead: j.notRead,
    ms: performance.now() - t0,
  };
}

export const transformNames = (v: Variant): string => v.transforms.map(show).join('+');
export { FAMILIES };
