/**
 * The task pane: the main action in a fixed footer, the result first (a summary and a verdict per
 * table), the tables with their findings grouped by cause, and the settings folded away. All workbook
 * access goes through the WorkbookPort, so the same pane runs in Excel, in the preview's fake Excel and
 * in tests.
 */
import {
  Button,
  Checkbox,
  Label,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResultItem, TableReading, TableVerdict } from '../core/check/result';
import { a1Range, parseA1Range } from '../core/grid/a1';
import type { Finding, Lang } from '../core/findings/finding';
import type { LayoutOverride } from '../core/tables/layout';
import type { WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { isEmptyClean, planClean } from '../core/output/clean-plan';
import type { FordelSettings } from '../core/output/plan';
import { ConfirmDialog } from './components/ConfirmDialog';
import { ErrorBar, errorText } from './components/ErrorBar';
import { ExcelSelfTest } from './components/ExcelSelfTest';
import { findingKey } from './components/FindingButton';
import { FirstRunNote } from './components/FirstRunNote';
import { PaneHeader } from './components/PaneHeader';
import { ParamsForm } from './components/ParamsForm';
import { RunProgress, stepText } from './components/RunProgress';
import { SettingsSection } from './components/SettingsSection';
import { NewSplitPanel } from './components/NewSplitPanel';
import { SummaryBar, writeLines } from './components/SummaryBar';
import { TableEditor } from './components/TableEditor';
import { TableList, WORKBOOK_KEY } from './components/TableList';
import { STRINGS, format, thousands, type Strings } from './i18n';
import { I18nContext } from './i18n/context';
import { columnChoices, overrideKey, putOverride, rangeKey } from './overrides';
import { listTables, type PaneTable } from './pane-tables';
import { defaultDraft, localToday, validateDraft, type ParamsDraft } from './params-draft';
import { resultItems, type SeverityFilter } from './results/items';
import { summarize, tableVerdicts } from './results/verdicts';
import { runCheck, type Checker, type RunOutcome, type RunStep } from './run-check';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
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
  footerButtons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  run: { flexGrow: 1 },
  status: { minHeight: '0', overflowWrap: 'anywhere' },
});

/** Fordel has written something the user can have removed. */
function hasOutput(settings: FordelSettings | null): boolean {
  return !isEmptyClean(planClean(settings, { removeSettings: false }));
}

export interface AppProps {
  readonly port: WorkbookPort;
  readonly initialLang?: Lang;
  /** YYYY-MM-DD; the as-of date's default (tests pin it). */
  readonly today?: string;
  /** The check; tests may stand in results the core does not give yet. */
  readonly checker?: Checker;
}

interface Editing {
  readonly override: LayoutOverride;
  /** The table has a correction (now or saved) that the user may remove. */
  readonly corrected: boolean;
}

/** A text for the status region, kept as a key so it follows the language. */
interface Notice {
  readonly key: keyof Strings;
  readonly vars?: Record<string, string | number>;
  readonly extra?: keyof Strings;
}

interface Failure {
  readonly message: string;
  readonly retry: () => void;
}

type Confirm = { readonly kind: 'split'; readonly item: ResultItem } | { readonly kind: 'clean' };

interface Outcome extends RunOutcome {
  readonly writeOff: boolean;
  /** Cells of the exact split written into the user's column, when the run applied one. */
  readonly applied?: number;
}

export function App({ port, initialLang = 'da', today, checker }: AppProps) {
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
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [removeSettings, setRemoveSettings] = useState(false);

  const filterId = useId('filter');
  const summaryRef = useRef<HTMLDivElement>(null);
  const runRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes back to when an editor or dialog closes. */
  const opener = useRef<HTMLElement | null>(null);
  const [focusSummary, setFocusSummary] = useState(false);

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
    return { verdicts, readings, items, summary: summarize(result) };
  }, [outcome]);

  function restoreFocus() {
    const el = opener.current;
    opener.current = null;
    // After React has re-rendered: the opener may have been replaced, then the run button is the place.
    setTimeout(() => (el?.isConnected ? el : runRef.current)?.focus(), 0);
  }

  function startEditing(override: LayoutOverride, corrected: boolean, from: HTMLElement | null) {
    setNotice(null);
    opener.current = from;
    setEditing({ override, corrected });
  }

  function closeEditor() {
    setEditing(null);
    restoreFocus();
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
    if (known) return startEditing(known.override, known.corrected, from);
    if (sel.range.bottom === sel.range.top || sel.range.right === sel.range.left) {
      setNotice({ key: 'selectionTooSmall' });
      return;
    }
    startEditing({ sheet: sel.sheet, range, kind: 'cofinancing', headerRow: sel.range.top }, false, from);
  }

  function saveCorrection(next: LayoutOverride) {
    setOverrides((mine) => putOverride(mine, next));
    setRemoved((gone) => gone.filter((k) => k !== overrideKey(next)));
    closeEditor();
  }

  function removeCorrection(o: LayoutOverride) {
    const key = overrideKey(o);
    setOverrides((mine) => mine.filter((m) => overrideKey(m) !== key));
    setRemoved((gone) => (gone.includes(key) ? gone : [...gone, key]));
    closeEditor();
  }

  async function check(applySplit?: readonly string[]) {
    setShowErrors(true);
    const params = validation.params;
    if (!params) {
      setSettingsOpen(true);
      setNotice({ key: 'fixParams' });
      return;
    }
    setNotice(null);
    setFailure(null);
    // Applying a split is an explicit request to write; otherwise the user's choice decides.
    const write = applySplit ? true : draft.write;
    try {
      const run = await runCheck(
        port,
        { ...params, lang, ...(applySplit ? { applySplit } : {}) },
        overrides,
        write,
        setStep,
        checker,
        removed,
      );
      setSnapshot(run.snapshot);
      const applied = applySplit
        ? run.report?.written
          ? (run.result.plan.userEdits?.length ?? 0)
          : 0
        : undefined;
      setOutcome({ ...run, writeOff: !write, applied });
      setFocusSummary(true);
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void check(applySplit) });
    } finally {
      setStep(null);
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
      const report = await remove(planClean(snap.settings, { removeSettings }));
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
      setNotice({ key: 'cleaned', extra });
    } catch (err) {
      setFailure({ message: errorText(err), retry: () => void clean() });
    } finally {
      setStep(null);
      restoreFocus();
    }
  }

  async function select(f: Finding) {
    setCurrent(findingKey(f));
    if (!port.select) return;
    try {
      await port.select(f.sheet, f.cell);
    } catch {
      setNotice({ key: 'selectFailed', vars: { cell: `${f.sheet}!${f.cell}` } });
    }
  }

  function askToFix(item: ResultItem) {
    opener.current = document.activeElement as HTMLElement | null;
    setConfirm({ kind: 'split', item });
  }

  function askToClean() {
    opener.current = document.activeElement as HTMLElement | null;
    setRemoveSettings(false);
    setConfirm({ kind: 'clean' });
  }

  const busy = step !== null;
  const editedGrid = editing ? snapshot?.sheets.find((s) => s.name === editing.override.sheet) : undefined;
  const canClean = !!port.clean && (hasOutput(snapshot?.settings ?? null) || !!outcome?.report?.written);
  const firstRun =
    snapshot !== null && snapshot.settings === null && draft.write && !outcome?.report?.written;
  // A stale "correct the fields" goes as soon as the fields are right.
  const shownNotice = notice?.key === 'fixParams' && validation.params ? null : notice;

  const secondary = outcome
    ? [
        ...(outcome.applied !== undefined
          ? [
              outcome.applied > 0
                ? format(t.applied, { count: thousands(outcome.applied) })
                : t.appliedNothing,
            ]
          : []),
        ...writeLines(t, lang, {
          cells: outcome.report?.written ? outcome.report.cells : null,
          undoGroup: outcome.report?.undoGroup,
          writeOff: outcome.writeOff,
          notes: [...outcome.result.notes, ...(outcome.report?.notes ?? [])],
        }),
      ]
    : [];

  return (
    <I18nContext.Provider value={i18n}>
      <main className={styles.root} lang={lang}>
        <div className={styles.scroll}>
          <PaneHeader onSwitchLanguage={() => setLang(lang === 'da' ? 'en' : 'da')} />
          {firstRun && <FirstRunNote />}
          {failure && <ErrorBar message={failure.message} onRetry={failure.retry} />}

          {outcome && results && (
            <section aria-label={t.resultsHeading} className={styles.section}>
              <SummaryBar
                ref={summaryRef}
                summary={results.summary}
                secondary={secondary}
                refusals={outcome.result.refusals}
                refused={outcome.report?.refused}
              />
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
            <TableList
              tables={listing.tables}
              quietWhenEmpty={outcome?.result.tables.length === 0}
              verdicts={results?.verdicts ?? null}
              readings={results?.readings ?? new Map()}
              items={results?.items ?? new Map()}
              filter={filter}
              selected={selected}
              current={current}
              onToggle={(key) => setSelected(selected === key ? null : key)}
              onSelectFinding={(f) => void select(f)}
              onFix={askToFix}
              onCorrect={(tb, from) => startEditing(tb.override, tb.corrected, from)}
            />
            {editing && (
              <TableEditor
                key={rangeKey(editing.override.sheet, editing.override.range)}
                override={editing.override}
                choices={columnChoices(editedGrid, editing.override)}
                onSave={saveCorrection}
                onCancel={closeEditor}
                onRemove={editing.corrected ? () => removeCorrection(editing.override) : undefined}
              />
            )}
            <div className={styles.actions}>
              <Button size="small" disabled={busy} onClick={(e) => void takeSelection(e.currentTarget)}>
                {t.useSelection}
              </Button>
              <Button size="small" disabled={busy} onClick={() => void reload()}>
                {t.tablesRefresh}
              </Button>
            </div>
            {listing.error && <ErrorBar message={listing.error} onRetry={() => void reload()} />}
          </section>

          <SettingsSection open={settingsOpen} onOpenChange={setSettingsOpen}>
            <ParamsForm draft={draft} errors={errors} disabled={busy} onChange={setDraft} />
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
                  format(t[shownNotice.key], shownNotice.vars ?? {}),
                  shownNotice.extra && t[shownNotice.extra],
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
            {canClean && (
              <Button disabledFocusable={busy} onClick={askToClean}>
                {t.clean}
              </Button>
            )}
          </div>
        </footer>

        {confirm?.kind === 'split' && confirm.item.fix && (
          <ConfirmDialog
            title={t.applySplitTitle}
            confirm={t.applySplitConfirm}
            onConfirm={() => {
              const tableId = confirm.item.fix!.tableId;
              setConfirm(null);
              restoreFocus();
              void check([tableId]);
            }}
            onCancel={() => {
              setConfirm(null);
              restoreFocus();
            }}
          >
            {format(t.applySplitBody, {
              count: thousands(confirm.item.fix.edits.length),
              sheet: confirm.item.fix.edits[0]?.sheet ?? confirm.item.sheet,
            })}
          </ConfirmDialog>
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
