/**
 * Which variants a run holds, and one variant written, checked and judged. Pure enough to run in a worker.
 */
import { checkBytes } from './check';
import { FAMILIES, show, type Family } from './families';
import { judge, type Breakage, type Outcome } from './judge';
import { SEED_TRUTHS } from './truths/seeds';
import { buildVariant, truthById, type Variant } from './variant';
import { workbookBytes } from './write-xlsx';

export interface VariantSpec {
  readonly truthId: string;
  readonly seed: number;
  /** Only this family varies (the report's single-family rows). */
  readonly only?: Family;
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

/** The variants of a run: seed truths, generated splits and generated co-financing tables in turn. */
export function specsFor(firstSeed: number, count: number): VariantSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = firstSeed + i;
    const pick = seed % 3;
    const truthId =
      pick === 0
        ? SEED_TRUTHS[Math.floor(seed / 3) % SEED_TRUTHS.length].id
        : pick === 1
          ? `split-${seed}`
          : `cofin-${seed}`;
    return { truthId, seed };
  });
}

/** The fixed sample the jest ratchet runs. */
export const SAMPLE = { firstSeed: 1, count: 300 } as const;

export function materialise(spec: VariantSpec): { variant: Variant; bytes: Buffer } {
  const variant = buildVariant(truthById(spec.truthId), spec.seed, spec.only);
  return { variant, bytes: workbookBytes(variant.sheets) };
}

export function evaluateSpec(spec: VariantSpec): VariantResult {
  const t0 = performance.now();
  const { variant } = materialise(spec);
  const truth = variant.tables[0].truth;
  let j;
  try {
    j = judge(variant.tables, checkBytes(workbookBytes(variant.sheets)), variant.ambiguous);
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
