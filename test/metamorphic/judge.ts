/**
 * The invariant, judged from what the command line's JSON says: every planted error found at its
 * transformed cell with the same expected and actual amount in kroner; a correct table with no error and no
 * warning; an unsure reading (no verdict) allowed only where the layout is genuinely ambiguous.
 */
import type { JsonReport } from '../../src/cli/report';
import { namesCorrection } from './doubt';
import { a1, cellKey, type PlacedTable, type Pos, type Rect } from './sheet-model';

/** "no fix named": an unsure reading that does not say which row, column or cell to mark (issue 17). */
export type Breakage = 'wrong verdict' | 'false alarm' | 'missed error' | 'wrong amount' | 'no fix named';
export const BREAKAGES: readonly Breakage[] = [
  'wrong verdict',
  'false alarm',
  'missed error',
  'wrong amount',
  'no fix named',
];

export type Outcome = 'kept' | 'unsure' | 'broken';

export interface Judgement {
  readonly outcome: Outcome;
  /** For an unsure reading: whether the layout allowed it. */
  readonly unsureAllowed?: boolean;
  readonly breakages: readonly Breakage[];
  /** One line per problem, in the words of the report. */
  readonly problems: readonly string[];
  /** True when the truth's table was not found as a table at all. */
  readonly notRead: boolean;
}

interface Said {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** "B3" or "B3:C9" as a rectangle (0-based). */
export function rectOf(ref: string): Rect | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return m[3]
    ? { top, left, bottom: Number(m[4]) - 1, right: col(m[3]) }
    : { top, left, bottom: top, right: left };
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const at = (p: Pos): Rect => ({ top: p.r, left: p.c, bottom: p.r, right: p.c });

/** Two kroner amounts as the JSON gives them ("6825000", "6825000.00"), compared exactly. */
export function sameKroner(got: string | undefined, want: bigint): boolean {
  if (got === undefined) return false;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(got.trim());
  if (!m) return false;
  if ((m[3] ?? '').replace(/0+$/, '') !== '') return false;
  const v = BigInt(m[2]) * (m[1] ? -1n : 1n);
  return v === want;
}

const show = (f: Said): string =>
  `${f.severity} ${f.rule} ${f.sheet}!${f.cell}` +
  (f.expected !== undefined ? ` forventet ${f.expected}` : '') +
  (f.actual !== undefined ? ` faktisk ${f.actual}` : '');

export function judge(
  tables: readonly PlacedTable[],
  report: JsonReport,
  ambiguous: string | null,
  /** Formula cells saved without their result (the saved family's "uncached"): each must be named. */
  unseen: readonly Pos[] = [],
): Judgement {
  const breakages = new Set<Breakage>();
  const problems: string[] = [];
  const said: Said[] = [
    ...report.findings,
    ...(report.diagnoses ?? []).map((d) => ({ ...d, severity: 'error' })),
  ] as Said[];
  const loud = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning') as Said[];
  const claimed = new Set<Said>();
  // A finding that says a formula's value cannot be seen: at the cell, on a line of cells holding it, or
  // naming it, with no amounts of its own (a finding over the whole table does not name the cell).
  const names = (f: Said, p: Pos): boolean => {
    const r = rectOf(f.cell);
    const line = r !== null && (r.top === r.bottom || r.left === r.right) && overlaps(r, at(p));
    return (
      f.sheet === tables[0].sheet &&
      f.expected === undefined &&
      f.actual === undefined &&
      (line || f.message.includes(a1(p)))
    );
  };
  const namesUnseen = (f: Said): boolean => unseen.some((p) => names(f, p));
  const unnamed = unseen.filter((p) => !said.some((f) => names(f, p)));
  if (unnamed.length) {
    breakages.add('missed error');
    problems.push(
      `formler gemt uden resultat, og Fordel siger ikke, at værdien ikke kan ses: ${unnamed.map(a1).join(', ')}`,
    );
  }
  let unsure = false;
  let notRead = false;

  for (const [i, t] of tables.entries()) {
    const main = i === 0;
    const truth = t.truth;
    const anchorRow = truth.rows.find((r) => r.role === 'part')!;
    const anchorCol = truth.cols[truth.cols.length - 1];
    const anchor = t.cellOf.get(cellKey(anchorRow.id, anchorCol.id))!;
    const found = report.tables.find((x) => {
      const r = rectOf(x.range);
      return x.sheet === t.sheet && r !== null && overlaps(r, at(anchor));
    });
    const verdict = found?.reading?.verdict ?? (found?.reading?.unsure ? 'unsure' : undefined);
    const planted = truth.planted;
    if (!found) notRead = notRead || main;

    // The cells a planted error may show consequences in: its row and its column of the table, and a stated total.
    const lines: Rect[] = [];
    for (const p of planted) {
      for (const [k, pos] of t.cellOf) {
        const [row, col] = k.split('|');
        if (row === p.row || col === p.col) lines.push(at(pos));
      }
    }
    if (planted.length && t.statedAt) lines.push(at(t.statedAt));
    const inArea = (f: Said): boolean => {
      const r = rectOf(f.cell);
      return f.sheet === t.sheet && r !== null && overlaps(r, t.area);
    };
    const mine = loud.filter(inArea);
    const allowedHere = (f: Said): boolean =>
      (t.allowedAt ?? []).some((x) => x.rule === f.rule && f.sheet === t.sheet && f.cell === a1(x.at));
    mine.forEach((f) => claimed.add(f));

    if (verdict === 'unsure') {
      unsure = true;
      if (!ambiguous) problems.push(`${truth.id}: usikker læsning, men layoutet er ikke tvetydigt`);
      const doubts = [
        ...said.filter((f) => f.rule === 'reading-unsure' && inArea(f)).map((f) => f.message),
        ...(found?.reading?.unsureBecause ?? []),
      ];
      if (!doubts.some(namesCorrection)) {
        breakages.add('no fix named');
        problems.push(
          `${truth.id}: usikker læsning uden en rettelse, der afgør den: ${doubts[0]?.slice(0, 160) ?? '(ingen begrundelse)'}`,
        );
      }
      continue;
    }

    // The table read must hold the truth's total row: a reading that leaves it out judges another table.
    const totalIds = new Set(truth.rows.filter((r) => r.role === 'total').map((r) => r.id));
    const foundRect = found ? rectOf(found.range) : null;
    const outside = [...t.cellOf].filter(([k, p]) => {
      const [row, col] = k.split('|');
      return (
        totalIds.has(row) &&
        col !== 'label' &&
        !col.startsWith('extra:') &&
        foundRect &&
        !overlaps(foundRect, at(p))
      );
    });
    if (outside.length) {
      breakages.add('missed error');
      problems.push(
        `${truth.id}: I alt-rækken (${outside
          .map(([, p]) => a1(p))
          .slice(0, 3)
          .join(', ')}) ligger uden for den læste tabel ${found!.range}`,
      );
    }

    if (!planted.length) {
      const excused = (f: Said): boolean =>
        t.allowedRules.includes(f.rule) || namesUnseen(f) || allowedHere(f);
      const errors = mine.filter((f) => f.severity === 'error' && !excused(f));
      const warnings = mine.filter((f) => f.severity === 'warning' && !excused(f));
      if (errors.length) {
        breakages.add('wrong verdict');
        problems.push(`${truth.id}: fejl på en korrekt tabel: ${errors.slice(0, 3).map(show).join('; ')}`);
      }
      if (warnings.length) {
        breakages.add('false alarm');
        problems.push(
          `${truth.id}: advarsel på en korrekt tabel: ${warnings.slice(0, 3).map(show).join('; ')}`,
        );
      }
      continue;
    }

    for (const p of planted) {
      const pos = t.cellOf.get(cellKey(p.row, p.col))!;
      const there = said.filter((f) => f.sheet === t.sheet && f.cell === a1(pos));
      const right = there.some((f) => sameKroner(f.expected, p.expected) && sameKroner(f.actual, p.actual));
      if (right) continue;
      const withAmounts = there.filter((f) => f.expected !== undefined || f.actual !== undefined);
      if (withAmounts.length) {
        breakages.add('wrong amount');
        problems.push(
          `${truth.id}: ${a1(pos)} (${p.what}) fundet med forkerte beløb: ${withAmounts.slice(0, 2).map(show).join('; ')}, ` +
            `forventet ${p.expected} / ${p.actual}`,
        );
      } else {
        breakages.add('missed error');
        problems.push(
          `${truth.id}: ${a1(pos)} (${p.what}) ikke fundet${found ? '' : ' (tabellen er ikke læst)'}`,
        );
      }
    }
    if (verdict === 'ok' || verdict === 'warnings' || (found && !mine.some((f) => f.severity === 'error'))) {
      breakages.add('wrong verdict');
      problems.push(`${truth.id}: tabel med plantet fejl fik dommen ${verdict ?? 'ingen fejl'}`);
    }
    const stray = mine.filter((f) => {
      const r = rectOf(f.cell)!;
      return !t.allowedRules.includes(f.rule) && !allowedHere(f) && !lines.some((l) => overlaps(l, r));
    });
    if (stray.length) {
      breakages.add('false alarm');
      problems.push(
        `${truth.id}: fund uden for den plantede fejls række og kolonne: ${stray.slice(0, 3).map(show).join('; ')}`,
      );
    }
  }

  // Errors and warnings outside every table of the truth: notes or titles read as tables.
  const outside = loud.filter((f) => !claimed.has(f));
  if (outside.length) {
    breakages.add('false alarm');
    problems.push(`fund uden for tabellerne: ${outside.slice(0, 3).map(show).join('; ')}`);
  }

  const outcome: Outcome = breakages.size ? 'broken' : unsure ? 'unsure' : 'kept';
  return {
    outcome,
    unsureAllowed: outcome === 'unsure' ? ambiguous !== null : undefined,
    breakages: [...breakages],
    problems,
    notRead,
  };
}
