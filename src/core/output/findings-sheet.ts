/**
 * The findings sheet: the user's list as the pane shows it - diagnoses and groups, each followed by the
 * findings it stands for - with a link to every cell, the rule's Danish name beside its code, expected
 * and actual as real numbers (shown in the user's number format), and, after an exact split was
 * inserted, the cells changed and the values they held before.
 */
import type { ResultItem, TableReading } from '../check/result';
import type { Finding, Lang, Severity, Text } from '../findings/finding';
import { text } from '../findings/finding';
import type { RuleCode } from '../findings/catalogue';
import { RULE_NAMES } from '../findings/rule-names';
import { a1, sheetRef } from '../grid/a1';
import { showDate } from '../kinds/kpi/rules/dates';
import { fitCell } from './cell-text';
import { amountUnitName, formatNumber } from '../money/format';
import { fromNumber, mul, toPlainString } from '../decimal/decimal';
import type { OutValue, OwnedSheet, UserEdit } from './plan';

const SEVERITY: Record<Severity, Text> = {
  error: text('Fejl', 'Error'),
  warning: text('Advarsel', 'Warning'),
  info: text('Info', 'Info'),
};

const CONFIDENCE: Record<NonNullable<ResultItem['confidence']>, Text> = {
  certain: text('sikker', 'certain'),
  likely: text('sandsynlig', 'likely'),
  possible: text('mulig', 'possible'),
};

const HEADERS: Text[] = [
  text('Alvor', 'Severity'),
  text('Regel', 'Rule'),
  text('Regelnavn', 'Rule name'),
  text('Ark', 'Sheet'),
  text('Celle', 'Cell'),
  text('Besked', 'Message'),
  text('Forventet', 'Expected'),
  text('Faktisk', 'Actual'),
  text('Enhed', 'Unit'),
  text('Sikkerhed', 'Confidence'),
];

/** Amounts in kroner and shares in percent; everything else is a plain number. */
const MONEY: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'total-mismatch',
  'breakdown-mismatch',
  'matching-shortfall',
  'split-unallocated',
  'split-mismatch',
  'negative-amount',
  'cell-breaks-totals',
  'row-outside-total',
  'total-as-party',
  'amounts-swapped',
]);
const PERCENT: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'cofinancing-below-minimum',
  'shares-not-100',
  'shares-off-key',
]);

/** Shown as 1.500.000,00 in Danish Excel and 1,500,000.00 in English: the format code is locale-neutral. */
const NUMBER_FORMAT = '#,##0.00';

export const FINDINGS_SHEET: Text = text('Fordel-fund', 'Fordel findings');

export interface FindingsSheetExtra {
  /** The user's list; without it every finding is its own item. */
  readonly items?: readonly ResultItem[];
  /** User cells written after their confirmation, listed with the values they held before. */
  readonly applied?: readonly UserEdit[];
  /** Each table's reading, listed under the findings. */
  readonly readings?: readonly TableReading[];
}

const READ: Text = text('Læsning', 'Reading');
const UNSURE: Text = text('Usikker', 'Unsure');

function splitId(id: string): [string, string] {
  const at = id.lastIndexOf('!');
  return [id.slice(0, at), id.slice(at + 1)];
}

export function findingsSheet(
  name: string,
  findings: readonly Finding[],
  lang: Lang,
  checkedAt: string,
  extra: FindingsSheetExtra = {},
): OwnedSheet {
  const items = extra.items ?? findings.map(singleItem);
  const date = showDate(checkedAt, lang);
  const title: OutValue[] = [
    lang === 'da'
      ? `Fordel: ${items.length} ${items.length === 1 ? 'punkt' : 'punkter'} (${findings.length} fund), kontrolleret ${date}`
      : `Fordel: ${items.length} ${items.length === 1 ? 'item' : 'items'} (${findings.length} findings), checked ${date}`,
  ];
  const rows: OutValue[][] = [title, HEADERS.map((h) => h[lang])];
  const bold = [0, 1];
  for (const item of items) {
    const alone = item.kind === 'finding' && item.findings.length === 1;
    rows.push(itemRow(item, alone ? item.findings[0] : null, lang));
    if (alone) continue;
    for (const f of item.findings) rows.push(findingRow(f, lang, true));
  }
  const applied = extra.applied ?? [];
  if (applied.length) {
    rows.push([]);
    bold.push(rows.length);
    rows.push([
      lang === 'da'
        ? `${applied.length} celler ændret efter din bekræftelse: den præcise fordeling er indsat (Forventet = ny værdi, Faktisk = tidligere værdi)`
        : `${applied.length} cells changed after your confirmation: the exact split was inserted (Expected = new value, Actual = previous value)`,
    ]);
    for (const e of applied) rows.push(editRow(e, lang));
  }
  const readings = extra.readings ?? [];
  if (readings.length) {
    // How each table was read, so a verdict can be traced to what it rests on.
    rows.push([]);
    bold.push(rows.length);
    rows.push([lang === 'da' ? 'Sådan læste Fordel tabellerne' : 'How Fordel read the tables']);
    for (const r of readings) {
      const [sheet, cell] = splitId(r.tableId);
      bold.push(rows.length);
      rows.push([
        r.unsure ? UNSURE[lang] : READ[lang],
        r.kind,
        null,
        sheet,
        link(sheet, cell),
        fitCell(r.title),
      ]);
      for (const d of r.decisions)
        rows.push([null, d.role, null, null, d.cells || null, fitCell(d.because[lang])]);
      for (const u of r.unsureBecause) rows.push([null, 'unsure', null, null, null, fitCell(u[lang])]);
    }
  }
  return {
    name,
    values: rows,
    numberFormats: ['@', '@', '@', '@', '@', '@', NUMBER_FORMAT, NUMBER_FORMAT, '@', '@'],
    columnWidths: [10, 22, 26, 16, 10, 80, 16, 16, 7, 11],
    boldRows: bold,
  };
}

function singleItem(f: Finding): ResultItem {
  return {
    id: '',
    kind: 'finding',
    rule: f.rule,
    severity: f.severity,
    tableId: null,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    count: 1,
    findings: [f],
  };
}

function link(sheet: string, cell: string): OutValue {
  return { link: sheetRef(sheet, cell.split(':')[0]), text: cell };
}

function itemRow(item: ResultItem, f: Finding | null, lang: Lang): OutValue[] {
  const counted =
    item.kind === 'finding' ? '' : lang === 'da' ? ` (${item.count} fund)` : ` (${item.count} findings)`;
  return [
    SEVERITY[item.severity][lang],
    item.rule,
    RULE_NAMES[item.rule][lang],
    item.sheet,
    link(item.sheet, item.cell),
    fitCell(item.message[lang] + counted),
    f ? numberOf(f.expected) : null,
    f ? numberOf(f.actual) : null,
    f ? unitOf(f) : null,
    item.confidence ? CONFIDENCE[item.confidence][lang] : null,
  ];
}

/** A finding under the item that stands for it, indented. */
function findingRow(f: Finding, lang: Lang, indented: boolean): OutValue[] {
  return [
    indented ? null : SEVERITY[f.severity][lang],
    f.rule,
    RULE_NAMES[f.rule][lang],
    f.sheet,
    link(f.sheet, f.cell),
    fitCell(`${f.message[lang]}`),
    numberOf(f.expected),
    numberOf(f.actual),
    unitOf(f),
    null,
  ];
}

function editRow(e: UserEdit, lang: Lang): OutValue[] {
  const cell = a1(e.row, e.col);
  // Shown exactly as it was: "19.500" typed as text stays that text.
  const previous = typeof e.previous === 'string' ? fitCell(e.previous) : e.previous;
  // Like every amount on this sheet, in kroner; a cell in t.kr. or mio. kr. got the value in its own unit.
  const scale = e.amountScale ?? 1;
  const kroner = (v: number) => (scale === 1 ? v : timesScale(v, scale));
  const inCell =
    scale === 1
      ? text('', '')
      : text(
          `. Cellen står i ${amountUnitName(scale, 'da')}: der er skrevet ${formatNumber(fromNumber(e.value)!, 'da')}`,
          `. The cell is in ${amountUnitName(scale, 'en')}: ${formatNumber(fromNumber(e.value)!, 'en')} was written`,
        );
  return [
    null,
    null,
    lang === 'da' ? 'Præcis fordeling indsat' : 'Exact split inserted',
    e.sheet,
    link(e.sheet, cell),
    (lang === 'da' ? 'Tidligere værdi i kolonnen Faktisk' : 'Previous value in the Actual column') +
      inCell[lang],
    kroner(e.value),
    typeof previous === 'number' ? kroner(previous) : typeof previous === 'object' ? null : previous,
    'kr.',
    null,
  ];
}

/** A cell's value in t.kr. or mio. kr. as kroner, exactly (6,825 mio. kr. is 6825000, not 6825000.000000001). */
function timesScale(v: number, scale: number): number {
  const d = fromNumber(v);
  return d ? Number(toPlainString(mul(d, fromNumber(scale)!))) : v;
}

/** A plain decimal ("48.2", "-3409") as a number; anything else (a label, a price level) as text. */
function numberOf(plain: string | undefined): OutValue {
  if (plain === undefined) return null;
  return /^-?\d+(\.\d+)?$/.test(plain) && Number.isFinite(Number(plain)) ? Number(plain) : fitCell(plain);
}

function unitOf(f: Finding): string | null {
  if (f.expected === undefined && f.actual === undefined) return null;
  if (MONEY.has(f.rule)) return 'kr.';
  if (PERCENT.has(f.rule)) return '%';
  return null;
}
