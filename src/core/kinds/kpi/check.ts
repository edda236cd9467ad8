/**
 * A KPI table: each target's status at the as-of date, its fulfilment, and findings for targets at
 * risk, not met, missing a baseline or past their deadline.
 */
import { compare, mul, neg, toNumber, type Decimal } from '../../decimal/decimal';
import { finding } from '../../findings/make';
import { cellAt, formatAt, isBlank } from '../../grid/grid';
import { readDirection, type DirectionReading } from './rules/direction';
import { showDate } from './rules/dates';
import { readTargetCell, type TargetCell, type TargetCellWords } from './rules/target-cell';
import { subtargetFindings, type RowTarget } from './rules/subtarget-groups';
import type { Located } from '../../located';
import { formatNumber } from '../../money/format';
import { isNil } from '../../numbers/nil';
import { msg } from '../../numbers/number-messages';
import { readFailureFinding } from '../../numbers/read-failure';
import { fail } from '../../numbers/read-number';
import type { ReadingDecision } from '../../check/result';
import { text, type Text } from '../../findings/finding';
import { a1 } from '../../grid/a1';
import type { SheetGrid } from '../../grid/grid';
import { interpretTarget } from './rules/interpret-target';
import { evaluateKpi, shown, type KpiInput, type KpiStatus, type TargetType } from './rules/target';
import { readRangeTarget } from './rules/range-target';
import type { OutValue } from '../../output/plan';
import type { KpiLayout } from '../../tables/layout';
import type { KpiFacts } from '../../diagnose/facts';
import type { CheckParams } from '../../check/params';
import { cellReader, labelAt, readDecimalAt, type CellReader } from '../../check/read-cells';
import { readDeadline } from './read-deadline';
import { isNoResult } from './rules/no-result';
import { splitFromTo } from './rules/from-to';
import { baselineYearOf as yearInHeader, dueYearOf, targetYearOf } from './series';
import { key, type TableOutput } from '../../output/table-output';

const STATUS: Record<KpiStatus, Text> = {
  met: text('Nået', 'Met'),
  'on-track': text('På vej', 'On track'),
  'at-risk': text('I fare', 'At risk'),
  'not-met': text('Ikke nået', 'Not met'),
  'no-data': text('Ingen data', 'No data'),
};

export function checkKpiTable(grid: SheetGrid, t: KpiLayout, params: CheckParams): TableOutput {
  const r = cellReader(grid);
  const c = t.columns;
  const status = new Map<number, Text>();
  const fulfilment = new Map<number, OutValue>();
  const findings = [];
  const validated = new Map<string, number | string | null>();
  const evaluated: KpiFacts['rows'][number][] = [];

  const decisions: ReadingDecision[] = [];
  const unsure: Text[] = [];
  const targets: RowTarget[] = [];
  for (const row of t.dataRows) {
    const read = kpiInput(r, t, row);
    decisions.push(...read.decisions);
    if (read.target) targets.push(read.target);
    if (read.unsure) {
      unsure.push(read.unsure);
      findings.push(finding('reading-unsure', grid.name, read.unsureCell ?? a1(row, c.target), read.unsure));
      status.set(row, CANNOT_JUDGE);
      continue;
    }
    const input = read.input;
    if (!input) continue;
    const result = evaluateKpi(input, params.asOf);
    evaluated.push({ input, result });
    findings.push(...result.findings);
    // A row the rules could not judge (a deadline that is no date) makes the reading unsure, like above.
    const cannot = result.findings.filter((f) => f.rule === 'reading-unsure');
    unsure.push(...cannot.map((f) => f.message));
    status.set(row, cannot.length ? CANNOT_JUDGE : STATUS[result.status]);
    if (result.fulfilment) fulfilment.set(row, toNumber(result.fulfilment) / 100);
    for (const col of [c.baseline, c.targetValue, c.actual, c.control]) {
      if (col === undefined) continue;
      const v = [input.baseline, input.target, input.actual, input.control].find(
        (x) => x?.cell === a1(row, col),
      );
      // A range target stays as written: no one figure stands for it.
      if (v && params.validated && !(v === input.target && input.range))
        validated.set(key(row, col), toNumber(v.value));
    }
  }
  findings.push(...subtargetFindings(grid.name, targets));
  return {
    layout: t,
    findings: [...r.findings, ...findings],
    validated,
    facts: { kind: 'kpi', rows: evaluated },
    reading: { decisions, unsure },
    columns: [
      { header: text('Fordel: status', 'Fordel: status'), numberFormat: '@', cells: status },
      { header: text('Fordel: opfyldelse', 'Fordel: fulfilment'), numberFormat: '0%', cells: fulfilment },
    ],
  };
}

const CANNOT_JUDGE = text('Kan ikke vurderes', 'Cannot judge');

interface RowReading {
  readonly input: KpiInput | null;
  readonly decisions: ReadingDecision[];
  /** Why this row cannot be judged, and what would let Fordel judge it. */
  readonly unsure?: Text;
  /** The cell the unsure reading is about (default: the target's name). */
  readonly unsureCell?: string;
  /** The row's target as read, for sub-targets that should add up to a gross target. */
  readonly target?: RowTarget;
}

/** One row as rule input, with how it was read; a row without a readable target is reported and skipped. */
function kpiInput(r: CellReader, t: KpiLayout, row: number): RowReading {
  const grid = r.grid;
  const c = t.columns;
  const name = labelAt(grid, row, c.target);
  if (!name) return { input: null, decisions: [] };
  const typeText = c.type !== undefined ? labelAt(grid, row, c.type) : '';
  const directionText = c.direction !== undefined ? labelAt(grid, row, c.direction) : '';
  // "Mål 2 - Kendskab": a row with only a name is a section heading in the list, not a target.
  const roles = [c.targetValue, c.actual, c.baseline, c.control, c.deadline].filter((x) => x !== undefined);
  if (roles.every((col) => isBlank(cellAt(grid, row, col)))) return { input: null, decisions: [] };
  // "fra 1,7 % til 2,5 %": the target is the second figure, the baseline the first (unless a column has one).
  const fromTo = splitFromTo(cellAt(grid, row, c.targetValue));
  const targetRead =
    (fromTo && readPart(fromTo.to, a1(row, c.targetValue))) || readCell(r, row, c.targetValue, false);
  if (!targetRead || targetRead === UNREADABLE)
    return { input: null, decisions: [], target: { row, name, cell: null } };
  if (isWords(targetRead))
    return {
      input: null,
      decisions: [],
      unsure: wordsUnsure(name, 'target', targetRead),
      unsureCell: targetRead.cell,
      target: { row, name, cell: null },
    };
  let cell: ReadCell = targetRead;
  const rowTarget: RowTarget = { row, name, cell };
  const { actualCol, baselineCol, baselineYearOf } = seriesColumns(t, grid, row);
  const others = {
    actual: actualCol !== undefined ? readCell(r, row, actualCol, true) : null,
    baseline: baselineCol !== undefined ? readCell(r, row, baselineCol, true) : null,
    control: c.control !== undefined ? readCell(r, row, c.control, true) : null,
  };
  for (const role of ['actual', 'baseline', 'control'] as const) {
    const other = others[role];
    if (other === UNREADABLE) return { input: null, decisions: [], target: rowTarget };
    if (isWords(other))
      return {
        input: null,
        decisions: [],
        unsure: wordsUnsure(name, role, other),
        unsureCell: other.cell,
        target: rowTarget,
      };
  }
  const fromBaseline = fromTo && !others.baseline ? readPart(fromTo.from, cell.cell) : null;
  if (fromBaseline) others.baseline = fromBaseline;
  let actual = others.actual as ReadCell | null;
  const noResult = actualCol !== undefined && isNoResult(cellAt(grid, row, actualCol));
  let baseline = others.baseline as ReadCell | null;
  let control = others.control as ReadCell | null;
  // A unit column that says "%" gives the row its unit: 0,42 beside "%" is 42 %, as 50 beside it is 50 %.
  const unitText = c.unit !== undefined ? labelAt(grid, row, c.unit) : '';
  const byUnit = percentByUnit(unitText, [cell, actual, baseline, control]);
  if (byUnit) {
    [cell, actual, baseline, control] = byUnit.figures as [ReadCell, ...(ReadCell | null)[]];
  }
  const baselineYear = c.baselineYear !== undefined ? readDecimalAt(r, row, c.baselineYear, true) : null;
  const interpreted = interpretTarget(name);
  // The name's reading counts only when its number is the target's own ("10 % stigning", target 10).
  const sameNumber = interpreted !== null && compare(interpreted.value, cell.value) === 0;
  const type: TargetType =
    typeOf(typeText) ??
    (cell.points
      ? 'pp'
      : cell.relative === 'change'
        ? 'change'
        : cell.relative === 'plus'
          ? 'increase'
          : sameNumber
            ? interpreted.type
            : cell.percent && CHANGE_BY.test(name) && baseline
              ? 'change'
              : 'level');
  const saidDirection = readDirection(name, cell, directionText);
  let dir = towardsTarget(saidDirection, cell, baseline, type);
  // Percentage points against no control group: a result also written in points is the difference itself.
  const pointsLevel = type === 'pp' && (actual?.points === true || (!control && !baseline && !actual));
  const where = a1(row, c.target);
  const decisions: ReadingDecision[] = [];
  if (cell.range) {
    const written = String(cellAt(grid, row, c.targetValue))
      .replace(/\s+/g, ' ')
      .trim();
    if (type !== 'level') {
      // A range of changes or points: which figure applies is the user's to say.
      r.findings.push(readFailureFinding(fail('ambiguous-number', msg.range(written)), grid.name, cell.cell));
      return { input: null, decisions: [], target: rowTarget };
    }
    const show = shownAs(cell, type, pointsLevel, baseline, actual);
    const ranged = readRangeTarget(cell.range, written, saidDirection, actual, (d, lang, bare) =>
      shown(d, lang, bare ? { ...show, percent: false, points: false } : show, 0),
    );
    if (!ranged.ok)
      return {
        input: null,
        decisions,
        target: rowTarget,
        unsureCell: actual?.cell ?? cell.cell,
        unsure: text(
          `${name} (${cell.cell}): ${ranged.because.da}.`,
          `${name} (${cell.cell}): ${ranged.because.en}.`,
        ),
      };
    decisions.push({
      role: 'range',
      cells: cell.cell,
      because: text(`${name}: ${ranged.because.da}`, `${name}: ${ranged.because.en}`),
    });
    cell = { ...cell, value: ranged.target };
    dir = { direction: ranged.direction, comparator: ranged.comparator, because: ranged.because };
  } else {
    decisions.push({
      role: 'direction',
      cells: where,
      because: text(
        `${name}: ${dir.direction === 'down' ? 'lavere er bedre' : dir.direction === 'up' ? 'højere er bedre' : 'retning ukendt'}, fordi ${dir.because.da}`,
        `${name}: ${dir.direction === 'down' ? 'lower is better' : dir.direction === 'up' ? 'higher is better' : 'direction unknown'}, because ${dir.because.en}`,
      ),
    });
  }
  if (byUnit?.fractions) {
    decisions.push({
      role: 'unit',
      cells: a1(row, c.unit!),
      because: text(
        `${name}: enheden »${unitText}« gør brøkerne til procent (${formatNumber(cell.value, 'da')} %)`,
        `${name}: the unit "${unitText}" makes the fractions percent (${formatNumber(cell.value, 'en')}%)`,
      ),
    });
  }
  if (fromBaseline) {
    const said = String(cellAt(grid, row, c.targetValue)).trim();
    decisions.push({
      role: 'from-to',
      cells: cell.cell,
      because: text(
        `${name}: »${said}« læst som udgangspunktet ${formatNumber(fromBaseline.value, 'da')}${fromBaseline.percent ? ' %' : ''} og målet ${formatNumber(cell.value, 'da')}${cell.percent ? ' %' : ''}`,
        `${name}: "${said}" read as the baseline ${formatNumber(fromBaseline.value, 'en')}${fromBaseline.percent ? '%' : ''} and the target ${formatNumber(cell.value, 'en')}${cell.percent ? '%' : ''}`,
      ),
    });
  }
  if (noResult) {
    const said = String(cellAt(grid, row, actualCol!)).trim();
    decisions.push({
      role: 'no-result',
      cells: a1(row, actualCol!),
      because: text(
        `${name}: »${said}« er intet resultat endnu; målet vurderes uden`,
        `${name}: "${said}" is no result yet; the target is judged without one`,
      ),
    });
  }
  const dl = c.deadline !== undefined ? readDeadline(r, row, c.deadline) : null;
  // "2027-mål" or "Mål 2025" over the targets with no deadline column, or "2,5 % i 2027" in the target: due
  // by the end of that year.
  const dueYear =
    c.deadline === undefined
      ? (dueYearOf(targetRead.unitWord) ?? targetYearOf(labelAt(grid, t.headerRow, c.targetValue)))
      : null;
  const deadline =
    dl?.deadline ??
    (c.deadline === undefined && t.targetYear !== undefined
      ? { value: `${t.targetYear}-12-31`, cell: a1(t.headerRow, c.targetValue) }
      : dueYear !== null
        ? { value: `${dueYear}-12-31`, cell: targetRead.cell }
        : null);
  if (deadline) {
    const written = cellAt(grid, row, c.deadline!);
    const quoted = typeof written === 'string' ? written.trim() : null;
    decisions.push({
      role: 'deadline',
      cells: deadline.cell,
      because: quoted
        ? text(
            `fristen »${quoted}« læst som ${showDate(deadline.value, 'da')}`,
            `the deadline "${quoted}" read as ${showDate(deadline.value, 'en')}`,
          )
        : text(`fristen ${showDate(deadline.value, 'da')}`, `the deadline ${showDate(deadline.value, 'en')}`),
    });
  }
  if (dir.direction === null) {
    return {
      input: null,
      decisions,
      target: rowTarget,
      unsure: text(
        `${name} (${where}): Fordel kan ikke se, om højere eller lavere er bedre (${dir.because.da}). Skriv »mindst« eller »højst« foran målet, eller tilføj en kolonne »Retning«.`,
        `${name} (${where}): Fordel cannot tell whether higher or lower is better (${dir.because.en}). Write "mindst" or "højst" before the target, or add a "Retning" column.`,
      ),
    };
  }
  // 0,42 without a percent format against a target of 50 %: the unit is not certain.
  for (const other of [actual, baseline]) {
    if (
      other &&
      cell.percent &&
      !other.percent &&
      plainFraction(other.value) &&
      compare(cell.value, ONE) > 0
    ) {
      return {
        input: null,
        decisions,
        target: rowTarget,
        unsure: text(
          `${name} (${other.cell}): målet er i procent, men ${formatNumber(other.value, 'da')} står uden procentformat. Giv cellen procentformat (eller skriv fx »42 %«), så Fordel kan vurdere målet.`,
          `${name} (${other.cell}): the target is in percent, but ${formatNumber(other.value, 'en')} has no percent format. Format the cell as percent (or write e.g. "42 %") so Fordel can judge the target.`,
        ),
      };
    }
  }
  // "+10 %" on a share of 20 %: 22 % (ten percent more) or 30 % (ten points more)? The seeds keep the two apart.
  if (type === 'change' && !cell.multiple && (baseline?.percent || actual?.percent || SHARE.test(name))) {
    const v = (lang: 'da' | 'en') =>
      formatNumber(cell.value.digits < 0n ? neg(cell.value) : cell.value, lang);
    return {
      input: null,
      decisions,
      target: rowTarget,
      unsureCell: cell.cell,
      unsure: text(
        `${name} (${cell.cell}): målet er en ændring på ${v('da')} % af en andel, og det kan betyde ${v('da')} % af udgangspunktet eller ${v('da')} procentpoint. Skriv »${v('da')} pp«, hvis det er procentpoint, eller målet som den andel, der skal nås.`,
        `${name} (${cell.cell}): the target is a change of ${v('en')} % in a share, which can mean ${v('en')} % of the baseline or ${v('en')} percentage points. Write "${v('en')} pp" for points, or the target as the share to reach.`,
      ),
    };
  }
  if (type === 'pp' && !pointsLevel && !control && !baseline && actual) {
    const v = (lang: 'da' | 'en') => formatNumber(cell.value, lang);
    const a = (lang: 'da' | 'en') => formatNumber(actual.value, lang);
    return {
      input: null,
      decisions,
      target: rowTarget,
      unsureCell: actual.cell,
      unsure: text(
        `${name} (${actual.cell}): målet er ${v('da')} procentpoint, men der er hverken kontrolgruppe eller baseline at regne fra, og resultatet ${a('da')} står ikke i procentpoint. Skriv fx »${a('da')} pp«, hvis resultatet er forskellen, eller tilføj en kolonne »Kontrolgruppe«.`,
        `${name} (${actual.cell}): the target is ${v('en')} percentage points, but there is neither a control group nor a baseline, and the actual ${a('en')} is not in percentage points. Write e.g. "${a('en')} pp" if the actual is the difference, or add a "Kontrolgruppe" column.`,
      ),
    };
  }
  return {
    decisions,
    target: rowTarget,
    input: {
      sheet: grid.name,
      row,
      name,
      nameCell: where,
      type: pointsLevel ? 'level' : type,
      direction: dir.direction,
      // An operator elsewhere in the name ("virksomheder under 3 år") describes who is counted, not the target.
      comparator: dir.comparator,
      target: located(cell),
      baseline: baseline ? located(baseline) : null,
      baselineYear: baselineYear
        ? yearOf(baselineYear.value)
        : (baselineYearOf ??
          dueYearOf(baseline?.unitWord) ??
          // "Baseline 2025" over the baselines: the year they are of.
          (baseline && c.baseline !== undefined && baselineCol === c.baseline
            ? yearInHeader(labelAt(grid, t.headerRow, c.baseline))
            : null) ??
          interpreted?.baselineYear ??
          null),
      actual: actual ? located(actual) : null,
      control: control ? located(control) : null,
      deadline,
      openDeadline: dl?.open ?? null,
      deadlineCell: dl?.empty ? a1(row, c.deadline!) : null,
      deadlineUnreadable: dl !== null && !dl.empty && !dl.deadline && !dl.open,
      show: shownAs(cell, type, pointsLevel, baseline, actual),
      ...(cell.range ? { range: { low: cell.range.low, high: cell.range.high } } : {}),
    },
  };
}

const ONE: Decimal = { digits: 1n, scale: 0 };

/**
 * How messages show the row's figures. A change ("+17 pct.", "20 % reduktion") or an increase ("+1.500") is
 * reached in the baseline's unit, not in percent, and its target is rarely whole: 8 mia. + 17 % is 9,36.
 */
function shownAs(
  cell: ReadCell,
  type: TargetType,
  pointsLevel: boolean,
  baseline: ReadCell | null,
  actual: ReadCell | null,
): NonNullable<KpiInput['show']> {
  const decimals = Math.max(cell.decimals, actual?.decimals ?? 0);
  if (pointsLevel) return { percent: false, points: true, decimals };
  if (type === 'change' || type === 'increase') {
    const percent = (baseline ?? actual)?.percent ?? false;
    const own = Math.max(baseline?.decimals ?? 0, actual?.decimals ?? 0);
    return { percent, decimals: type === 'change' ? Math.max(own, 2) : own };
  }
  return { percent: cell.percent || type === 'pp', decimals };
}

/**
 * Where no word gives the direction, a level target below its baseline (»ufaglærte« from 25 to 20) says
 * that lower is better: the default "a level to reach" would call 21 met.
 */
function towardsTarget(
  dir: DirectionReading,
  target: ReadCell,
  baseline: ReadCell | null,
  type: TargetType,
): DirectionReading {
  if (!dir.byDefault || !baseline || type !== 'level') return dir;
  const side = compare(target.value, baseline.value);
  const t = (lang: 'da' | 'en') => formatNumber(target.value, lang);
  const b = (lang: 'da' | 'en') => formatNumber(baseline.value, lang);
  if (side > 0 && dir.direction === null)
    return {
      direction: 'up',
      because: text(
        `målet ${t('da')} ligger over udgangspunktet ${b('da')} i ${baseline.cell}`,
        `the target ${t('en')} is above the baseline ${b('en')} in ${baseline.cell}`,
      ),
    };
  if (side >= 0) return dir;
  return {
    direction: 'down',
    because: text(
      `målet ${t('da')} ligger under udgangspunktet ${b('da')} i ${baseline.cell}`,
      `the target ${t('en')} is below the baseline ${b('en')} in ${baseline.cell}`,
    ),
  };
}
/** A name that says its figures are shares: "Andel ...", "(pct.)", "(procent)", "(%)". */
const SHARE = /(?<!\p{L})andel(?:en)?(?!\p{L})|\((?:pct\.?|procent|%)\)/iu;
const CHANGE_BY = /(?:øge[st]?|stige|reducere[st]?|nedbringe[st]?|falde)\s+med|stigning|reduktion|\bfald\b/iu;

function plainFraction(d: Decimal): boolean {
  return d.scale > 0 && compare(d, ONE) < 0 && d.digits > 0n;
}

type ReadCell = TargetCell & { readonly cell: string };
/** A cell holding words where a number belongs, with the text as the user wrote it. */
interface WordsCell {
  readonly words: TargetCellWords;
  readonly cell: string;
  readonly written: string;
}

function isWords(c: CellRead): c is WordsCell {
  return c !== null && typeof c === 'object' && 'words' in c;
}

const ROLE_NAMES = {
  target: text('målet', 'the target'),
  actual: text('resultatet', 'the actual'),
  baseline: text('udgangspunktet', 'the baseline'),
  control: text('kontrolgruppens værdi', "the control group's value"),
};

/** Why a row with words where a number belongs is not judged, and what would let Fordel judge it. */
function wordsUnsure(name: string, role: keyof typeof ROLE_NAMES, w: WordsCell): Text {
  const what = ROLE_NAMES[role];
  const head = `${name} (${w.cell})`;
  const fix =
    role === 'target'
      ? text(
          'Skriv målet som et tal, evt. med »mindst«, »højst« eller »ca.« foran, hvis det skal vurderes.',
          'Write the target as a number, perhaps with "mindst", "højst" or "ca." before it, to have it judged.',
        )
      : text(
          `Skriv ${what.da} som et tal, når det foreligger.`,
          `Write ${what.en} as a number when it is known.`,
        );
  if (w.words.hasNumber)
    return text(
      `${head}: Fordel forstår ikke »${w.words.words}« i ${what.da} »${w.written}« og vurderer ikke målet. ${fix.da}`,
      `${head}: Fordel does not understand "${w.words.words}" in ${what.en} "${w.written}" and does not judge the target. ${fix.en}`,
    );
  return text(
    `${head}: ${what.da} »${w.written}« er ikke et tal, så Fordel vurderer ikke målet. ${fix.da}`,
    `${head}: ${what.en} "${w.written}" is not a number, so Fordel does not judge the target. ${fix.en}`,
  );
}

/** A cell that could not be read; its own finding says what to correct, and the row is not judged. */
const UNREADABLE = 'unreadable';
type CellRead = ReadCell | WordsCell | typeof UNREADABLE | null;

function readCell(r: CellReader, row: number, col: number, optional: boolean): CellRead {
  const raw = cellAt(r.grid, row, col);
  // "Ikke opgjort", "afventer", "n/a": no figure yet, like a blank; never a number that cannot be read.
  if (isNoResult(raw)) return null;
  if (isBlank(raw) || isNil(raw)) {
    if (!optional)
      r.findings.push(readFailureFinding(fail('missing-value', msg.empty()), r.grid.name, a1(row, col)));
    return null;
  }
  const read = readTargetCell(raw, formatAt(r.grid, row, col));
  if (!read.ok && read.code === 'words')
    return { words: read, cell: a1(row, col), written: String(raw).replace(/\s+/g, ' ').trim() };
  if (!read.ok) {
    r.findings.push(readFailureFinding(read, r.grid.name, a1(row, col)));
    return UNREADABLE;
  }
  return { ...read, cell: a1(row, col) };
}

const PERCENT_UNIT = /^\(?\s*(?:%|pct\.?|procent|procentandel|andel i %|pct\.? af)\s*\)?$/iu;
const HUNDRED: Decimal = { digits: 100n, scale: 0 };

/**
 * A row whose unit column says "%": figures written as fractions of one (0,42 beside a target of 0,5) are
 * percent times a hundred, and whole figures (42, 50) are percent as they stand. A row that mixes the two
 * (0,93 beside a target of 91-96) reads a fraction as percent when, times a hundred, it is at least ten times
 * nearer the row's whole figures than as it stands (93 against 91, not 0,93); a fraction that stays unsure is
 * left plain beside the whole figures in percent, for the check that asks which is meant.
 */
function percentByUnit(
  unit: string,
  figures: readonly (ReadCell | null)[],
): { figures: (ReadCell | null)[]; fractions: boolean } | null {
  if (!PERCENT_UNIT.test(unit.trim())) return null;
  const plain = figures.filter((f): f is ReadCell => f !== null && !f.percent && !f.points);
  if (plain.length === 0) return null;
  const small = (f: ReadCell) => compare(f.value.digits < 0n ? neg(f.value) : f.value, ONE) <= 0;
  const allFractions = plain.every(small) && plain.some((f) => f.value.scale > 0);
  const whole = plain.filter((f) => !small(f));
  const near = whole.length ? Math.abs(toNumber(whole[0].value)) : 0;
  // Orders of magnitude from the whole figures, as read and times a hundred.
  const nearer = (f: ReadCell) => {
    const v = Math.abs(toNumber(f.value));
    if (v === 0) return true;
    return Math.abs(Math.log10(v / near)) - Math.abs(Math.log10((v * 100) / near)) >= MAGNITUDE_NEARER;
  };
  const converts = (f: ReadCell) => small(f) && (allFractions || (whole.length > 0 && nearer(f)));
  const target = figures[0];
  // A target that is itself an unsure fraction beside whole results: nothing to ask about; left as read.
  if (!allFractions && target && plain.includes(target) && small(target) && !converts(target)) return null;
  const times100 = (d: Decimal) => mul(d, HUNDRED);
  const toPercent = (f: ReadCell | null): ReadCell | null => {
    if (f === null || f.percent || f.points) return f;
    if (small(f) && !converts(f)) return f;
    if (!small(f)) return { ...f, percent: true };
    return {
      ...f,
      value: times100(f.value),
      percent: true,
      decimals: Math.max(0, f.decimals - 2),
      ...(f.range ? { range: { ...f.range, low: times100(f.range.low), high: times100(f.range.high) } } : {}),
    };
  };
  return { figures: figures.map(toPercent), fractions: plain.some(converts) };
}

/** How many orders of magnitude nearer a fraction times a hundred must be to read as percent. */
const MAGNITUDE_NEARER = 1;

/**
 * The result and baseline columns of one row. With results per year (layout.series) the latest year filled is
 * the result and the first the baseline, of its year; a row with one year filled has a result and no baseline.
 */
function seriesColumns(
  t: KpiLayout,
  grid: SheetGrid,
  row: number,
): { actualCol?: number; baselineCol?: number; baselineYearOf?: number } {
  const c = t.columns;
  const years = t.series;
  if (!years) return { actualCol: c.actual, baselineCol: c.baseline };
  const filled = years.filter((y) => {
    const v = cellAt(grid, row, y.col);
    return !isBlank(v) && !isNil(v) && !isNoResult(v);
  });
  // Nothing filled: the latest year says why (a blank, "Ikke opgjort"), as a result column would.
  if (filled.length === 0) return { actualCol: c.actual, baselineCol: undefined };
  const last = filled[filled.length - 1];
  if (!years.some((y) => y.col === c.baseline)) return { actualCol: last.col, baselineCol: c.baseline };
  const first = filled.length >= 2 ? filled[0] : undefined;
  return { actualCol: last.col, baselineCol: first?.col, baselineYearOf: first?.year };
}

/** One side of "fra X til Y", read like a target cell; null when it is no figure. */
function readPart(written: string, cell: string): ReadCell | null {
  const read = readTargetCell(written, null);
  return read.ok ? { ...read, cell } : null;
}

function located(c: ReadCell): Located<Decimal> {
  return { value: c.value, cell: c.cell };
}

function typeOf(s: string): TargetType | null {
  const t = s.toLowerCase();
  if (!t) return null;
  if (/procentpoint|pct\.?-?point|percentage point|\bpp\b/.test(t)) return 'pp';
  if (/ændring|aendring|stigning|fald|change|relativ|increase|decrease/.test(t)) return 'change';
  if (/niveau|level|absolut/.test(t)) return 'level';
  return null;
}

function yearOf(d: Decimal): number | null {
  const y = Math.trunc(toNumber(d));
  return y >= 1900 && y <= 2200 ? y : null;
}
