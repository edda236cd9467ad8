/**
 * KPI targets (resultatmål) and their status at a given date.
 *
 * Target value, the level the actual must reach:
 * - level:  the target itself.
 * - change: baseline x (1 + change / 100); "reduceres med 20 %" is change -20 with direction 'down'.
 *           Sheets often write that reduction as 20 in a "lower is better" row: a positive change with
 *           direction 'down' and no comparator is read as the reduction it describes. With comparator
 *           'atMost' it stays a ceiling on growth ("må højst stige 5 %").
 * - pp:     the control group's value + the points.
 * Which side is good: `comparator` if given, else 'atLeast' for direction 'up' and 'atMost' for 'down'.
 *
 * Status at `asOf`:
 * - no-data:  no actual (plus kpi-deadline-passed when the deadline is behind us), or no target value
 *             (change without baseline: kpi-missing-baseline; pp without control: missing-value), or an
 *             actual that has not met the target but no deadline to judge progress against (missing-value).
 * - met:      the actual reaches the target value, at any date.
 * - not-met:  after the deadline (asOf later than the deadline day) without reaching it.
 * - on-track / at-risk: on or beyond, or short of, the straight line from the start to the target value
 *             at the deadline.
 * The straight line starts at the baseline (or 0; for pp at the control value, i.e. no difference) on
 * 1 January of the year after the baseline year. Without a baseline year the target is read as an
 * annual one: the line starts one year before the deadline. Before the start the line is at the start
 * value; if the start already meets the target, the line is flat at the target value.
 * Everything is exact Decimal arithmetic; the line compares actual x days against the integer line.
 */
import {
  add,
  compare,
  decimal,
  mul,
  pow10,
  rescale,
  sub,
  toPlainString,
  ZERO,
  type Decimal,
} from '../../../decimal/decimal';
import type { Finding, Lang } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import type { Located } from '../../../located';
import { formatNumber, formatPercent } from '../../../money/format';
import { divDecimal } from '../../../decimal/ratio';
import { dayNumber, dayOfYearStart, oneYearBefore, showDate } from './dates';

/**
 * Absolute level; % change vs baseline; percentage points vs a control group (or the baseline when there is
 * no control group); an increase in the indicator's own unit on the baseline ("+1.500").
 */
export type TargetType = 'level' | 'change' | 'pp' | 'increase';
/** 'down' = lower is better (CO2). */
export type Direction = 'up' | 'down';
export type Comparator = 'atLeast' | 'atMost';

export interface KpiInput {
  sheet: string;
  row: number;
  name: string;
  nameCell: string;
  type: TargetType;
  direction: Direction;
  /** For level targets; default from direction. */
  comparator?: Comparator;
  /** level: the level; change: the % change (10 = +10 %); pp: points. */
  target: Located<Decimal>;
  baseline?: Located<Decimal> | null;
  baselineYear?: number | null;
  actual?: Located<Decimal> | null;
  /** The control group's value, for pp targets. */
  control?: Located<Decimal> | null;
  /** ISO date. */
  deadline?: Located<string> | null;
  /** A deadline written as words that name no day ("løbende", "hvert år"), as written. */
  openDeadline?: Located<string> | null;
  /** The empty cell where the deadline belongs, when the table has a deadline column. */
  deadlineCell?: string | null;
  /** The deadline cell could not be read as a date; its own finding says so. */
  deadlineUnreadable?: boolean;
  /** A range target ("90-95 %"): messages name the range; `target` is the end it is judged against. */
  range?: { readonly low: Decimal; readonly high: Decimal };
  /**
   * How the cells show their figures: percent or percentage points or plain, and decimals; messages use
   * the same.
   */
  show?: { readonly percent: boolean; readonly decimals: number; readonly points?: boolean };
}

export type KpiStatus = 'met' | 'on-track' | 'at-risk' | 'not-met' | 'no-data';

export interface KpiResult {
  status: KpiStatus;
  /** Percent of the way from the start (baseline, or 0) to the target value, 1 decimal; may exceed 100. */
  fulfilment: Decimal | null;
  /** The level the actual must reach. */
  targetValue: Decimal | null;
  /** The straight line's value at asOf, 2 decimals more than its inputs. */
  expectedNow: Decimal | null;
  findings: Finding[];
}

export function evaluateKpi(input: KpiInput, asOf: string): KpiResult {
  const today = dayNumber(asOf);
  if (today === null) throw new RangeError(`asOf is not an ISO date: ${asOf}`);
  const findings: Finding[] = [];
  const say = (rule: Parameters<typeof finding>[0], cell: string, da: string, en: string, extra = {}) =>
    findings.push(finding(rule, input.sheet, cell, text(da, en), extra));
  const noData = (): KpiResult => ({
    status: 'no-data',
    fulfilment: null,
    targetValue,
    expectedNow: null,
    findings,
  });

  const targetValue = targetValueOf(input);
  const deadlineIso = input.deadline?.value ?? null;
  const deadline = deadlineIso === null ? null : dayNumber(deadlineIso);
  if (input.deadline && deadline === null) {
    say(
      'missing-value',
      input.deadline.cell,
      `${input.name}: fristen "${input.deadline.value}" kan ikke læses som en dato.`,
      `${input.name}: the deadline "${input.deadline.value}" cannot be read as a date.`,
    );
  }

  if (targetValue === null) {
    if (input.type === 'increase') {
      say(
        'kpi-missing-baseline',
        input.target.cell,
        `${input.name}: målet er en stigning på ${formatNumber(input.target.value, 'da')}, men der er intet udgangspunkt (baseline) at lægge den til.`,
        `${input.name}: the target is an increase of ${formatNumber(input.target.value, 'en')}, but there is no baseline to add it to.`,
      );
    } else if (input.type === 'change') {
      say(
        'kpi-missing-baseline',
        input.target.cell,
        `${input.name}: målet er en ændring på ${formatNumber(input.target.value, 'da')} %, men der er intet udgangspunkt (baseline) at regne fra.`,
        `${input.name}: the target is a change of ${formatNumber(input.target.value, 'en')} %, but there is no baseline to apply it to.`,
      );
    } else {
      say(
        'missing-value',
        input.target.cell,
        `${input.name}: målet er ${formatNumber(input.target.value, 'da')} procentpoint over kontrolgruppen, men kontrolgruppens værdi mangler.`,
        `${input.name}: the target is ${formatNumber(input.target.value, 'en')} percentage points above the control group, but the control group's value is missing.`,
      );
    }
    return noData();
  }

  const actual = input.actual ?? null;
  if (actual === null) {
    if (deadline !== null && today > deadline) {
      say(
        'kpi-deadline-passed',
        input.target.cell,
        `${input.name}: fristen ${showDate(deadlineIso!, 'da')} er passeret, og der er intet resultat.`,
        `${input.name}: the deadline ${showDate(deadlineIso!, 'en')} has passed and there is no actual.`,
      );
    }
    return noData();
  }

  const cmp = input.comparator ?? (input.direction === 'up' ? 'atLeast' : 'atMost');
  const start = startValue(input);
  const fulfilment = fulfilmentOf(actual.value, start, targetValue);
  const line =
    deadline === null ? null : straightLine(input, start, targetValue, cmp, deadline, deadlineIso!, today);
  const expectedNow = line?.value ?? null;
  const result = (status: KpiStatus): KpiResult => ({
    status,
    fulfilment,
    targetValue,
    expectedNow,
    findings,
  });
  const values = { expected: toPlainString(targetValue), actual: toPlainString(actual.value) };
  const n = (d: Decimal, lang: Lang, extra = 0) => shown(d, lang, input.show, extra);
  // A range target is named as the range ("90-95 %"), with its unit once.
  const range = input.range;
  const goal = (lang: Lang) =>
    range
      ? `${shown(range.low, lang, input.show && { ...input.show, percent: false, points: false }, 0)}-${n(range.high, lang)}`
      : n(targetValue, lang);

  if (reaches(actual.value, targetValue, cmp)) {
    say(
      'kpi-met',
      actual.cell,
      `${input.name}: resultatet ${n(actual.value, 'da')} når målet ${goal('da')}.`,
      `${input.name}: the actual ${n(actual.value, 'en')} meets the target ${goal('en')}.`,
      values,
    );
    return result('met');
  }
  if (deadline === null || line === null) {
    const open = input.openDeadline;
    const progress = {
      da: `om resultatet ${n(actual.value, 'da')} er på vej mod målet ${goal('da')}`,
      en: `whether the actual ${n(actual.value, 'en')} is on its way to the target ${goal('en')}`,
    };
    if (open && deadline === null) {
      say(
        'reading-unsure',
        open.cell,
        `${input.name}: fristen »${open.value}« er ingen dato, så Fordel kan ikke vurdere, ${progress.da}. Skriv en dato (fx 31.12.2026), hvis målet skal vurderes.`,
        `${input.name}: the deadline "${open.value}" is no date, so Fordel cannot judge ${progress.en}. Write a date (e.g. 31.12.2026) to have the target judged.`,
      );
    } else if (input.deadlineUnreadable) {
      // The deadline cell's own finding says what to correct.
    } else if (input.deadlineCell && !input.deadline) {
      say(
        'missing-value',
        input.deadlineCell,
        `${input.name}: fristen mangler, så Fordel kan ikke vurdere, ${progress.da}.`,
        `${input.name}: the deadline is missing, so Fordel cannot judge ${progress.en}.`,
      );
    } else {
      say(
        'missing-value',
        input.target.cell,
        `${input.name}: målet har ingen frist, så fremdriften kan ikke vurderes.`,
        `${input.name}: the target has no deadline, so progress cannot be judged.`,
      );
    }
    return result('no-data');
  }
  // Lower is better and no baseline: the line would start at 0, already below any ceiling, and call every result
  // over it at risk however far the deadline is. Where the line starts is unknown, so the row is not judged.
  if (today <= deadline && cmp === 'atMost' && !input.baseline && input.type === 'level') {
    say(
      'reading-unsure',
      actual.cell,
      `${input.name}: resultatet ${n(actual.value, 'da')} er over målet ${goal('da')}, men uden udgangspunkt kan Fordel ikke tegne den lige linje mod fristen ${showDate(deadlineIso!, 'da')} og vurderer ikke fremdriften. Skriv udgangspunktet (baseline), hvis den skal vurderes.`,
      `${input.name}: the actual ${n(actual.value, 'en')} is above the target ${goal('en')}, but without a baseline Fordel cannot draw the straight line to the deadline ${showDate(deadlineIso!, 'en')} and does not judge progress. Write the baseline to have it judged.`,
    );
    return result('no-data');
  }
  if (today > deadline) {
    say(
      'kpi-not-met',
      actual.cell,
      `${input.name}: fristen ${showDate(deadlineIso!, 'da')} er passeret; resultatet ${n(actual.value, 'da')} når ikke målet ${goal('da')}.`,
      `${input.name}: the deadline ${showDate(deadlineIso!, 'en')} has passed; the actual ${n(actual.value, 'en')} does not meet the target ${goal('en')}.`,
      values,
    );
    return result('not-met');
  }
  if (line.onTrack(actual.value)) return result('on-track');
  say(
    'kpi-at-risk',
    actual.cell,
    `${input.name}: resultatet ${n(actual.value, 'da')} ligger under den lige linje mod målet ${goal('da')}; i dag burde det være ${n(line.value, 'da')}.`,
    `${input.name}: the actual ${n(actual.value, 'en')} is behind the straight line to the target ${goal('en')}; today it should be ${n(line.value, 'en')}.`,
    { expected: toPlainString(line.value), actual: toPlainString(actual.value) },
  );
  return result('at-risk');
}

/** A figure at the precision its cell shows (plus `extra` for a computed line), with " %" for percent cells. */
export function shown(d: Decimal, lang: Lang, show: KpiInput['show'], extra: number): string {
  if (!show) return formatNumber(d, lang);
  const digits = Math.min(show.decimals + extra, 6);
  if (show.points)
    return `${formatNumber(d, lang, digits)} ${lang === 'da' ? 'procentpoint' : 'percentage points'}`;
  return show.percent ? formatPercent(d, lang, digits) : formatNumber(d, lang, digits);
}

function targetValueOf(input: KpiInput): Decimal | null {
  const t = input.target.value;
  switch (input.type) {
    case 'level':
      return t;
    case 'change': {
      const b = input.baseline?.value;
      if (b === undefined) return null;
      const reduction = input.direction === 'down' && input.comparator === undefined && t.digits > 0n;
      const change = reduction ? -t.digits : t.digits;
      return add(b, mul(b, { digits: change, scale: t.scale + 2 }));
    }
    case 'pp': {
      const c = input.control?.value ?? input.baseline?.value;
      return c === undefined ? null : add(c, t);
    }
    case 'increase': {
      const b = input.baseline?.value;
      return b === undefined ? null : add(b, t);
    }
  }
}

function startValue(input: KpiInput): Decimal {
  if (input.baseline) return input.baseline.value;
  if (input.type === 'pp' && input.control) return input.control.value;
  return ZERO;
}

function reaches(value: Decimal, target: Decimal, cmp: Comparator): boolean {
  const c = compare(value, target);
  return cmp === 'atLeast' ? c >= 0 : c <= 0;
}

/** (actual - start) / (target - start) in percent, 1 decimal; null when target equals start. */
function fulfilmentOf(actual: Decimal, start: Decimal, target: Decimal): Decimal | null {
  const num = sub(actual, start);
  const den = sub(target, start);
  const k = Math.max(num.scale, den.scale);
  const d = rescale(den, k).digits;
  if (d === 0n) return null;
  return divDecimal(rescale(num, k).digits * 100n, d, 1, 'half-up');
}

interface Line {
  value: Decimal;
  onTrack(actual: Decimal): boolean;
}

function straightLine(
  input: KpiInput,
  start: Decimal,
  target: Decimal,
  cmp: Comparator,
  deadline: number,
  deadlineIso: string,
  today: number,
): Line | null {
  const from = input.baselineYear ? dayOfYearStart(input.baselineYear + 1) : oneYearBefore(deadlineIso);
  if (from === null) return null;
  const span = deadline - from;
  if (span <= 0 || reaches(start, target, cmp))
    return { value: target, onTrack: (a) => reaches(a, target, cmp) };
  // The line today as num / span: start + (target - start) x elapsed / span, elapsed clamped to [0, span].
  const elapsed = Math.min(Math.max(today - from, 0), span);
  const den = BigInt(span);
  const num = add(mul(start, decimal(den)), mul(sub(target, start), decimal(elapsed)));
  const k = Math.max(start.scale, target.scale);
  return {
    value: divDecimal(num.digits, den * pow10(num.scale), k + 2, 'half-up'),
    onTrack: (actual) => reaches(mul(actual, decimal(den)), num, cmp),
  };
}
