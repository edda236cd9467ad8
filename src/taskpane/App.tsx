/**
 * The task pane: "Kontrollér" in a fixed footer reads and shows, and never writes. Writing Fordel's columns,
 * highlights and findings sheet is its own previewed action ("Skriv i projektmappen"), as is every fix of the
 * user's cells; a setting makes writing automatic. The result comes first (a summary, next/previous through
 * the items), then the tables with their items, the items marked as fine, the reading and its correction.
 * All workbook access goes through the WorkbookPort, so the same pane runs in Excel, on the browser page, in
 * the preview's fake Excel and in tests.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Label,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { acceptItem, sameAccepted } from '../core/check/accepted';
import type { AcceptedResult } from '../core/check/result';
import type { ResultItem, TableReading, TableVerdict } from '../core/check/result';
import { a1Range, parseA1Range } from '../core/grid/a1';
import type { Finding, Lang } from '../core/findings/finding';
import type { LayoutOverride } from '../core/tables/layout';
import type { WorkbookChange, WorkbookPort, WorkbookSnapshot, WriteReport } from '../workbook/port';
import { isEmptyClean, keptNotes, planClean } from '../core/output/clean-plan';
import { emptySettings, type FordelSettings } from '../core/output/plan';
import { AcceptDialog } from './components/AcceptDialog';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorBar, errorText } from './components/ErrorBar';
import { ExcelSelfTest } from './components/ExcelSelfTest';
import { findingKey } from './components/FindingButton';
import { markOf } from './components/ItemView';
import { ParamsForm } from './components/ParamsForm';
import { RunProgress, stepText } from './components/RunProgress';
import { SettingsSection } from './components/SettingsSection';
import { NewSplitPanel } from './components/NewSplitPanel';
import { SummaryBar, writeLines } from './components/SummaryBar';
import { TableEditor } from './components/TableEditor';
import { TableList, WORKBOOK_KEY } from './components/TableList';
import { WritePreviewView } from './components/WritePreviewView';
import { STRINGS, counted, format, type Strings } from './i18n';
import { I18nContext } from './i18n/context';
import { columnChoices, mergeOverrides, overrideKey, putOverride, rangeKey, rowChoices } from './overrides';
import { listTables, type PaneTable } from './pane-tables';
import { defaultDraft, localToday, validateDraft, type ParamsDraft } from './params-draft';
import { fixLines, fixPlan, noFixReason } from './results/fixes';
import { resultItems, type SeverityFilter } from './results/items';
import { mergeTables } from './results/merge';
import { summarize, tableVerdicts } from './results/verdicts';
import { previewWrite } from './results/write-preview';
import { runCheck, type Checker, type RunOutcome, type RunStep } from './run-check';

/** How long after the last edit a live re-check starts: typing a number is not interrupted. */
export const LIVE_DELAY_MS = 400;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    // The page gives the pane its height: the whole task pane in Excel, a column on the browser page.
    height: '100%',
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    overflow: 'hidden',
    boxSizing: 'border-box',
  },
  scroll: {
    flex: '1 1 auto',
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  filter: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  filterSelect: { flexGrow: 1, minWidth: 0 },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  navText: { flexGrow: 1, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  footer: {
    flex: '0 0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  footerButtons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  run: { flexGrow: 1 },
  status: { minHeight: '0', overflowWrap: 'anywhere' },
  fixList: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: '18px' },
  lang: { alignSelf: 'flex-start' },
});

/** Fordel has written something the user can have removed. */
function hasOutput(settings: FordelSettings | null): boolean {
  return !isEmptyClean(planClean(settings, { removeSettings: false }));
}

const RANK = { error: 0, warning: 1, info: 2, good: 3 } as const;

/** Errors first, then warnings, information and good news; sheet order within each. */
function errorsFirst(items: readonly ResultItem[]): ResultItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => RANK[markOf(a.item)] - RANK[markOf(b.item)] || a.i - b.i)
    .map((x) => x.item);
}

export interface AppProps {
  readonly port: WorkbookPort;
  readonly initialLang?: Lang;
  /** YYYY-MM-DD; the as-of date's default (tests pin it). */
  readonly today?: string;
  /** The check; the add-in and the browser page pass one that runs in a Web Worker. */
  readonly checker?: Checker;
  /** Live re-checks start this long after the last edit (tests shorten it). */
  readonly liveDelayMs?: number;
}

interface Editing {
  readonly key: string;
  readonly override: LayoutOverride;
  /** The table has a correction (now or saved) that the user may remove. */
  readonly corrected: boolean;
  /** A split laid out across, as the reader found it. */
  readonly across?: boolean;
}

/** A text for the status region, kept as a key so it follows the language. */
interface Notice {
  readonly key: keyof Strings;
  readonly vars?: Record<string, string | number>;
  readonly count?: number;
  readonly extra?: keyof Strings;
  /** Sentences already in the user's language, after the rest (what a clean kept, and why). */
  readonly lines?: readonly string[];
}

interface Failure {
  readonly message: string;
  readonly retry: () => void;
}

type Confirm =
  | { readonly kind: 'write' }
  | { readonly kind: 'fix'; readonly item: ResultItem }
  | { readonly kind: 'accept'; readonly item: ResultItem }
  | { readonly kind: 'clean' };

interface Outcome extends RunOutcome {
  /** A write was asked for (automatic or "Skriv i projektmappen"); refusals are shown only then. */
  readonly wroteAsked: boolean;
  /** Cells of the user's own changed by a confirmed fix just before this check. */
  readonly fixed?: number;
  readonly fixUndo?: boolean;
}

export function App({ port, initialLang = 'da', today, checker, liveDelayMs = LIVE_DELAY_MS }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => ({ lang, t: STRINGS[lang] }), [lang]);
  const { t } = i18n;

  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [overrides, setOverrides] = useState<LayoutOverride[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const [draft, setDraft] = useState<ParamsDraft>(() => defaultDraft(today ?? localToday()));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [step, setStep] = useState<RunStep | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [currentItem, setCurrentItem] = useState<string | null>(null);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [removeSettings, setRemoveSettings] = useState(false);
  const [stale, setStale] = useState(false);
  const [live, setLive] = useState(false);

  const filterId = useId('filter');
  const summaryRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes back to when an editor or dialog closes. */
  const opener = useRef<HTMLElement | null>(null);
  const [focusSummary, setFocusSummary] = useState(false);
  const failureRef = useRef<HTMLDivElement>(null);

  const validation = useMemo(() => validateDraft(draft), [draft]);
  // A field that is plainly wrong says so at once; an empty total is fine until the user runs.
  const errors =
    showErrors || draft.total.trim() !== '' ? validation.errors : { ...validation.errors, total: undefined };

  const reload = useCallback(async () => {
    setFailure(null);
    try {
      const snap = await port.read();
      setSnapshot(snap);
      return snap;
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void reload() });
      return null;
    }
  }, [port]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // After a run the pane scrolls to the summary and puts focus there, so it is read out and seen.
  useEffect(() => {
    if (!focusSummary || !outcome) return;
    setFocusSummary(false);
    const el = summaryRef.current;
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [focusSummary, outcome]);

  // A failure shows at the top of the pane, maybe far above where the user pressed: it is brought into
  // view, and when the user is working in the pane (not in Excel) the keyboard goes to its "Prøv igen",
  // since the dialog or button they used may have gone.
  useEffect(() => {
    const el = failureRef.current;
    if (!failure || !el) return;
    el.scrollIntoView?.({ block: 'nearest' });
    if (document.hasFocus()) el.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [failure]);

  const listing = useMemo<{ tables: PaneTable[] | null; error: string | null }>(() => {
    if (!snapshot) return { tables: null, error: null };
    try {
      return { tables: listTables(snapshot, overrides, removed), error: null };
    } catch (err) {
      // A sheet the reader chokes on must not take the whole pane down; the check reports it too.
      return { tables: [], error: errorText(err) };
    }
  }, [snapshot, overrides, removed]);

  const results = useMemo(() => {
    if (!outcome) return null;
    const { result } = outcome;
    const verdicts = new Map<string, TableVerdict>(tableVerdicts(result).map((v) => [v.tableId, v]));
    const readings = new Map<string, TableReading>((result.readings ?? []).map((r) => [r.tableId, r]));
    const items = new Map<string, ResultItem[]>();
    for (const item of resultItems(result, outcome.snapshot.sheetNames)) {
      const key = item.tableId ?? WORKBOOK_KEY;
      items.set(key, [...(items.get(key) ?? []), item]);
    }
    for (const [key, list] of items) items.set(key, errorsFirst(list));
    const accepted = new Map<string, AcceptedResult[]>();
    for (const a of result.accepted ?? []) {
      const key = a.item.tableId ?? WORKBOOK_KEY;
      accepted.set(key, [...(accepted.get(key) ?? []), a]);
    }
    const grids = new Map(outcome.snapshot.sheets.map((g) => [g.name, g]));
    return { verdicts, readings, items, accepted, grids, summary: summarize(result) };
  }, [outcome]);

  /** Every item in the order the pane shows them: table by table, errors first. */
  const ordered = useMemo(() => {
    if (!results || !listing.tables) return [];
    const keys = [...listing.tables.map((tb) => tb.id).filter((id): id is string => !!id), WORKBOOK_KEY];
    return keys.flatMap((k) => results.items.get(k) ?? []);
  }, [results, listing.tables]);

  const tableKeyOf = useCallback(
    (tableId: string | null) =>
      tableId === null
        ? WORKBOOK_KEY
        : (listing.tables?.find((tb) => tb.id === tableId)?.key ?? WORKBOOK_KEY),
    [listing.tables],
  );

  function restoreFocus() {
    const el = opener.current;
    opener.current = null;
    // After React has re-rendered: the opener may have been replaced, then the run button is the place.
    setTimeout(() => (el?.isConnected ? el : runRef.current)?.focus(), 0);
  }

  function startEditing(
    table: Pick<PaneTable, 'key' | 'override' | 'corrected' | 'across'>,
    from: HTMLElement | null,
  ) {
    setNotice(null);
    opener.current = from;
    setSelected(table.key);
    setEditing({
      key: table.key,
      override: table.override,
      corrected: table.corrected,
      across: table.across,
    });
  }

  function closeEditor() {
    setEditing(null);
    restoreFocus();
  }

  /** "Læs igen": the list may look the same afterwards, so the footer says the workbook was read. */
  async function reread() {
    setNotice(null);
    const snap = await reload();
    if (!snap) return;
    let count: number;
    try {
      count = listTables(snap, overrides, removed).length;
    } catch {
      return; // The list shows why it could not be read.
    }
    setNotice({ key: 'tablesReread', count });
  }

  async function takeSelection(from: HTMLElement) {
    setNotice(null);
    const snap = await reload();
    const sel = snap?.selection;
    if (!snap || !sel) {
      if (snap) setNotice({ key: 'noSelection' });
      return;
    }
    const range = a1Range(sel.range);
    const tables = listTables(snap, overrides, removed);
    const known =
      tables.find((tb) => tb.key === rangeKey(sel.sheet, range)) ??
      // A cell inside a table the pane knows means that table, not a new one-cell table.
      tables.find((tb) => {
        const pos = parseA1Range(tb.range);
        return (
          tb.sheet === sel.sheet &&
          pos !== null &&
          pos.top <= sel.range.top &&
          pos.bottom >= sel.range.bottom &&
          pos.left <= sel.range.left &&
          pos.right >= sel.range.right
        );
      });
    if (known) return startEditing(known, from);
    if (sel.range.bottom === sel.range.top || sel.range.right === sel.range.left) {
      setNotice({ key: 'selectionTooSmall' });
      return;
    }
    const override: LayoutOverride = {
      sheet: sel.sheet,
      range,
      kind: 'cofinancing',
      headerRow: sel.range.top,
    };
    // A new table has no row in the list yet: its editor opens above the list.
    startEditing({ key: rangeKey(sel.sheet, range), override, corrected: false }, from);
  }

  /** Writes only Fordel's settings sheet (a correction, an item marked as fine); true when written. */
  async function saveSettings(change: (s: FordelSettings) => FordelSettings): Promise<boolean> {
    const snap = await port.read();
    const settings = change(snap.settings ?? emptySettings());
    const report = await port.write({ blocks: [], highlights: [], sheets: [], settings });
    if (!report.written) {
      setFailure({
        message: report.refused?.[lang] ?? t.failedTitle,
        retry: () => void saveSettings(change),
      });
      return false;
    }
    return true;
  }

  async function saveCorrection(next: LayoutOverride) {
    const key = overrideKey(next);
    // The check below must see the corrections as they are now, not as this render's closure holds them.
    const mine = putOverride(overrides, next);
    const gone = removed.filter((k) => k !== key);
    setOverrides(mine);
    setRemoved(gone);
    setEditing(null);
    try {
      await saveSettings((s) => ({ ...s, overrides: mergeOverrides(s.overrides, [next]) }));
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void saveCorrection(next) });
    }
    // The corrected table is checked at once, and stays open with its new verdict.
    setSelected(key);
    await check({ overrides: mine, removed: gone });
    restoreFocus();
  }

  async function removeCorrection(o: LayoutOverride) {
    const key = overrideKey(o);
    const mine = overrides.filter((m) => overrideKey(m) !== key);
    const gone = removed.includes(key) ? removed : [...removed, key];
    setOverrides(mine);
    setRemoved(gone);
    setEditing(null);
    try {
      await saveSettings((s) => ({ ...s, overrides: s.overrides.filter((m) => overrideKey(m) !== key) }));
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void removeCorrection(o) });
    }
    await check({ overrides: mine, removed: gone });
    restoreFocus();
  }

  interface CheckOptions {
    /** Re-check only these tables (live) and keep the rest of the last result. */
    readonly only?: readonly string[];
    /** Write afterwards: "Skriv i projektmappen", or automatic when the user chose that. */
    readonly write?: boolean;
    readonly fixed?: { readonly cells: number; readonly undo?: boolean };
    /** Keep focus where it is (a live re-check must not pull focus from Excel). */
    readonly quiet?: boolean;
    /** The user's corrections just changed (state updates reach the next render only). */
    readonly overrides?: readonly LayoutOverride[];
    readonly removed?: readonly string[];
  }

  async function check(opts: CheckOptions = {}) {
    setShowErrors(true);
    const params = validation.params;
    if (!params) {
      setSettingsOpen(true);
      setNotice({ key: 'fixParams' });
      return;
    }
    if (!opts.quiet) setNotice(null);
    setFailure(null);
    const write = !opts.only && (opts.write ?? draft.write);
    try {
      const run = await runCheck(
        port,
        { ...params, lang, ...(opts.only ? { only: opts.only } : {}) },
        opts.overrides ?? overrides,
        write,
        setStep,
        checker,
        opts.removed ?? removed,
      );
      setSnapshot(run.snapshot);
      setStale(false);
      setOutcome((prev) =>
        opts.only && prev
          ? { ...prev, snapshot: run.snapshot, result: mergeTables(prev.result, run.result, opts.only) }
          : {
              ...run,
              wroteAsked: write,
              ...(opts.fixed ? { fixed: opts.fixed.cells, fixUndo: opts.fixed.undo } : {}),
            },
      );
      if (!opts.quiet) setFocusSummary(true);
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void check(opts) });
    } finally {
      setStep(null);
    }
  }

  // After any edit in the workbook the results are out of date; with Live on, the table edited is checked
  // again shortly after the last keystroke.
  const liveRef = useRef<{ live: boolean; check: (c: WorkbookChange) => void }>({
    live: false,
    check: () => undefined,
  });
  liveRef.current = {
    live,
    check: (change) => {
      const pos = parseA1Range(change.address);
      const table = listing.tables?.find((tb) => {
        const r = parseA1Range(tb.range);
        return tb.sheet === change.sheet && r && pos && pos.top <= r.bottom && pos.bottom >= r.top;
      });
      const only = table?.id && outcome ? [table.id] : undefined;
      void check({ only, quiet: true }).then(() => {
        if (table) setNotice({ key: 'liveChecked', vars: { title: table.title } });
      });
    },
  };
  useEffect(() => {
    if (!port.onChange) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = port.onChange((change) => {
      setStale(true);
      if (!liveRef.current.live) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => liveRef.current.check(change), liveDelayMs);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [port, liveDelayMs]);

  async function writeNow() {
    setConfirm(null);
    await check({ write: true });
    restoreFocus();
  }

  async function applyFix(item: ResultItem) {
    setConfirm(null);
    const edits = item.fix?.edits ?? [];
    if (!outcome || edits.length === 0) return;
    setFailure(null);
    let report: WriteReport;
    try {
      setStep('writing');
      report = await port.write(fixPlan(outcome.snapshot.settings, edits));
    } catch (err) {
      setStep(null);
      setFailure({ message: errorText(err), retry: () => setConfirm({ kind: 'fix', item }) });
      return;
    }
    setStep(null);
    if (!report.written) {
      setFailure({
        message: report.refused?.[lang] ?? t.failedTitle,
        retry: () => setConfirm({ kind: 'fix', item }),
      });
      return;
    }
    await check({ fixed: { cells: edits.length, undo: report.undoGroup } });
    restoreFocus();
  }

  async function accept(item: ResultItem, note: string) {
    setConfirm(null);
    if (!results) return;
    const entry = acceptItem(item, results.grids, note, validation.params?.asOf ?? localToday());
    try {
      const ok = await saveSettings((s) => ({
        ...s,
        accepted: [...(s.accepted ?? []).filter((a) => !sameAccepted(a, entry)), entry],
      }));
      if (ok) await check({ quiet: true });
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void accept(item, note) });
    }
    restoreFocus();
  }

  async function unaccept(a: AcceptedResult) {
    try {
      const ok = await saveSettings((s) => ({
        ...s,
        accepted: (s.accepted ?? []).filter((x) => !sameAccepted(x, a.accepted)),
      }));
      if (ok) await check({ quiet: true });
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void unaccept(a) });
    }
  }

  async function clean() {
    setConfirm(null);
    const remove = port.clean?.bind(port);
    if (!remove) return;
    setNotice(null);
    setFailure(null);
    try {
      setStep('reading');
      const snap = await port.read();
      if (!snap.settings || !hasOutput(snap.settings)) {
        setSnapshot(snap);
        return;
      }
      setStep('writing');
      const plan = planClean(snap.settings, { removeSettings, grids: snap.sheets });
      const report = await remove(plan);
      if (!report.written) {
        setFailure({
          message: report.refused?.[lang] ?? t.failedTitle,
          retry: () => setConfirm({ kind: 'clean' }),
        });
        return;
      }
      if (removeSettings) {
        setOverrides([]);
        setRemoved([]);
      }
      setOutcome(null);
      setSelected(null);
      setSnapshot(await port.read());
      const extra =
        report.undoGroup === true ? 'oneUndoStep' : report.undoGroup === false ? 'notOneUndoStep' : undefined;
      setNotice({ key: 'cleaned', extra, lines: keptNotes(plan).map((n) => n[lang]) });
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void clean() });
    } finally {
      setStep(null);
      restoreFocus();
    }
  }

  async function goTo(sheet: string, cell: string) {
    if (!port.select) return;
    try {
      await port.select(sheet, cell);
    } catch {
      setNotice({ key: 'selectFailed', vars: { cell: `${sheet}!${cell}` } });
    }
  }

  async function select(f: Finding) {
    setCurrent(findingKey(f));
    await goTo(f.sheet, f.cell);
  }

  async function selectItem(item: ResultItem) {
    setCurrentItem(item.id);
    setCurrent(null);
    await goTo(item.sheet, item.cell);
  }

  /** Next or previous item, like Excel's error checking: opens its table, marks it and selects its cell. */
  function step1(delta: 1 | -1) {
    if (ordered.length === 0) return;
    const at = ordered.findIndex((i) => i.id === currentItem);
    const next =
      ordered[at < 0 ? (delta > 0 ? 0 : ordered.length - 1) : (at + delta + ordered.length) % ordered.length];
    setSelected(tableKeyOf(next.tableId));
    void selectItem(next);
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>(
        `[data-item-id="${CSS.escape(next.id)}"] [data-headline]`,
      );
      el?.scrollIntoView?.({ block: 'nearest' });
    }, 0);
  }

  function ask(c: Confirm) {
    opener.current = document.activeElement as HTMLElement | null;
    if (c.kind === 'clean') setRemoveSettings(false);
    setConfirm(c);
  }

  const busy = step !== null;
  const canClean = !!port.clean && (hasOutput(snapshot?.settings ?? null) || !!outcome?.report?.written);
  const canWrite = !!outcome && outcome.result.tables.length > 0 && !outcome.report?.written;
  // A stale "correct the fields" goes as soon as the fields are right.
  const shownNotice = notice?.key === 'fixParams' && validation.params ? null : notice;
  const preview = useMemo(() => (outcome ? previewWrite(outcome.result.plan) : null), [outcome]);
  const findingsSheet = outcome?.report?.written ? preview?.findingsSheet : null;
  const position = ordered.findIndex((i) => i.id === currentItem);

  const secondary = outcome
    ? [
        ...(outcome.fixed !== undefined ? [counted(t, 'fixed', outcome.fixed)] : []),
        ...(outcome.fixed !== undefined && outcome.fixUndo === true ? [t.oneUndoStep] : []),
        ...(outcome.fixed !== undefined && outcome.fixUndo === false ? [t.notOneUndoStep] : []),
        ...writeLines(t, lang, {
          cells: outcome.report?.written ? outcome.report.cells : null,
          undoGroup: outcome.report?.undoGroup,
          notes: [
            ...(outcome.snapshot.notes ?? []),
            ...outcome.result.notes,
            ...(outcome.report?.notes ?? []),
          ],
        }),
      ]
    : [];

  const editorFor = (key: string) => {
    if (!editing || editing.key !== key) return null;
    const grid = snapshot?.sheets.find((s) => s.name === editing.override.sheet);
    return (
      <TableEditor
        key={editing.key}
        override={editing.override}
        choices={columnChoices(grid, editing.override)}
        rows={rowChoices(grid, editing.override, (row, label) =>
          format(t.editorRowLabel, { row, label: label || t.emptyValue }),
        )}
        busy={busy}
        onSave={(next) => void saveCorrection(next)}
        onCancel={closeEditor}
        onRemove={editing.corrected ? () => void removeCorrection(editing.override) : undefined}
        across={editing.across}
      />
    );
  };
  const newTableEditor =
    editing && !listing.tables?.some((tb) => tb.key === editing.key) ? editorFor(editing.key) : null;

  return (
    <I18nContext.Provider value={i18n}>
      <main className={styles.root} lang={lang} aria-label="Fordel">
        <div className={styles.scroll}>
          {failure && (
            <div ref={failureRef}>
              <ErrorBar message={failure.message} onRetry={failure.retry} />
            </div>
          )}

          {outcome && results && (
            <section aria-label={t.resultsHeading} className={styles.section}>
              <SummaryBar
                ref={summaryRef}
                summary={results.summary}
                secondary={secondary}
                refusals={outcome.wroteAsked ? outcome.result.refusals : []}
                refused={outcome.wroteAsked ? outcome.report?.refused : undefined}
                onCheckWithoutWriting={() => {
                  setDraft({ ...draft, write: false });
                  void check({ write: false });
                }}
                onGoToFindings={findingsSheet ? () => void goTo(findingsSheet, 'A1') : undefined}
              />
              {stale && (
                <MessageBar intent="warning" layout="multiline" data-testid="stale">
                  <MessageBarBody>{t.stale}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" disabledFocusable={busy} onClick={() => void check()}>
                      {t.checkAgain}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {ordered.length > 0 && (
                <div className={styles.nav}>
                  {/* Read out as the user steps, so Forrige and Næste are heard to do something. */}
                  <Caption1 className={styles.navText} aria-live="polite" aria-atomic>
                    {position >= 0
                      ? format(t.itemPosition, { index: position + 1, count: ordered.length })
                      : counted(t, 'itemsCount', ordered.length)}
                  </Caption1>
                  <Button size="small" onClick={() => step1(-1)}>
                    {t.prevItem}
                  </Button>
                  <Button size="small" onClick={() => step1(1)}>
                    {t.nextItem}
                  </Button>
                </div>
              )}
            </section>
          )}

          <section className={styles.section} aria-labelledby="tables-heading">
            <Subtitle2 as="h2" id="tables-heading" className={styles.heading}>
              {t.tablesHeading}
            </Subtitle2>
            {outcome && outcome.result.tables.length > 0 && (
              <div className={styles.filter}>
                <Label htmlFor={filterId} size="small">
                  {t.filterLabel}
                </Label>
                <Select
                  id={filterId}
                  size="small"
                  className={styles.filterSelect}
                  value={filter}
                  onChange={(_, data) => setFilter(data.value as SeverityFilter)}
                >
                  <option value="all">{t.filterAll}</option>
                  <option value="warning">{t.filterWarning}</option>
                  <option value="error">{t.filterError}</option>
                </Select>
              </div>
            )}
            {newTableEditor}
            <TableList
              tables={listing.tables}
              quietWhenEmpty={outcome?.result.tables.length === 0}
              verdicts={results?.verdicts ?? null}
              readings={results?.readings ?? new Map()}
              items={results?.items ?? new Map()}
              accepted={results?.accepted ?? new Map()}
              filter={filter}
              selected={selected}
              current={current}
              currentItem={currentItem}
              stale={stale || busy}
              noFixOf={(item) =>
                results
                  ? noFixReason(item, results.items.get(item.tableId ?? WORKBOOK_KEY) ?? [], results.grids)
                  : null
              }
              onToggle={(key) => setSelected(selected === key ? null : key)}
              onSelectItem={(item) => void selectItem(item)}
              onSelectFinding={(f) => void select(f)}
              onFix={(item) => ask({ kind: 'fix', item })}
              onAccept={(item) => ask({ kind: 'accept', item })}
              onUnaccept={(a) => void unaccept(a)}
              onCorrect={(tb, from) => startEditing(tb, from)}
              editorFor={editorFor}
            />
            <div className={styles.actions}>
              <Button size="small" disabled={busy} onClick={(e) => void takeSelection(e.currentTarget)}>
                {t.useSelection}
              </Button>
              <Button size="small" disabled={busy} onClick={() => void reread()}>
                {t.tablesRefresh}
              </Button>
            </div>
            {listing.error && <ErrorBar message={listing.error} onRetry={() => void reload()} />}
          </section>

          <SettingsSection open={settingsOpen} onOpenChange={setSettingsOpen}>
            <ParamsForm draft={draft} errors={errors} disabled={busy} onChange={setDraft} />
            <Field label={t.languageLabel}>
              <Button
                size="small"
                className={styles.lang}
                aria-label={t.switchLanguageLabel}
                // The switch speaks the language it switches to.
                lang={lang === 'da' ? 'en' : 'da'}
                onClick={() => setLang(lang === 'da' ? 'en' : 'da')}
              >
                {t.switchLanguage}
              </Button>
            </Field>
            <ExcelSelfTest />
          </SettingsSection>
          <NewSplitPanel port={port} disabled={busy} />
        </div>

        <footer className={styles.footer}>
          {step && <RunProgress step={step} />}
          <div role="status" aria-live="polite" className={styles.status}>
            {step
              ? stepText(t, step)
              : shownNotice &&
                [
                  shownNotice.count !== undefined
                    ? counted(t, shownNotice.key, shownNotice.count)
                    : format(t[shownNotice.key], shownNotice.vars ?? {}),
                  shownNotice.extra && t[shownNotice.extra],
                  ...(shownNotice.lines ?? []),
                ]
                  .filter(Boolean)
                  .join(' ')}
          </div>
          <div className={styles.footerButtons}>
            <Button
              ref={runRef}
              appearance="primary"
              className={styles.run}
              // Focusable while busy, so keyboard focus stays where the user pressed.
              disabledFocusable={busy}
              onClick={() => void check()}
            >
              {busy ? t.runBusy : t.run}
            </Button>
            {canWrite && (
              <Button disabledFocusable={busy} onClick={() => ask({ kind: 'write' })}>
                {t.writeAction}
              </Button>
            )}
            {canClean && (
              <Button disabledFocusable={busy} onClick={() => ask({ kind: 'clean' })}>
                {t.clean}
              </Button>
            )}
            {port.onChange && (
              <Switch label={t.liveLabel} checked={live} onChange={(_, d) => setLive(d.checked)} />
            )}
          </div>
        </footer>

        {confirm?.kind === 'write' && outcome && preview && (
          <ConfirmDialog
            title={t.writeTitle}
            confirm={t.writeConfirm}
            confirmDisabled={outcome.result.refusals.length > 0}
            onConfirm={() => void writeNow()}
            onCancel={() => {
              setConfirm(null);
              restoreFocus();
            }}
          >
            <WritePreviewView preview={preview} refusals={outcome.result.refusals} />
          </ConfirmDialog>
        )}
        {confirm?.kind === 'fix' && confirm.item.fix && outcome && (
          <ConfirmDialog
            title={counted(t, 'fixTitle', confirm.item.fix.edits.length)}
            confirm={t.fixConfirm}
            onConfirm={() => void applyFix(confirm.item)}
            onCancel={() => {
              setConfirm(null);
              restoreFocus();
            }}
          >
            <p>{t.fixBody}</p>
            <ul className={styles.fixList} data-testid="fix-lines">
              {fixLines(confirm.item, outcome.result, lang, t.emptyValue).map((l) => (
                <li key={l.cell}>{format(t.fixLine, { cell: l.cell, old: l.old, new: l.next })}</li>
              ))}
            </ul>
          </ConfirmDialog>
        )}
        {confirm?.kind === 'accept' && (
          <AcceptDialog
            cell={`${confirm.item.sheet}!${confirm.item.cell}`}
            onConfirm={(note) => void accept(confirm.item, note)}
            onCancel={() => {
              setConfirm(null);
              restoreFocus();
            }}
          />
        )}
        {confirm?.kind === 'clean' && (
          <ConfirmDialog
            title={t.cleanTitle}
            confirm={t.cleanConfirm}
            onConfirm={() => void clean()}
            onCancel={() => {
              setConfirm(null);
              restoreFocus();
            }}
          >
            <p>{t.cleanBody}</p>
            <Checkbox
              label={t.cleanSettings}
              checked={removeSettings}
              onChange={(_, data) => setRemoveSettings(data.checked === true)}
            />
          </ConfirmDialog>
        )}
      </main>
    </I18nContext.Provider>
  );
}
