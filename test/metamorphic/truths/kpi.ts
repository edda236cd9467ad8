/**
 * Target lists (resultatmål) with known truth: each target's kind, direction, baseline, target, deadline and
 * result, and the verdict a careful colleague gives it on the day the corpus is judged (24 November 2026).
 * Verdicts are drawn first and the figures made to fit them with a wide margin, so that no verdict hangs on how
 * the straight line from baseline to target is drawn (from the start or the end of the baseline year): a target
 * "at risk" has made at most a fifth of its way, one "on track" at least nine tenths. All figures are in tenths
 * (integers), so the truth stays exact. The layout a list arrives in is drawn with it (what the list needs: a
 * baseline column when a target is behind the line, deadlines on 31 December when only years are written).
 */
import { Rng, subSeed } from '../rng';

/** count: "1.500"; pct: "50 %"; pp: "10 procentpoint"; score: NPS or a 1-5 scale; relative: "10 % stigning"; range: "90-95 %". */
export type KpiKind = 'count' | 'pct' | 'pp' | 'score' | 'relative' | 'range';
export type KpiVerdict = 'met' | 'not-met' | 'at-risk' | 'none';

export interface Deadline {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface KpiTarget {
  readonly name: string;
  readonly kind: KpiKind;
  /** Lower is better (CO2, waiting time): said by the name's verb, by "højst" before the target, or a Retning column. */
  readonly lower: boolean;
  readonly lowerSaid?: 'name' | 'qualifier';
  /** In tenths; none when the list leaves the baseline blank. */
  readonly baseline?: number;
  /** In tenths: the level to reach (a range's lower bound; a relative target's level, baseline times the rise). */
  readonly target: number;
  readonly rangeTop?: number;
  /** "10 % stigning": 10. */
  readonly rise?: number;
  /** A count's whole unit in tenths (10) or a scale's tenth (1). */
  readonly deadline: Deadline;
  /** In tenths; none when the result is awaited. */
  readonly result?: number;
  readonly awaited?: 'afventer' | 'dash' | 'blank';
  readonly verdict: KpiVerdict;
  /** Another verdict a careful colleague may give: "at risk" for a target due later with no baseline to draw the line from. */
  readonly orVerdict?: KpiVerdict;
  readonly role: 'target' | 'gross' | 'sub';
  /** A problem a colleague reports on this row (beyond its verdict). */
  readonly planted?: 'kpi-subtargets-mismatch' | 'kpi-missing-baseline';
  /** Scale targets and results carry one decimal ("4,5"). */
  readonly decimals: 0 | 1;
}

/** How the list is laid out: each choice is part of the variant's id ("dates:long+targets:qualified ..."). */
export interface KpiLayout {
  /** in-head: no deadline column, the year in the target's head ("Mål 2027"), one deadline for all. */
  readonly dates: 'dotted' | 'long' | 'excel' | 'year' | 'mixed' | 'ultimo' | 'in-head';
  /** unit-col: an Enhed column ("%", "antal", "pct.-point") and bare numbers, shares as 50 (or as 0,5: -fraction). */
  readonly targets:
    'numbers' | 'text' | 'qualified' | 'pct-word' | 'pct-cells' | 'unit-col' | 'unit-col-fraction';
  readonly baseline: 'none' | 'one-col' | 'two-cols';
  readonly extra: readonly ('direction' | 'deviation' | 'status' | 'method')[];
  readonly notes: readonly ('title' | 'below' | 'footnote' | 'blank-after-header')[];
  readonly head: 'plain' | 'synonyms';
  readonly offset: boolean;
  readonly subs: 'none' | 'heraf' | 'indent';
}

export interface KpiTruth {
  readonly id: string;
  readonly seed: number;
  readonly title: string;
  readonly baselineYear: number;
  readonly layout: KpiLayout;
  readonly targets: readonly KpiTarget[];
}

export const AS_OF = { y: 2026, m: 11, d: 24 } as const;
const PASSED: readonly Deadline[] = [
  { y: 2025, m: 12, d: 31 },
  { y: 2026, m: 6, d: 30 },
];
const OPEN: readonly Deadline[] = [
  { y: 2027, m: 12, d: 31 },
  { y: 2028, m: 12, d: 31 },
];
export const passed = (d: Deadline): boolean =>
  d.y * 10_000 + d.m * 100 + d.d < AS_OF.y * 10_000 + AS_OF.m * 100 + AS_OF.d;

const HIGHER_COUNTS = [
  'Antal 1-1 vejledninger af iværksættere',
  'Virksomheder i vækstforløb',
  'Deltagere i forløb for unge iværksættere',
  'Nye praktikpladser i kommunens institutioner',
  'Borgere i jobrettet forløb',
  'Opsøgte start-up miljøer',
  'Abonnenter på nyhedsbrev',
];
const LOWER_COUNTS: readonly [string, string][] = [
  ['CO2-udledning fra kommunens bilpark (ton)', 'CO2-udledningen fra kommunens bilpark reduceres (ton)'],
  ['Sagsbehandlingstid på byggesager (dage)', 'Sagsbehandlingstiden på byggesager nedbringes (dage)'],
  ['Arbejdsulykker pr. år', 'Antallet af arbejdsulykker reduceres'],
  ['Ventetid på genoptræning (dage)', 'Ventetiden på genoptræning nedbringes (dage)'],
];
const HIGHER_PCTS = [
  'Kendskabsgraden blandt små virksomheder øges',
  'Andel virksomheder der anvender henvisningen',
  'Andel borgere der er tilfredse med sagsbehandlingen',
  'Andel elever der fuldfører en ungdomsuddannelse',
];
const LOWER_PCTS: readonly [string, string][] = [
  [
    'Andel unge under 25 år uden job eller uddannelse',
    'Andelen af unge under 25 år uden job eller uddannelse reduceres',
  ],
  ['Sygefravær blandt medarbejdere (pct.)', 'Sygefraværet blandt medarbejdere nedbringes (pct.)'],
];
const PP_NAMES = ['Mervækst i omsætning ift. kontrolgruppe', 'Mervækst i beskæftigelse ift. kontrolgruppe'];
const RELATIVE_NAMES = ['Organiske visninger af nyhedsbreve', 'Besøgende på erhvervshusets hjemmeside'];
const RANGE_NAMES = ['Andel regninger betalt til tiden', 'Svar på henvendelser inden for 5 hverdage'];
const GROSS = 'Før-startere, iværksættere og virksomheder i alt (brutto)';
const SUBS = [
  '1-1 vejledninger',
  'kortere orienterende vejledninger',
  'deltagere i events',
  'deltagere i forløb og programmer',
];

const roundTo = (v: number, step: number): number => Math.round(v / step) * step;

/**
 * Layout choices written but not drawn yet: they break target lists of the fixed sample until the reading takes
 * them (/work/briefs8/found-by-generator.md). `--try 'kpi-S/S/dates:in-head+...'` lays them out.
 */
export const KPI_HELD_BACK: readonly string[] = ['dates:in-head'];

/** The layout a seed draws; `forced` names the choices to take instead ("dates:long", "extra:status,deviation"). */
export function drawLayout(rng: Rng, forced: Readonly<Record<string, string>> = {}, later?: Rng): KpiLayout {
  const one = <T extends string>(name: string, xs: readonly T[]): T =>
    (forced[name] as T | undefined) ?? rng.pick(xs);
  const some = <T extends string>(name: string, xs: readonly T[], p: number): T[] =>
    forced[name] !== undefined
      ? (forced[name].split(',').filter((x) => x && x !== 'none') as T[])
      : xs.filter(() => rng.chance(p));
  let dates: KpiLayout['dates'] = one('dates', [
    'dotted',
    'long',
    'excel',
    'year',
    'mixed',
    'ultimo',
  ] as const);
  let targets: KpiLayout['targets'] = one('targets', [
    'numbers',
    'text',
    'qualified',
    'pct-word',
    'pct-cells',
  ] as const);
  // Added later, from a stream of their own, so that the lists drawn before keep their layout; not while held back.
  const drawn = (name: string, x: string): boolean =>
    forced[name] === undefined && !KPI_HELD_BACK.includes(`${name}:${x}`);
  if (later?.chance(0.15) && drawn('dates', 'in-head')) dates = 'in-head';
  if (later?.chance(0.15)) {
    const style = later.chance(0.5) ? 'unit-col' : 'unit-col-fraction';
    if (drawn('targets', style)) targets = style;
  }
  return {
    dates,
    targets,
    baseline: one('baseline', ['none', 'one-col', 'one-col', 'two-cols'] as const),
    extra: some('extra', ['direction', 'deviation', 'status', 'method'] as const, 0.3),
    notes: some('notes', ['title', 'below', 'footnote', 'blank-after-header'] as const, 0.3),
    head: one('head', ['plain', 'synonyms'] as const),
    offset: (forced.offset ?? (rng.chance(0.3) ? 'yes' : 'no')) === 'yes',
    subs: one('subs', ['none', 'none', 'heraf', 'indent'] as const),
  };
}

/** The layout as the last part of a variant id. */
export function layoutName(l: KpiLayout): string {
  return [
    `dates:${l.dates}`,
    `targets:${l.targets}`,
    `baseline:${l.baseline}`,
    `extra:${l.extra.join(',') || 'none'}`,
    `notes:${l.notes.join(',') || 'none'}`,
    `head:${l.head}`,
    `offset:${l.offset ? 'yes' : 'no'}`,
    `subs:${l.subs}`,
  ].join('+');
}

export function parseLayout(name: string): Record<string, string> {
  return Object.fromEntries(name.split('+').map((p) => [p.split(':')[0], p.split(':').slice(1).join(':')]));
}

type Plan = 'met' | 'not-met' | 'at-risk' | 'on-track' | 'awaited';

/** A target list for a seed, laid out as drawn (or as `forced` names). */
export function kpiTruth(seed: number, forced: Readonly<Record<string, string>> = {}): KpiTruth {
  const rng = new Rng(subSeed(seed, 'kpi'));
  const layout = drawLayout(
    new Rng(subSeed(seed, 'kpi-layout')),
    forced,
    new Rng(subSeed(seed, 'kpi-layout-2')),
  );
  const baselineYear = rng.pick([2024, 2025]);
  const hasBaseline = layout.baseline !== 'none';
  // A year written alone is the year's end: only deadlines on 31 December then.
  const yearsOnly = layout.dates === 'year' || layout.dates === 'ultimo' || layout.dates === 'in-head';
  const passedDates = yearsOnly ? PASSED.filter((d) => d.m === 12) : PASSED;
  // One deadline for every target when its year is in the target's head.
  const fixed =
    layout.dates === 'in-head'
      ? new Rng(subSeed(seed, 'kpi-deadline')).pick([passedDates[0], OPEN[0]])
      : undefined;
  const targets: KpiTarget[] = [];
  const n = rng.int(3, 6);
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = drawTarget(rng, layout, hasBaseline, passedDates, used, fixed);
    if (t) targets.push(t);
  }
  if (layout.subs !== 'none')
    targets.splice(rng.int(0, targets.length), 0, ...subTargets(rng, layout, passedDates, fixed));
  return {
    id: `kpi-${seed}`,
    seed,
    title: rng.pick([
      'Resultatmål for erhvervshuset 2026-2027',
      'Resultatkontrakt 2026: mål og status',
      'Effektmål i strategien, status pr. 24. november 2026',
    ]),
    baselineYear,
    layout,
    targets,
  };
}

function drawTarget(
  rng: Rng,
  layout: KpiLayout,
  hasBaseline: boolean,
  passedDates: readonly Deadline[],
  used: Set<string>,
  fixed?: Deadline,
): KpiTarget | null {
  const kinds: KpiKind[] = ['count', 'count', 'pct', 'pct', 'pp', 'score'];
  if (hasBaseline) kinds.push('relative');
  if (layout.targets !== 'pct-cells') kinds.push('range');
  const kind = rng.pick(kinds);
  // Behind the line or on track needs a baseline and its year; a relative target needs its baseline.
  const plans: Plan[] = ['met', 'met', 'not-met', 'not-met', 'awaited'];
  if (['count', 'pct', 'relative'].includes(kind) && hasBaseline)
    plans.push('at-risk', 'at-risk', 'on-track');
  if (['count', 'pct'].includes(kind)) plans.push('on-track');
  let plan = rng.pick(plans);
  let open = plan === 'at-risk' || plan === 'on-track' || (plan !== 'not-met' && rng.chance(0.3));
  // One deadline for all: only the verdicts it allows (not met only when passed, behind the line only when not).
  if (fixed) {
    open = !passed(fixed);
    if (open ? plan === 'not-met' : plan === 'at-risk' || plan === 'on-track') return null;
  }
  const deadline = fixed ?? (open ? rng.pick(OPEN) : rng.pick(passedDates));
  const lower = (kind === 'count' || kind === 'pct') && rng.chance(0.35);
  const lowerSaid: KpiTarget['lowerSaid'] = lower
    ? layout.targets === 'qualified' || rng.chance(0.3)
      ? 'qualifier'
      : 'name'
    : undefined;
  let name: string;
  if (kind === 'count')
    name = lower ? rng.pick(LOWER_COUNTS)[lowerSaid === 'name' ? 1 : 0] : rng.pick(HIGHER_COUNTS);
  else if (kind === 'pct')
    name = lower ? rng.pick(LOWER_PCTS)[lowerSaid === 'name' ? 1 : 0] : rng.pick(HIGHER_PCTS);
  else if (kind === 'pp') name = rng.pick(PP_NAMES);
  else if (kind === 'relative') name = rng.pick(RELATIVE_NAMES);
  else if (kind === 'range') name = rng.pick(RANGE_NAMES);
  else
    name = rng.chance(0.5)
      ? 'Net Promoter Score, specialiseret vejledning'
      : 'Tilfredshed med forløbet (skala 1-5)';
  if (used.has(name)) return null;
  used.add(name);
  const decimals: 0 | 1 = name.includes('skala') ? 1 : 0;
  const unit = decimals ? 1 : 10;

  // Target and baseline, in tenths.
  let target: number;
  let baseline: number | undefined;
  let rise: number | undefined;
  let rangeTop: number | undefined;
  if (kind === 'count') {
    target = rng.int(10, 200) * 100;
    baseline = lower
      ? roundTo(target * (1.2 + rng.next() * 0.4), 100)
      : roundTo(target * (0.5 + rng.next() * 0.3), 100);
  } else if (kind === 'pct') {
    target = lower ? rng.int(5, 20) * 10 : rng.int(40, 90) * 10;
    baseline = lower ? target + rng.int(4, 10) * 10 : target - rng.int(8, 20) * 10;
  } else if (kind === 'pp') {
    target = rng.pick([5, 10, 12]) * 10;
  } else if (kind === 'relative') {
    baseline = rng.int(20, 300) * 1000;
    rise = rng.pick([10, 15, 20]);
    target = (baseline * (100 + rise)) / 100;
  } else if (kind === 'range') {
    target = rng.int(85, 92) * 10;
    rangeTop = target + 50;
  } else {
    target = decimals ? rng.pick([42, 45]) : rng.pick([60, 65, 70]) * 10;
  }
  // The baseline is written only where the list has a column for it; a target that needs none may leave it blank.
  const needsBaseline = plan === 'at-risk' || plan === 'on-track' || kind === 'relative';
  const missingBaseline = kind === 'relative' && hasBaseline && rng.chance(0.25);
  if (!hasBaseline || (!needsBaseline && rng.chance(0.4)) || missingBaseline) baseline = undefined;
  // A relative target without its baseline has a result but no verdict: only its figures are drawn.
  if (missingBaseline && (plan === 'at-risk' || plan === 'on-track')) plan = 'met';

  const sign = lower ? -1 : 1;
  const margin = (p: number): number => Math.max(unit, roundTo(target * p, unit));
  let result: number | undefined;
  let verdict: KpiVerdict;
  let awaited: KpiTarget['awaited'];
  if (plan === 'met') {
    result =
      kind === 'range' ? target + rng.int(1, 4) * 10 : target + sign * margin(0.03 + rng.next() * 0.07);
    verdict = 'met';
  } else if (plan === 'not-met') {
    result = target - sign * margin(0.06 + rng.next() * 0.1);
    verdict = 'not-met';
  } else if (plan === 'at-risk') {
    result = baseline! + roundTo((target - baseline!) * rng.next() * 0.2, unit);
    verdict = 'at-risk';
  } else if (plan === 'on-track') {
    result =
      baseline !== undefined
        ? baseline + roundTo((target - baseline) * (0.9 + rng.next() * 0.05), unit)
        : target - sign * margin(0.03 + rng.next() * 0.03);
    verdict = 'none';
  } else {
    awaited = rng.pick(['afventer', 'dash', 'blank'] as const);
    verdict = 'none';
  }
  if (result !== undefined && (result === target || result < 0)) return null;
  // Rounding to whole units must not bring a target on track or at risk towards its line.
  const way = baseline !== undefined && result !== undefined ? (result - baseline) / (target - baseline) : 0;
  if (plan === 'on-track' && baseline !== undefined && way < 0.85) return null;
  if (plan === 'at-risk' && way > 0.2) return null;
  if (missingBaseline) verdict = 'none';
  // Behind its target, due later, with no baseline: no line to be behind, but a colleague may still call it at risk.
  const orVerdict: KpiVerdict | undefined =
    plan === 'on-track' && baseline === undefined ? 'at-risk' : undefined;
  return {
    name,
    kind,
    lower,
    lowerSaid,
    baseline,
    target,
    rangeTop,
    rise,
    deadline,
    result,
    awaited,
    verdict,
    orVerdict,
    role: 'target',
    planted: missingBaseline ? 'kpi-missing-baseline' : undefined,
    decimals,
  };
}

/**
 * A gross target and the sub-targets it is made of ("ca. 6000" = 1.500 + 1.000 + 2.500 + 1.000), all due at one
 * passed deadline and all met or all missed; half the time one sub-target is typed so that they no longer add
 * up (only under "heraf": without the word a colleague could not tell the lines are its parts).
 */
function subTargets(
  rng: Rng,
  layout: KpiLayout,
  passedDates: readonly Deadline[],
  fixed?: Deadline,
): KpiTarget[] {
  const k = rng.int(2, 4);
  const deadline = fixed ?? rng.pick(passedDates);
  // Due later, the parts are all met already (a part behind would hang on the line); the gross then only lower.
  const open = !passed(deadline);
  const met = rng.chance(0.5) || open;
  const subs = rng.sample(SUBS, k).map((name) => {
    const target = rng.int(5, 30) * 1000;
    const delta = Math.max(10, roundTo(target * (0.04 + rng.next() * 0.06), 10));
    return { name, target, result: met ? target + delta : target - delta };
  });
  const sumTargets = subs.reduce((a, s) => a + s.target, 0);
  const sumResults = subs.reduce((a, s) => a + s.result, 0);
  let gross = sumTargets;
  const planted = layout.subs === 'heraf' && rng.chance(0.5);
  if (planted) {
    // Off by a tenth to a fifth of the gross, and the gross's own verdict still clear of its result.
    for (const p of rng.shuffle([0.1, 0.15, 0.2, -0.1, -0.15, -0.2]).filter((x) => !open || x < 0)) {
      const g = roundTo(sumTargets * (1 + p), 1000);
      if (Math.abs(sumResults - g) >= g * 0.03 && Math.abs(g - sumTargets) >= sumTargets * 0.09) {
        gross = g;
        break;
      }
    }
  }
  const isPlanted = gross !== sumTargets;
  const row = (name: string, target: number, result: number, role: 'gross' | 'sub'): KpiTarget => ({
    name,
    kind: 'count',
    lower: false,
    target,
    deadline,
    result,
    verdict: result >= target ? 'met' : 'not-met',
    role,
    decimals: 0,
    planted: role === 'gross' && isPlanted ? 'kpi-subtargets-mismatch' : undefined,
  });
  return [row(GROSS, gross, sumResults, 'gross'), ...subs.map((s) => row(s.name, s.target, s.result, 'sub'))];
}
