/**
 * The corpus report: per variant class, expected findings found, false alarms and wrong verdicts, then the
 * known gaps. Printed by `npm run corpus` and quoted in the README's "Korpus" section.
 */
import { CASES } from './index';
import { evaluate, problems, runCase, type CaseOutcome } from './evaluate';
import { KNOWN_GAPS } from './known-gaps';
import type { VariantClass } from './types';

/** A case's problems as indented lines, at most `max` of them. */
function listed(o: CaseOutcome, max = 8): string {
  const all = problems(o);
  const shown = all.slice(0, max).map((p) => `      ${p}`);
  if (all.length > max) shown.push(`      ... og ${all.length - max} flere`);
  return shown.join('\n');
}

export const CLASS_NAMES: Record<VariantClass, string> = {
  'seed-tabeller': 'Seed-tabeller (Tabel B, Bilag 4, 4.1, EU-kontor, 65/35, vidensby)',
  'seed-maal': 'Seed-mål (Erhvervshus, Vækstforum, CO2)',
  totalraekker: 'Totalrækker først, sidst, med regionens navn eller andet',
  overskrifter: 'Overskrifter uden for ordlisten',
  'perioder-i-raekker': 'Perioder ned ad rækkerne',
  'flere-overskriftsraekker': 'To og tre overskriftsrækker, flettede gruppetitler',
  'placering-og-noter': 'Tabeller hvor som helst, noter, side om side',
  talformater: 'Procentformat, brøkdele af øre, tankestreger, (50.000)',
  'maal-kvalifikatorer': 'Mål med ord om tallet (mindst, højst, ca., pp ...)',
  'kpi-retning': 'KPI-retning fra operator og verber',
  frister: 'Danske frister',
  'regler-i-arket': 'Regler skrevet i arket',
  budgetter: 'Budgetter: kontoplan, budgetopfølgning, indrykning, projektbudgetter, nøgletal',
  'ikke-finans': 'Almindelige ark uden finanstabel',
};

export interface ClassLine {
  readonly variant: VariantClass;
  readonly cases: number;
  readonly passed: number;
  readonly found: number;
  readonly expected: number;
  readonly falseAlarms: number;
  readonly wrongVerdicts: number;
  readonly tablesNotFound: number;
}

export function outcomes(): CaseOutcome[] {
  return CASES.map((c) => evaluate(c, runCase(c)));
}

export function byClass(all: readonly CaseOutcome[]): ClassLine[] {
  return (Object.keys(CLASS_NAMES) as VariantClass[])
    .map((variant) => {
      const mine = all.filter((o) => o.variant === variant);
      return {
        variant,
        cases: mine.length,
        passed: mine.filter((o) => o.passed).length,
        found: mine.reduce((n, o) => n + o.found, 0),
        expected: mine.reduce((n, o) => n + o.expected, 0),
        falseAlarms: mine.reduce((n, o) => n + o.falseAlarms.length, 0),
        wrongVerdicts: mine.reduce((n, o) => n + o.wrongVerdicts.length, 0),
        tablesNotFound: mine.reduce((n, o) => n + o.tablesNotFound.length, 0),
      };
    })
    .filter((l) => l.cases > 0);
}

function total(lines: readonly ClassLine[]): ClassLine {
  const sum = (k: keyof Omit<ClassLine, 'variant'>): number => lines.reduce((n, l) => n + l[k], 0);
  return {
    variant: 'ikke-finans',
    cases: sum('cases'),
    passed: sum('passed'),
    found: sum('found'),
    expected: sum('expected'),
    falseAlarms: sum('falseAlarms'),
    wrongVerdicts: sum('wrongVerdicts'),
    tablesNotFound: sum('tablesNotFound'),
  };
}

/** The per-class table as Markdown, as it stands in the README. */
export function classTable(all: readonly CaseOutcome[]): string {
  const lines = byClass(all);
  const row = (name: string, l: ClassLine): string =>
    `| ${name} | ${l.cases} | ${l.passed} | ${l.found} / ${l.expected} | ${l.falseAlarms} | ${l.wrongVerdicts} | ${l.tablesNotFound} |`;
  return [
    '| Variantklasse | Tilfælde | Bestået | Forventede fund fundet | Falske alarmer | Forkerte domme | Tabeller ikke fundet |',
    '|---|---|---|---|---|---|---|',
    ...lines.map((l) => row(CLASS_NAMES[l.variant], l)),
    row('**I alt**', total(lines)),
  ].join('\n');
}

export function kindLine(all: readonly CaseOutcome[]): string {
  const count = (k: CaseOutcome['kind']): string => {
    const mine = all.filter((o) => o.kind === k);
    return `${mine.filter((o) => o.passed).length}/${mine.length}`;
  };
  return (
    `Tilfælde: ${all.length} arbejdsbøger; med plantede fejl ${count('planted')} bestået, ` +
    `korrekte tabeller ${count('correct')}, almindelige ark uden finanstabel ${count('nonfinance')}.`
  );
}

export function report(
  all: readonly CaseOutcome[] = outcomes(),
  verbose = false,
  known: readonly string[] = KNOWN_GAPS,
): string {
  const gaps = all.filter((o) => known.includes(o.id));
  const out = [
    'Korpus af virkelige layouts (test/corpus): fund, falske alarmer og domme pr. tabel og KPI-række',
    '',
    classTable(all),
    '',
    kindLine(all),
    '',
    `Kendte huller (${gaps.length}, test/corpus/known-gaps.ts):`,
    ...gaps.map((o) => `  ${o.id}${verbose ? '\n' + listed(o) : ''}`),
  ];
  const fresh = all.filter((o) => !o.passed && !known.includes(o.id));
  if (fresh.length)
    out.push(
      '',
      `Fejler og står ikke på listen (${fresh.length}):`,
      ...fresh.map((o) => `  ${o.id}\n${listed(o)}`),
    );
  const closed = gaps.filter((o) => o.passed);
  if (closed.length) out.push('', `Lukkede huller (fjern fra listen): ${closed.map((o) => o.id).join(', ')}`);
  return out.join('\n');
}
